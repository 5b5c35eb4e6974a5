// ScriptApp: AuthMode and friends, and installable triggers under the editor add-on limits
// (one trigger of each kind per user per document, time-driven at most hourly).

import { GasError, GasObject, Runtime, TriggerRecord } from './runtime';
import { EnumValue, enumName, isDateObject, isIntLike, makeEnum, signatureMessage } from './helpers';
import { isValidZone } from './tz';
import type { FakeSpreadsheet } from './spreadsheet';
import { AuthorizationInfo, AuthorizationStatus } from './authorization';

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const WeekDay = makeEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const);

const MAX_PER_USER = 20;

function addTrigger(rt: Runtime, rec: Omit<TriggerRecord, 'id' | 'user'>): Trigger {
  const mine = rt.triggers.filter((t) => t.user === rt.user);
  if (mine.length >= MAX_PER_USER) throw new GasError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  if (mine.some((t) => t.eventType === rec.eventType)) {
    throw new GasError(rec.eventType === 'CLOCK'
      ? 'This add-on has created too many time-based triggers in this document for this Google user account.'
      : 'This add-on has created too many triggers of this type in this document for this Google user account.');
  }
  const full: TriggerRecord = { ...rec, id: String(8000000000 + ++rt.idCounter), user: rt.user };
  rt.triggers.push(full);
  return new Trigger(rt, full);
}

export class Trigger extends GasObject {
  constructor(rt: Runtime, readonly _rec: TriggerRecord) { super(rt, 'Trigger'); }
  getUniqueId(): string { return this._rec.id; }
  getHandlerFunction(): string { return this._rec.handler; }
  getEventType(): EnumValue { return (EventType as Record<string, EnumValue>)[this._rec.eventType]; }
  getTriggerSource(): EnumValue { return (TriggerSource as Record<string, EnumValue>)[this._rec.source]; }
  getTriggerSourceId(): string | null { return this._rec.sourceId; }
}

class ClockTriggerBuilder extends GasObject {
  private s: Record<string, unknown> = {};
  constructor(rt: Runtime, private readonly handler: string) { super(rt, 'ClockTriggerBuilder'); }
  private _int(method: string, n: unknown, lo: number, hi: number): number {
    if (!isIntLike(n)) throw new GasError(signatureMessage(`ClockTriggerBuilder.${method}`, [n]));
    if (n < lo || n > hi) throw new GasError(`Invalid argument: ${method}(${n})`);
    return Math.trunc(n);
  }
  everyMinutes(n: number): this {
    this._int('everyMinutes', n, 1, 30);
    throw new GasError('Add-ons may not create time-based triggers that run more often than once per hour.');
  }
  everyHours(n: number): this {
    const h = this._int('everyHours', n, 1, 12);
    if (![1, 2, 4, 6, 8, 12].includes(h)) throw new GasError('Invalid argument: everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.s.everyHours = h;
    return this;
  }
  everyDays(n: number): this { this.s.everyDays = this._int('everyDays', n, 1, 1000); return this; }
  everyWeeks(n: number): this { this.s.everyWeeks = this._int('everyWeeks', n, 1, 1000); return this; }
  atHour(hour: number): this { this.s.atHour = this._int('atHour', hour, 0, 23); return this; }
  nearMinute(minute: number): this { this.s.nearMinute = this._int('nearMinute', minute, 0, 59); return this; }
  onMonthDay(day: number): this { this.s.onMonthDay = this._int('onMonthDay', day, 1, 31); return this; }
  onWeekDay(day: EnumValue): this {
    if (!enumName(day) || !(enumName(day)! in WeekDay)) throw new GasError(signatureMessage('ClockTriggerBuilder.onWeekDay', [day]));
    this.s.onWeekDay = enumName(day);
    return this;
  }
  inTimezone(timezone: string): this {
    if (typeof timezone !== 'string' || !isValidZone(timezone)) throw new GasError(`Invalid argument: ${timezone}`);
    this.s.timezone = timezone;
    return this;
  }
  after(ms: number): this { this.s.after = this._int('after', ms, 0, Number.MAX_SAFE_INTEGER); return this; }
  at(date: Date): this {
    if (!isDateObject(date)) throw new GasError(signatureMessage('ClockTriggerBuilder.at', [date]));
    this.s.at = date.toISOString();
    return this;
  }
  create(): Trigger {
    const s = this.s;
    const recurring = ['everyHours', 'everyDays', 'everyWeeks', 'onMonthDay', 'onWeekDay'].filter((k) => k in s);
    if (recurring.length === 0 && !('after' in s) && !('at' in s)) throw new GasError('The trigger has no schedule: call everyHours, everyDays, everyWeeks, after or at first.');
    if ('atHour' in s && !('everyDays' in s || 'everyWeeks' in s || 'onWeekDay' in s || 'onMonthDay' in s)) {
      throw new GasError('atHour can only be used with a daily, weekly or monthly trigger.');
    }
    return addTrigger(this.rt, { handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...s } });
  }
}

class SpreadsheetTriggerBuilder extends GasObject {
  private type: TriggerRecord['eventType'] | null = null;
  constructor(rt: Runtime, private readonly handler: string, private readonly ssId: string) { super(rt, 'SpreadsheetTriggerBuilder'); }
  onOpen(): this { this.type = 'ON_OPEN'; return this; }
  onEdit(): this { this.type = 'ON_EDIT'; return this; }
  onChange(): this { this.type = 'ON_CHANGE'; return this; }
  onFormSubmit(): this { this.type = 'ON_FORM_SUBMIT'; return this; }
  create(): Trigger {
    if (!this.type) throw new GasError('The trigger has no event: call onOpen, onEdit, onChange or onFormSubmit first.');
    return addTrigger(this.rt, { handler: this.handler, eventType: this.type, source: 'SPREADSHEETS', sourceId: this.ssId });
  }
}

class TriggerBuilder extends GasObject {
  constructor(rt: Runtime, private readonly handler: string, private readonly ss: FakeSpreadsheet) { super(rt, 'TriggerBuilder'); }
  timeBased(): ClockTriggerBuilder { return new ClockTriggerBuilder(this.rt, this.handler); }
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : (sheet as GasObject)?.gasType === 'Spreadsheet' ? (sheet as FakeSpreadsheet)._id : null;
    if (id === null) throw new GasError(signatureMessage('TriggerBuilder.forSpreadsheet', [sheet]));
    if (id !== this.ss._id) throw new GasError('Add-ons can only create triggers for the document they are used in.');
    return new SpreadsheetTriggerBuilder(this.rt, this.handler, id);
  }
}

export class ScriptAppFake extends GasObject {
  constructor(rt: Runtime, private readonly ss: FakeSpreadsheet) { super(rt, 'ScriptApp'); }
  override _props(): Record<string, unknown> { return { AuthMode, EventType, TriggerSource, WeekDay, AuthorizationStatus }; }
  getScriptId(): string { return 'fake-script-id'; }
  getAuthorizationInfo(authMode: EnumValue): AuthorizationInfo {
    if (!enumName(authMode) || !(enumName(authMode)! in AuthMode)) throw new GasError(signatureMessage('ScriptApp.getAuthorizationInfo', [authMode]));
    return new AuthorizationInfo(this.rt, enumName(authMode) === 'FULL' && this.rt.assume.needsAuthorization.has(this.rt.user));
  }
  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw new GasError(signatureMessage('ScriptApp.newTrigger', [functionName]));
    return new TriggerBuilder(this.rt, functionName, this.ss);
  }
  getProjectTriggers(): Trigger[] {
    return this.rt.triggers.filter((t) => t.user === this.rt.user).map((t) => new Trigger(this.rt, t));
  }
  getUserTriggers(document: FakeSpreadsheet): Trigger[] {
    if ((document as GasObject)?.gasType !== 'Spreadsheet') throw new GasError(signatureMessage('ScriptApp.getUserTriggers', [document]));
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) throw new GasError(signatureMessage('ScriptApp.deleteTrigger', [trigger]));
    const at = this.rt.triggers.findIndex((t) => t.id === trigger._rec.id && t.user === this.rt.user);
    if (at >= 0) this.rt.triggers.splice(at, 1);
  }
}
