// Conditional format rules: the builder, the rule, its BooleanCondition and colour objects, and JSON.

import { GasError, GasObject, Runtime, rawOf } from './runtime';
import { EnumValue, enumName, normalizeColor, signatureMessage } from './helpers';
import { BooleanCriteria, ColorType, CriteriaArg, argJSON, checkArgs, loadArg, storeArg } from './builders';
import type { FakeRange } from './range';

export interface RuleFormat { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean; underline?: boolean }
export interface RuleData { criteria: string; args: CriteriaArg[]; format: RuleFormat; ranges: FakeRange[] }

const B = 'SpreadsheetApp.ConditionalFormatRuleBuilder.';

class RgbColor extends GasObject {
  constructor(rt: Runtime, private readonly hex: string) { super(rt, 'RgbColor'); }
  asHexString(): string { return this.hex; }
  getRed(): number { return parseInt(this.hex.slice(1, 3), 16); }
  getGreen(): number { return parseInt(this.hex.slice(3, 5), 16); }
  getBlue(): number { return parseInt(this.hex.slice(5, 7), 16); }
  getColorType(): EnumValue { return ColorType.RGB; }
}

class Color extends GasObject {
  constructor(rt: Runtime, private readonly hex: string) { super(rt, 'Color'); }
  asRgbColor(): RgbColor { return new RgbColor(this.rt, this.hex); }
  getColorType(): EnumValue { return ColorType.RGB; }
}

export class BooleanCondition extends GasObject {
  constructor(rt: Runtime, private readonly d: RuleData) { super(rt, 'BooleanCondition'); }
  getCriteriaType(): EnumValue { return (BooleanCriteria as Record<string, EnumValue>)[this.d.criteria]; }
  getCriteriaValues(): unknown[] { return this.d.args.map((a) => loadArg(this.rt, a)); }
  getBackground(): string | null { return this.d.format.background ?? null; }
  getBackgroundObject(): Color | null { return this.d.format.background ? new Color(this.rt, this.d.format.background) : null; }
  getFontColor(): string | null { return this.d.format.fontColor ?? null; }
  getFontColorObject(): Color | null { return this.d.format.fontColor ? new Color(this.rt, this.d.format.fontColor) : null; }
  getBold(): boolean | null { return this.d.format.bold ?? null; }
  getItalic(): boolean | null { return this.d.format.italic ?? null; }
  getStrikethrough(): boolean | null { return this.d.format.strikethrough ?? null; }
  getUnderline(): boolean | null { return this.d.format.underline ?? null; }
}

export class ConditionalFormatRule extends GasObject {
  constructor(rt: Runtime, readonly _data: RuleData) { super(rt, 'ConditionalFormatRule'); }
  getBooleanCondition(): BooleanCondition { return new BooleanCondition(this.rt, this._data); }
  getGradientCondition(): null { return null; }
  getRanges(): FakeRange[] { return [...this._data.ranges]; }
  copy(): ConditionalFormatRuleBuilder { return new ConditionalFormatRuleBuilder(this.rt, cloneData(this._data)); }
}

function cloneData(d: RuleData): RuleData {
  return { criteria: d.criteria, args: [...d.args], format: { ...d.format }, ranges: [...d.ranges] };
}

type R = ConditionalFormatRuleBuilder;

export class ConditionalFormatRuleBuilder extends GasObject {
  private d: RuleData;
  constructor(rt: Runtime, data?: RuleData) {
    super(rt, 'ConditionalFormatRuleBuilder');
    this.d = data ?? { criteria: '', args: [], format: {}, ranges: [] };
  }
  private _when(name: string, criteria: string, args: unknown[], kinds: string[]): R {
    checkArgs(B + name, args, kinds);
    this.d.criteria = criteria;
    this.d.args = args.map(storeArg);
    return this;
  }
  private _date(name: string, criteria: string, date: unknown): R {
    checkArgs(B + name, [date], ['dateOrRelative']);
    return this._when(name, enumName(date) ? criteria + '_RELATIVE' : criteria, [date], ['any']);
  }
  private _fmt(name: string, key: keyof RuleFormat, value: unknown, kind: string): R {
    if (value !== null) checkArgs(B + name, [value], [kind]);
    const f = { ...this.d.format } as Record<string, unknown>;
    if (value === null) delete f[key];
    else f[key] = kind === 'string' ? normalizeColor(value as string, '') : value;
    this.d.format = f as RuleFormat;
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this.d.criteria) throw new GasError('A conditional format rule needs a condition; call one of the when...() methods first.');
    return new ConditionalFormatRule(this.rt, cloneData(this.d));
  }
  copy(): R { return new ConditionalFormatRuleBuilder(this.rt, cloneData(this.d)); }
  getBooleanCondition(): BooleanCondition | null { return this.d.criteria ? new BooleanCondition(this.rt, cloneData(this.d)) : null; }
  getRanges(): FakeRange[] { return [...this.d.ranges]; }
  setRanges(ranges: FakeRange[]): R {
    if (!Array.isArray(ranges) || ranges.some((r) => !r || (r as GasObject).gasType !== 'Range')) {
      throw new GasError(signatureMessage(B + 'setRanges', [ranges]));
    }
    this.d.ranges = [...ranges];
    return this;
  }
  setBackground(color: string | null): R { return this._fmt('setBackground', 'background', color, 'string'); }
  setFontColor(color: string | null): R { return this._fmt('setFontColor', 'fontColor', color, 'string'); }
  setBold(bold: boolean | null): R { return this._fmt('setBold', 'bold', bold, 'boolean'); }
  setItalic(italic: boolean | null): R { return this._fmt('setItalic', 'italic', italic, 'boolean'); }
  setStrikethrough(s: boolean | null): R { return this._fmt('setStrikethrough', 'strikethrough', s, 'boolean'); }
  setUnderline(u: boolean | null): R { return this._fmt('setUnderline', 'underline', u, 'boolean'); }
  whenCellEmpty(): R { return this._when('whenCellEmpty', 'CELL_EMPTY', [], []); }
  whenCellNotEmpty(): R { return this._when('whenCellNotEmpty', 'CELL_NOT_EMPTY', [], []); }
  whenDateAfter(d: unknown): R { return this._date('whenDateAfter', 'DATE_AFTER', d); }
  whenDateBefore(d: unknown): R { return this._date('whenDateBefore', 'DATE_BEFORE', d); }
  whenDateEqualTo(d: unknown): R { return this._date('whenDateEqualTo', 'DATE_EQUAL_TO', d); }
  whenFormulaSatisfied(f: string): R { return this._when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [f], ['string']); }
  whenNumberBetween(a: number, b: number): R { return this._when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b], ['number', 'number']); }
  whenNumberNotBetween(a: number, b: number): R { return this._when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b], ['number', 'number']); }
  whenNumberEqualTo(n: number): R { return this._when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n], ['number']); }
  whenNumberNotEqualTo(n: number): R { return this._when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n], ['number']); }
  whenNumberGreaterThan(n: number): R { return this._when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n], ['number']); }
  whenNumberGreaterThanOrEqualTo(n: number): R { return this._when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n], ['number']); }
  whenNumberLessThan(n: number): R { return this._when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n], ['number']); }
  whenNumberLessThanOrEqualTo(n: number): R { return this._when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n], ['number']); }
  whenTextContains(t: string): R { return this._when('whenTextContains', 'TEXT_CONTAINS', [t], ['string']); }
  whenTextDoesNotContain(t: string): R { return this._when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [t], ['string']); }
  whenTextEqualTo(t: string): R { return this._when('whenTextEqualTo', 'TEXT_EQUAL_TO', [t], ['string']); }
  whenTextStartsWith(t: string): R { return this._when('whenTextStartsWith', 'TEXT_STARTS_WITH', [t], ['string']); }
  whenTextEndsWith(t: string): R { return this._when('whenTextEndsWith', 'TEXT_ENDS_WITH', [t], ['string']); }
  withCriteria(criteria: EnumValue, args: unknown[]): R {
    const name = enumName(criteria);
    if (!name || !Array.isArray(args)) throw new GasError(signatureMessage(B + 'withCriteria', [criteria, args]));
    this.d.criteria = name;
    this.d.args = args.map(storeArg);
    return this;
  }
}

export interface RuleJSON { ranges: string[]; criteria: string; values: unknown[]; format: RuleFormat }

/** A rule as plain data: ranges in A1 (sheet-qualified), criteria name, values, format. */
export function ruleJSON(rule: ConditionalFormatRule): RuleJSON {
  const d = rawOf(rule)._data;
  return { ranges: d.ranges.map((r) => r._ref()), criteria: d.criteria, values: d.args.map(argJSON), format: { ...d.format } };
}
