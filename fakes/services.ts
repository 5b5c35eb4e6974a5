// PropertiesService, LockService, Session, Utilities, Logger and console, with Apps Script's limits.

import * as util from 'util';
import { GasError, GasObject, Runtime } from './runtime';
import { isDateObject, signatureMessage, utf8Length } from './helpers';
import { formatJava } from './tz';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class Properties extends GasObject {
  constructor(rt: Runtime, private readonly store: Map<string, string>) {
    super(rt, 'Properties');
  }
  private _commit(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (utf8Length(k) + utf8Length(v) > VALUE_LIMIT) throw new GasError('Argument too large: value');
      total += utf8Length(k) + utf8Length(v);
    }
    if (total > STORE_LIMIT) throw new GasError('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
  private _key(method: string, key: unknown): string {
    if (key === undefined || key === null || key === '') throw new GasError(signatureMessage(`Properties.${method}`, [key]));
    return String(key);
  }
  getProperty(key: string): string | null { return this.store.get(this._key('getProperty', key)) ?? null; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
  getKeys(): string[] { return [...this.store.keys()]; }
  setProperty(key: string, value: unknown): this {
    if (arguments.length < 2) throw new GasError(signatureMessage('Properties.setProperty', [key]));
    const next = new Map(this.store);
    next.set(this._key('setProperty', key), String(value));
    this._commit(next);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    if (!properties || typeof properties !== 'object' || Array.isArray(properties)) throw new GasError(signatureMessage('Properties.setProperties', [properties]));
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._commit(next);
    return this;
  }
  deleteProperty(key: string): this { this.store.delete(this._key('deleteProperty', key)); return this; }
  deleteAllProperties(): this { this.store.clear(); return this; }
}

export class PropertiesServiceFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'PropertiesService'); }
  getDocumentProperties(): Properties | null { return this.rt.assume.documentContext ? new Properties(this.rt, this.rt.documentProperties) : null; }
  getScriptProperties(): Properties { return new Properties(this.rt, this.rt.scriptProperties); }
  getUserProperties(): Properties { return new Properties(this.rt, this.rt.userStore()); }
}

export class Lock extends GasObject {
  constructor(rt: Runtime, private readonly scope: string) { super(rt, 'Lock'); }
  private _free(): boolean {
    const holder = this.rt.locks.get(this.scope);
    return holder === undefined || holder === this.rt.execution;
  }
  private _ms(method: string, ms: unknown): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new GasError(signatureMessage(`Lock.${method}`, [ms]));
  }
  /** The fake does not wait: another execution's lock is held for the whole timeout. */
  tryLock(timeoutInMillis: number): boolean {
    this._ms('tryLock', timeoutInMillis);
    if (!this._free()) return false;
    this.rt.locks.set(this.scope, this.rt.execution);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new GasError('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean { return this.rt.locks.get(this.scope) === this.rt.execution; }
  releaseLock(): void { if (this.hasLock()) this.rt.locks.delete(this.scope); }
}

export class LockServiceFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'LockService'); }
  getDocumentLock(): Lock | null { return this.rt.assume.documentContext ? new Lock(this.rt, 'document') : null; }
  getScriptLock(): Lock { return new Lock(this.rt, 'script'); }
  getUserLock(): Lock { return new Lock(this.rt, `user:${this.rt.user}`); }
}

class User extends GasObject {
  constructor(rt: Runtime, private readonly email: string) { super(rt, 'User'); }
  getEmail(): string { return this.email; }
}

export class SessionFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'Session'); }
  /** In a simple trigger (LIMITED) Apps Script usually withholds the user's address: ''. */
  getActiveUser(): User { return new User(this.rt, this.rt.authMode === 'FULL' ? this.rt.user : ''); }
  getEffectiveUser(): User { return new User(this.rt, this.rt.user); }
  getTemporaryActiveUserKey(): string { return Buffer.from(`key:${this.rt.user}`).toString('base64').replace(/=+$/, ''); }
  getScriptTimeZone(): string { return this.rt.options.scriptTimeZone; }
  getActiveUserLocale(): string { return 'en'; }
}

class Blob extends GasObject {
  constructor(rt: Runtime, private bytes: Buffer, private contentType: string | null, private name: string | null) { super(rt, 'Blob'); }
  getDataAsString(charset?: string): string { return this.bytes.toString(charset?.toLowerCase() === 'utf-16' ? 'utf16le' : 'utf8'); }
  getBytes(): number[] { return signedBytes(this.bytes); }
  getContentType(): string | null { return this.contentType; }
  setContentType(t: string): this { this.contentType = t; return this; }
  getName(): string | null { return this.name; }
  setName(n: string): this { this.name = n; return this; }
  setDataFromString(s: string): this { this.bytes = Buffer.from(s, 'utf8'); return this; }
  copyBlob(): Blob { return new Blob(this.rt, Buffer.from(this.bytes), this.contentType, this.name); }
}

const signedBytes = (b: Buffer) => [...b].map((x) => (x > 127 ? x - 256 : x));
const toBuffer = (data: unknown) => (Array.isArray(data) ? Buffer.from(data.map((x) => Number(x) & 255)) : Buffer.from(String(data), 'utf8'));

export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export class UtilitiesFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'Utilities'); }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateObject(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw new GasError(signatureMessage('Utilities.formatDate', [...arguments]));
    }
    if (Number.isNaN(date.getTime())) throw new GasError('Invalid argument: date');
    try {
      return formatJava(date.getTime(), timeZone, format);
    } catch (e) {
      throw new GasError(`Invalid argument: ${(e as Error).message}`);
    }
  }
  formatString(template: string, ...args: unknown[]): string { return util.format(template, ...args); }
  getUuid(): string {
    const n = ++this.rt.idCounter;
    const hex = n.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number') throw new GasError(signatureMessage('Utilities.sleep', [milliseconds]));
    if (milliseconds > 300000) throw new GasError('Invalid argument: milliseconds');
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    if (typeof csv !== 'string') throw new GasError(signatureMessage('Utilities.parseCsv', [...arguments]));
    return parseCsv(csv, delimiter ?? ',');
  }
  newBlob(data: unknown, contentType?: string, name?: string): Blob { return new Blob(this.rt, toBuffer(data), contentType ?? null, name ?? null); }
  base64Encode(data: unknown): string { return toBuffer(data).toString('base64'); }
  base64EncodeWebSafe(data: unknown): string { return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'); }
  base64Decode(encoded: string): number[] { return signedBytes(Buffer.from(String(encoded), 'base64')); }
  base64DecodeWebSafe(encoded: string): number[] { return signedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')); }
}

export class LoggerFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'Logger'); }
  log(data: unknown, ...values: unknown[]): this {
    const message = values.length && typeof data === 'string' ? util.format(data, ...values) : typeof data === 'string' ? data : util.inspect(data);
    this.rt.logs.push({ level: 'Logger', message });
    return this;
  }
  getLog(): string { return this.rt.logs.filter((l) => l.level === 'Logger').map((l) => l.message).join('\n'); }
  clear(): void {
    const keep = this.rt.logs.filter((l) => l.level !== 'Logger');
    this.rt.logs.length = 0;
    this.rt.logs.push(...keep);
  }
}

export class ConsoleFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'console'); }
  private _push(level: 'log' | 'info' | 'warn' | 'error', args: unknown[]): void {
    this.rt.logs.push({ level, message: util.format(...args) });
  }
  log(...args: unknown[]): void { this._push('log', args); }
  info(...args: unknown[]): void { this._push('info', args); }
  warn(...args: unknown[]): void { this._push('warn', args); }
  error(...args: unknown[]): void { this._push('error', args); }
  time(label?: string): void { void label; }
  timeEnd(label?: string): void { void label; }
}
