// newDataValidation() and newConditionalFormatRule(): builders that record real, inspectable rule
// objects, with a plain JSON form for tests and the workbench.

import { GasError, GasObject, Runtime, rawOf } from './runtime';
import { EnumValue, enumName, isDateObject, makeEnum, signatureMessage } from './helpers';
import type { FakeRange } from './range';
import { CellDate, CellValue } from './values';

export const DataValidationCriteria = makeEnum(['DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST',
  'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX'] as const);
export const BooleanCriteria = makeEnum(['CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_NOT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA'] as const);
export const RelativeDate = makeEnum(['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'] as const);
export const ColorType = makeEnum(['UNSUPPORTED', 'RGB', 'THEME'] as const);
export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP'] as const);

/** A criteria argument as stored: dates as instants, ranges as fakes, enums as names. */
export type CriteriaArg = string | number | boolean | null | string[] | { date: number } | { range: FakeRange } | { relative: string };

function storeArg(v: unknown): CriteriaArg {
  if (isDateObject(v)) return { date: v.getTime() };
  const rel = enumName(v);
  if (rel) return { relative: rel };
  if (v && typeof v === 'object' && (v as GasObject).gasType === 'Range') return { range: v as FakeRange };
  if (Array.isArray(v)) return v.map(String);
  return v as CriteriaArg;
}

function loadArg(rt: Runtime, a: CriteriaArg): unknown {
  if (a && typeof a === 'object' && !Array.isArray(a)) {
    if ('date' in a) return new rt.Date(a.date);
    if ('range' in a) return a.range;
    if ('relative' in a) return (RelativeDate as Record<string, EnumValue>)[a.relative];
  }
  return Array.isArray(a) ? [...a] : a;
}

/** JSON of a criteria argument: {date: iso}, {range: 'Sheet!A1:B2'}, {relative: 'TODAY'}. */
export function argJSON(a: CriteriaArg): unknown {
  if (a && typeof a === 'object' && !Array.isArray(a)) {
    if ('date' in a) return { date: new Date(a.date).toISOString() };
    if ('range' in a) return { range: a.range._ref() };
  }
  return Array.isArray(a) ? [...a] : a;
}

function checkArgs(name: string, args: unknown[], kinds: string[]): void {
  const ok = kinds.every((k, i) => {
    const v = args[i];
    if (k.endsWith('?') && v === undefined) return true;
    const kind = k.replace('?', '');
    if (kind === 'date') return isDateObject(v);
    if (kind === 'dateOrRelative') return isDateObject(v) || enumName(v) !== undefined;
    if (kind === 'array') return Array.isArray(v);
    if (kind === 'range') return !!v && typeof v === 'object' && (v as GasObject).gasType === 'Range';
    if (kind === 'any') return v !== undefined;
    return typeof v === kind;
  });
  if (!ok) throw new GasError(signatureMessage(name, args));
}

export interface ValidationData { criteria: string; args: CriteriaArg[]; allowInvalid: boolean; helpText: string | null }

export class DataValidation extends GasObject {
  constructor(rt: Runtime, readonly _data: ValidationData) {
    super(rt, 'DataValidation');
  }
  getCriteriaType(): EnumValue { return (DataValidationCriteria as Record<string, EnumValue>)[this._data.criteria]; }
  getCriteriaValues(): unknown[] { return this._data.args.map((a) => loadArg(this.rt, a)); }
  getAllowInvalid(): boolean { return this._data.allowInvalid; }
  getHelpText(): string | null { return this._data.helpText; }
  copy(): DataValidationBuilder { return new DataValidationBuilder(this.rt, { ...this._data, args: [...this._data.args] }); }
}

type D = DataValidationBuilder;
const B = 'SpreadsheetApp.DataValidationBuilder.';

export class DataValidationBuilder extends GasObject {
  private d: ValidationData;
  constructor(rt: Runtime, data?: ValidationData) {
    super(rt, 'DataValidationBuilder');
    this.d = data ?? { criteria: '', args: [], allowInvalid: true, helpText: null };
  }
  private _set(name: string, criteria: string, args: unknown[], kinds: string[]): D {
    checkArgs(B + name, args, kinds);
    this.d = { ...this.d, criteria, args: args.filter((a, i) => !(kinds[i]?.endsWith('?') && a === undefined)).map(storeArg) };
    return this;
  }
  build(): DataValidation {
    if (!this.d.criteria) throw new GasError('The data validation rule has no criteria; call one of the require...() methods first.');
    return new DataValidation(this.rt, { ...this.d, args: [...this.d.args] });
  }
  copy(): D { return new DataValidationBuilder(this.rt, { ...this.d, args: [...this.d.args] }); }
  getAllowInvalid(): boolean { return this.d.allowInvalid; }
  getCriteriaType(): EnumValue | null { return this.d.criteria ? (DataValidationCriteria as Record<string, EnumValue>)[this.d.criteria] : null; }
  getCriteriaValues(): unknown[] { return this.d.args.map((a) => loadArg(this.rt, a)); }
  getHelpText(): string | null { return this.d.helpText; }
  setAllowInvalid(allow: boolean): D { checkArgs(B + 'setAllowInvalid', [allow], ['boolean']); this.d = { ...this.d, allowInvalid: allow }; return this; }
  setHelpText(text: string): D { checkArgs(B + 'setHelpText', [text], ['string']); this.d = { ...this.d, helpText: text }; return this; }
  requireCheckbox(checked?: unknown, unchecked?: unknown): D { return this._set('requireCheckbox', 'CHECKBOX', [checked, unchecked], ['any?', 'any?']); }
  requireDate(): D { return this._set('requireDate', 'DATE_IS_VALID_DATE', [], []); }
  requireDateAfter(d: Date): D { return this._set('requireDateAfter', 'DATE_AFTER', [d], ['date']); }
  requireDateBefore(d: Date): D { return this._set('requireDateBefore', 'DATE_BEFORE', [d], ['date']); }
  requireDateBetween(a: Date, b: Date): D { return this._set('requireDateBetween', 'DATE_BETWEEN', [a, b], ['date', 'date']); }
  requireDateNotBetween(a: Date, b: Date): D { return this._set('requireDateNotBetween', 'DATE_NOT_BETWEEN', [a, b], ['date', 'date']); }
  requireDateEqualTo(d: Date): D { return this._set('requireDateEqualTo', 'DATE_EQUAL_TO', [d], ['date']); }
  requireDateOnOrAfter(d: Date): D { return this._set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [d], ['date']); }
  requireDateOnOrBefore(d: Date): D { return this._set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [d], ['date']); }
  requireFormulaSatisfied(f: string): D { return this._set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [f], ['string']); }
  requireNumberBetween(a: number, b: number): D { return this._set('requireNumberBetween', 'NUMBER_BETWEEN', [a, b], ['number', 'number']); }
  requireNumberNotBetween(a: number, b: number): D { return this._set('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b], ['number', 'number']); }
  requireNumberEqualTo(n: number): D { return this._set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n], ['number']); }
  requireNumberNotEqualTo(n: number): D { return this._set('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n], ['number']); }
  requireNumberGreaterThan(n: number): D { return this._set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n], ['number']); }
  requireNumberGreaterThanOrEqualTo(n: number): D { return this._set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n], ['number']); }
  requireNumberLessThan(n: number): D { return this._set('requireNumberLessThan', 'NUMBER_LESS_THAN', [n], ['number']); }
  requireNumberLessThanOrEqualTo(n: number): D { return this._set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n], ['number']); }
  requireTextContains(t: string): D { return this._set('requireTextContains', 'TEXT_CONTAINS', [t], ['string']); }
  requireTextDoesNotContain(t: string): D { return this._set('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [t], ['string']); }
  requireTextEqualTo(t: string): D { return this._set('requireTextEqualTo', 'TEXT_EQUAL_TO', [t], ['string']); }
  requireTextIsEmail(): D { return this._set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', [], []); }
  requireTextIsUrl(): D { return this._set('requireTextIsUrl', 'TEXT_IS_VALID_URL', [], []); }
  requireValueInList(values: string[], showDropdown?: boolean): D {
    checkArgs(B + 'requireValueInList', [values, showDropdown], ['array', 'boolean?']);
    return this._set('requireValueInList', 'VALUE_IN_LIST', [values, showDropdown ?? true], ['array', 'boolean']);
  }
  requireValueInRange(range: FakeRange, showDropdown?: boolean): D {
    checkArgs(B + 'requireValueInRange', [range, showDropdown], ['range', 'boolean?']);
    return this._set('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown ?? true], ['range', 'boolean']);
  }
  withCriteria(criteria: EnumValue, args: unknown[]): D {
    const name = enumName(criteria);
    if (!name || !Array.isArray(args)) throw new GasError(signatureMessage(B + 'withCriteria', [criteria, args]));
    this.d = { ...this.d, criteria: name, args: args.map(storeArg) };
    return this;
  }
}

export interface ValidationJSON { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null }

/** Accepts the raw rule or what the bundle saw (a proxy). */
export function validationJSON(v: DataValidation): ValidationJSON {
  const d = rawOf(v)._data;
  return { criteria: d.criteria, values: d.args.map(argJSON), allowInvalid: d.allowInvalid, helpText: d.helpText };
}

export { storeArg, loadArg, checkArgs };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;

/**
 * Whether a value breaks a rule that rejects input (setAllowInvalid(false)). `local` turns a criteria
 * instant into the spreadsheet's wall clock; `display` is the value as shown; dates compare by day.
 */
export function violates(v: DataValidation, value: CellValue, display: string, local: (instant: number) => number): boolean {
  const d = v._data;
  if (d.allowInvalid || value === '') return false;
  const nums = d.args.filter((a): a is number => typeof a === 'number');
  const days = d.args.filter((a): a is { date: number } => !!a && typeof a === 'object' && 'date' in a).map((a) => Math.floor(local(a.date) / 86400000));
  const day = value instanceof CellDate ? Math.floor(value.local / 86400000) : null;
  const n = typeof value === 'number' ? value : null;
  const text = display;
  switch (d.criteria) {
    case 'VALUE_IN_LIST': return !(d.args[0] as string[]).includes(text);
    case 'VALUE_IN_RANGE': return !(d.args[0] as { range: FakeRange }).range.getDisplayValues().some((row) => row.includes(text));
    case 'CHECKBOX': return d.args.length ? !d.args.some((a) => String(a) === text) : typeof value !== 'boolean';
    case 'TEXT_IS_VALID_EMAIL': return !EMAIL.test(text);
    case 'TEXT_IS_VALID_URL': return !URL_LIKE.test(text);
    case 'TEXT_CONTAINS': return !text.includes(String(d.args[0]));
    case 'TEXT_DOES_NOT_CONTAIN': return text.includes(String(d.args[0]));
    case 'TEXT_EQUAL_TO': return text !== String(d.args[0]);
    case 'DATE_IS_VALID_DATE': return day === null;
    case 'DATE_AFTER': return day === null || !(day > days[0]);
    case 'DATE_BEFORE': return day === null || !(day < days[0]);
    case 'DATE_ON_OR_AFTER': return day === null || !(day >= days[0]);
    case 'DATE_ON_OR_BEFORE': return day === null || !(day <= days[0]);
    case 'DATE_EQUAL_TO': return day === null || day !== days[0];
    case 'DATE_BETWEEN': return day === null || day < days[0] || day > days[1];
    case 'DATE_NOT_BETWEEN': return day === null || (day >= days[0] && day <= days[1]);
    case 'NUMBER_BETWEEN': return n === null || n < nums[0] || n > nums[1];
    case 'NUMBER_NOT_BETWEEN': return n === null || (n >= nums[0] && n <= nums[1]);
    case 'NUMBER_EQUAL_TO': return n === null || n !== nums[0];
    case 'NUMBER_NOT_EQUAL_TO': return n === null || n === nums[0];
    case 'NUMBER_GREATER_THAN': return n === null || !(n > nums[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n === null || !(n >= nums[0]);
    case 'NUMBER_LESS_THAN': return n === null || !(n < nums[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return n === null || !(n <= nums[0]);
    default: return false; // CUSTOM_FORMULA: the fake does not evaluate formulas
  }
}
