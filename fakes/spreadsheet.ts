// The bound spreadsheet and SpreadsheetApp: tabs, the active sheet and selection, toasts, builders, enums.

import { GasError, GasObject, Runtime } from './runtime';
import { isIntLike, parseA1, seededRandom, signatureMessage } from './helpers';
import { isValidZone } from './tz';
import { BooleanCriteria, ColorType, DataValidationBuilder, DataValidationCriteria, RelativeDate, WrapStrategy } from './builders';
import { ConditionalFormatRuleBuilder } from './rules';
import { FakeSheet } from './sheet';
import { FakeRange } from './range';
import { FakeUi } from './ui';

const SS = 'SpreadsheetApp.Spreadsheet.';

export class FakeSpreadsheet extends GasObject {
  _sheets: FakeSheet[] = [];
  _activeSheet!: FakeSheet;
  private readonly _random = seededRandom(20260304);

  constructor(rt: Runtime, readonly _id: string, public _name: string, public _tz: string) {
    super(rt, 'Spreadsheet');
  }

  _newSheetId(): number {
    if (this._sheets.length === 0 && !this._sheets.some((s) => s._id === 0)) return 0;
    let id: number;
    do id = Math.floor(this._random() * 2 ** 31); while (this._sheets.some((s) => s._id === id));
    return id;
  }
  _checkNewName(name: string, self?: FakeSheet): void {
    if (name.trim() === '') throw new GasError('Invalid argument: sheetName');
    if (name.length > 100) throw new GasError('The sheet name cannot be longer than 100 characters.');
    const clash = this._sheets.find((s) => s !== self && s._name.toLowerCase() === name.toLowerCase());
    if (clash) throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  /** Adds a tab without any checks beyond the name (Node-side seeding uses it too). */
  _addSheet(name: string, index = this._sheets.length, id = this._newSheetId(), rows = 1000, cols = 26): FakeSheet {
    this._checkNewName(name);
    const sheet = new FakeSheet(this.rt, this, name, id, rows, cols);
    this._sheets.splice(index, 0, sheet);
    if (!this._activeSheet) this._activeSheet = sheet;
    return sheet;
  }
  _activate(sheet: FakeSheet, range: FakeRange | null): void {
    this._activeSheet = sheet;
    if (range) sheet._active = { row: range._row, col: range._col, numRows: range._nr, numCols: range._nc };
  }
  _rangeA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) throw new GasError('Range not found');
    const sheet = ref.sheetName === undefined ? this._activeSheet : this._sheets.find((s) => s._name === ref.sheetName);
    if (!sheet) throw new GasError('Range not found');
    return sheet._rangeA1(a1.slice(a1.lastIndexOf('!') + 1));
  }

  getId(): string { return this._id; }
  getName(): string { return this._name; }
  rename(name: string): void { this._name = String(name); }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._id}/edit`; }
  getSpreadsheetTimeZone(): string { return this._tz; }
  setSpreadsheetTimeZone(timezone: string): void {
    if (typeof timezone !== 'string' || !isValidZone(timezone)) throw new GasError(`Invalid argument: ${timezone}`);
    this._tz = timezone; // dates keep their wall-clock day, as Sheets stores them as serial numbers
  }
  getSpreadsheetLocale(): string { return 'en_US'; }
  getSheets(): FakeSheet[] { return [...this._sheets]; }
  getNumSheets(): number { return this._sheets.length; }
  getSheetByName(name: string): FakeSheet | null { return this._sheets.find((s) => s._name === name) ?? null; }
  getSheetById(id: number): FakeSheet | null { return this._sheets.find((s) => s._id === id) ?? null; }

  /** insertSheet(), (index), (name), (name, index): indexes are 0-based; the new tab becomes active. */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): FakeSheet {
    const args = [a, b, c].slice(0, arguments.length);
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') { name = a; if (isIntLike(b)) index = b; }
    else if (isIntLike(a)) index = a;
    const ok = args.every((x, i) => typeof x === 'string' ? i === 0 : isIntLike(x) || (x !== null && typeof x === 'object'));
    if (!ok) throw new GasError(signatureMessage(SS + 'insertSheet', args));
    if (index !== undefined && (index < 0 || index > this._sheets.length)) throw new GasError(`Invalid argument: sheetIndex`);
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._addSheet(name, index ?? this._sheets.length);
    this._activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (!(sheet instanceof FakeSheet) || sheet._ss !== this) throw new GasError(signatureMessage(SS + 'deleteSheet', [sheet]));
    if (this._sheets.length === 1) throw new GasError("You can't remove all the sheets in a document.");
    this._sheets.splice(this._sheets.indexOf(sheet), 1);
    if (this._activeSheet === sheet) this._activeSheet = this._sheets[0];
  }
  getActiveSheet(): FakeSheet { return this._activeSheet; }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    if (!(sheet instanceof FakeSheet)) throw new GasError(signatureMessage(SS + 'setActiveSheet', [sheet]));
    this._activate(sheet, null);
    return sheet;
  }
  getActiveRange(): FakeRange { return this._activeSheet.getActiveRange(); }
  getActiveCell(): FakeRange { return this._activeSheet.getActiveCell(); }
  getCurrentCell(): FakeRange { return this._activeSheet.getActiveCell(); }
  setActiveRange(range: FakeRange): FakeRange {
    if (!(range instanceof FakeRange)) throw new GasError(signatureMessage(SS + 'setActiveRange', [range]));
    this._activate(range._sheet, range);
    return range;
  }
  setActiveSelection(range: FakeRange | string): FakeRange {
    return this.setActiveRange(typeof range === 'string' ? this._rangeA1(range) : range);
  }
  getRange(a1Notation: string): FakeRange {
    if (typeof a1Notation !== 'string') throw new GasError(signatureMessage(SS + 'getRange', [a1Notation]));
    return this._rangeA1(a1Notation);
  }
  getRangeByName(): null { return null; }
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    if (msg === undefined || (title !== undefined && typeof title !== 'string') || (timeoutSeconds !== undefined && typeof timeoutSeconds !== 'number')) {
      throw new GasError(signatureMessage(SS + 'toast', [msg, title, timeoutSeconds].slice(0, arguments.length)));
    }
    this.rt.ui.toasts.push({ message: String(msg), title: (title as string) ?? '', timeoutSeconds: (timeoutSeconds as number) ?? 5 });
  }
}

const ENUMS = { DataValidationCriteria, BooleanCriteria, WrapStrategy, RelativeDate, ColorType };

export class SpreadsheetAppService extends GasObject {
  constructor(rt: Runtime, private readonly ss: FakeSpreadsheet) {
    super(rt, 'SpreadsheetApp');
  }
  override _props(): Record<string, unknown> { return ENUMS; }
  getActive(): FakeSpreadsheet { return this.ss; }
  getActiveSpreadsheet(): FakeSpreadsheet | null { return this.rt.assume.documentContext ? this.ss : null; }
  getActiveSheet(): FakeSheet { return this.ss.getActiveSheet(); }
  getActiveRange(): FakeRange { return this.ss.getActiveRange(); }
  getCurrentCell(): FakeRange { return this.ss.getActiveCell(); }
  setActiveSheet(sheet: FakeSheet): FakeSheet { return this.ss.setActiveSheet(sheet); }
  setActiveRange(range: FakeRange): FakeRange { return this.ss.setActiveRange(range); }
  getUi(): FakeUi { return new FakeUi(this.rt); }
  flush(): void {}
  newDataValidation(): DataValidationBuilder { return new DataValidationBuilder(this.rt); }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder { return new ConditionalFormatRuleBuilder(this.rt); }
}
