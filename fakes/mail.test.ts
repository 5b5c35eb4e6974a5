// MailApp and the consent calls keep Apps Script's rules: FULL only, a declined
// scope refused, the daily quota, real addresses, and what requireScopes asks.
/// <reference types="google-apps-script" />

import { createHarness, SEND_MAIL_SCOPE } from './index';

type G = { MailApp: GoogleAppsScript.Mail.MailApp; ScriptApp: GoogleAppsScript.Script.ScriptApp };
/** The reference's AuthorizationInfo; @types lacks getAuthorizedScopes and the scopes argument. */
type Info = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };
type WithScopes = (m: unknown, s: string[]) => Info;

function setup() {
  const h = createHarness({ now: () => Date.UTC(2026, 2, 4, 15) });
  return { h, g: h.globals as unknown as G };
}

describe('MailApp', () => {
  it('sends in FULL, spends the quota, and keeps each message in the outbox', () => {
    const { h, g } = setup();
    expect(g.MailApp.getRemainingDailyQuota()).toBe(100);
    g.MailApp.sendEmail({ to: 'student@example.com', subject: 'Hi', body: 'text', htmlBody: '<b>html</b>', name: 'Info Interviews' });
    g.MailApp.sendEmail('a@example.com,b@example.com', 'Two', 'body');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(97);
    expect(h.mail.sent.map((m) => [m.to, m.subject, m.htmlBody, m.at, m.from])).toEqual([
      ['student@example.com', 'Hi', '<b>html</b>', Date.UTC(2026, 2, 4, 15), 'student@example.com'],
      ['a@example.com,b@example.com', 'Two', '', Date.UTC(2026, 2, 4, 15), 'student@example.com'],
    ]);
  });

  it('refuses a bad address, an exhausted quota, a declined scope and a simple trigger', () => {
    const { h, g } = setup();
    expect(() => g.MailApp.sendEmail('not an address', 's', 'b')).toThrow('Invalid email: not an address');
    h.mail.remainingQuota = 0;
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    h.mail.remainingQuota = 5;
    h.mail.failNext = 'Mail service failed.';
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('Mail service failed.');
    g.MailApp.sendEmail('a@example.com', 's', 'b');
    h.mail.declined.add(SEND_MAIL_SCOPE);
    expect(() => g.MailApp.getRemainingDailyQuota()).toThrow(`Required permissions: ${SEND_MAIL_SCOPE}`);
    h.mail.declined.clear();
    h.setAuthMode('LIMITED');
    expect(() => g.MailApp.sendEmail('a@example.com', 's', 'b')).toThrow('You do not have permission to call MailApp.sendEmail');
    expect(h.mail.sent).toHaveLength(1);
  });
});

describe('ScriptApp consent', () => {
  it('reports the scopes granted of those asked, and requireScopes asks only for the missing ones', () => {
    const { h, g } = setup();
    const other = 'https://www.googleapis.com/auth/script.scriptapp';
    const FULL = g.ScriptApp.AuthMode.FULL;
    const info = (g.ScriptApp.getAuthorizationInfo as unknown as WithScopes)(FULL, [SEND_MAIL_SCOPE, other]);
    expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual([SEND_MAIL_SCOPE, other]);
    g.ScriptApp.requireScopes(FULL, [SEND_MAIL_SCOPE]);
    h.mail.declined.add(SEND_MAIL_SCOPE);
    const after = (g.ScriptApp.getAuthorizationInfo as unknown as WithScopes)(FULL, [SEND_MAIL_SCOPE, other]);
    expect(after.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(after.getAuthorizedScopes()).toEqual([other]);
    expect(() => g.ScriptApp.requireScopes(FULL, [SEND_MAIL_SCOPE, other])).toThrow('Authorization is required');
    expect(h.mail.consentRequests).toEqual([[SEND_MAIL_SCOPE]]);
  });
});
