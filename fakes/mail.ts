// MailApp and ScriptApp's granular-consent calls (getAuthorizationInfo, requireScopes), with the
// limits a test needs to see: the daily recipient quota, a refused permission, a send that fails.
// Every sent message is kept in the harness's outbox, as the workbench shows it.

import { GasError, GasObject, Runtime } from './runtime';
import { signatureMessage, type EnumValue } from './helpers';
import { AuthorizationInfo, AuthorizationStatus } from './authorization';
import { ScriptAppFake } from './triggers';
import type { FakeSpreadsheet } from './spreadsheet';

export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';
export const SEND_MAIL_SCOPE = `${SCOPE_PREFIX}script.send_mail`;

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  /** Epoch ms on the harness's clock. */
  at: number;
  /** The user the script ran as. */
  from: string;
}

/** The mail side of one fake Apps Script, Node-side: inspect and steer it from tests. */
export interface MailLog {
  sent: SentMail[];
  /** MailApp.getRemainingDailyQuota(); each recipient uses one. Consumer accounts start at 100. */
  remainingQuota: number;
  /** The next sendEmail throws this message (once). */
  failNext: string | null;
  /** Scopes the user declined on the consent screen (granular consent); full URLs. */
  declined: Set<string>;
  /** Each requireScopes call that had to ask, with the scopes it asked for. */
  consentRequests: string[][];
}

const LOGS = new WeakMap<Runtime, MailLog>();

export function mailLogOf(rt: Runtime): MailLog {
  let log = LOGS.get(rt);
  if (!log) LOGS.set(rt, (log = { sent: [], remainingQuota: 100, failNext: null, declined: new Set(), consentRequests: [] }));
  return log;
}

const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export class MailAppFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'MailApp'); }
  private _allowed(method: string): MailLog {
    const log = mailLogOf(this.rt);
    if (this.rt.authMode !== 'FULL' || log.declined.has(SEND_MAIL_SCOPE)) {
      throw new GasError(`You do not have permission to call MailApp.${method}. Required permissions: ${SEND_MAIL_SCOPE}`);
    }
    return log;
  }
  getRemainingDailyQuota(): number { return this._allowed('getRemainingDailyQuota').remainingQuota; }
  sendEmail(...args: unknown[]): void {
    const log = this._allowed('sendEmail');
    let m: Record<string, unknown>;
    if (args.length === 1 && args[0] && typeof args[0] === 'object') m = args[0] as Record<string, unknown>;
    else if (args.length >= 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && typeof args[2] === 'string') {
      m = { ...((args[3] as Record<string, unknown>) ?? {}), to: args[0], subject: args[1], body: args[2] };
    } else throw new GasError(signatureMessage('MailApp.sendEmail', args));
    const to = String(m.to ?? '');
    if (!to.split(',').every((a) => ADDRESS.test(a.trim()))) throw new GasError(`Invalid email: ${to}`);
    if (log.remainingQuota <= 0) throw new GasError('Service invoked too many times for one day: email.');
    if (log.failNext) {
      const message = log.failNext;
      log.failNext = null;
      throw new GasError(message);
    }
    log.remainingQuota -= to.split(',').length;
    log.sent.push({ to, subject: String(m.subject ?? ''), body: String(m.body ?? ''), htmlBody: String(m.htmlBody ?? ''), name: String(m.name ?? ''), at: this.rt.nowMs(), from: this.rt.user });
  }
}

/** ScriptApp with the consent calls; the rest is ScriptAppFake's. */
export class ScriptAppWithConsent extends ScriptAppFake {
  constructor(rt: Runtime, ss: FakeSpreadsheet) { super(rt, ss); }
  /** A lapsed authorisation (ScriptAppFake's) or a declined scope among those asked about (or any, when none are named). */
  override getAuthorizationInfo(authMode: EnumValue, oAuthScopes?: string[]): AuthorizationInfo {
    const lapsed = super.getAuthorizationInfo(authMode).getAuthorizationStatus() === AuthorizationStatus.REQUIRED;
    const declined = mailLogOf(this.rt).declined;
    const asked = Array.isArray(oAuthScopes) ? oAuthScopes.map(String) : null;
    const missing = (asked ?? [...declined]).filter((s) => declined.has(s));
    return new AuthorizationInfo(this.rt, lapsed || missing.length > 0, asked ? asked.filter((s) => !missing.includes(s)) : null);
  }
  /** Apps Script shows the consent screen and ends the execution; the fake records the request and throws. */
  requireScopes(authMode: unknown, oAuthScopes: string[]): void {
    if (authMode === undefined || !Array.isArray(oAuthScopes)) throw new GasError(signatureMessage('ScriptApp.requireScopes', [authMode, oAuthScopes]));
    const log = mailLogOf(this.rt);
    const missing = oAuthScopes.filter((s) => log.declined.has(s));
    if (!missing.length) return;
    log.consentRequests.push(missing);
    throw new GasError('Authorization is required to perform that action.');
  }
}
