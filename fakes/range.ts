// Range, part 2: formats, notes, data validation and checkboxes; every setter stores per-cell state
// that moves with the cell when rows or columns are inserted, deleted, moved or sorted.

import { GasError } from './runtime';
import { enumName, normalizeColor, signatureMessage } from './helpers';
import { Cell, DEFAULT_FORMAT, FORMAT_KEYS } from './values';
import { DataValidation, DataValidationBuilder, WrapStrategy } from './builders';
import { RangeValues } from './range-values';

const R = 'SpreadsheetApp.Range.';
const WHITE = '#ffffff';
const BLACK = '#000000';

type Key = keyof Cell;

export class FakeRange extends RangeValues {
  private _setAll(method: string, key: Key, value: unknown, check: (v: unknown) => boolean, norm: (v: unknown) => unknown = (v) => v): this {
    if (!check(value)) throw new GasError(signatureMessage(R + method, [value]));
    const stored = norm(value);
    this._each((cell) => {
      if (stored === undefined) delete cell[key];
      else (cell as unknown as Record<string, unknown>)[key] = stored;
    });
    return this;
  }
  private _setEach(method: string, key: Key, data: unknown, check: (v: unknown) => boolean, norm: (v: unknown) => unknown = (v) => v): this {
    const rows = this._check2D(method, data);
    if (rows.some((r) => r.some((v) => !check(v)))) throw new GasError(signatureMessage(R + method, [data]));
    this._each((cell, i, j) => {
      const stored = norm(rows[i][j]);
      if (stored === undefined) delete cell[key];
      else (cell as unknown as Record<string, unknown>)[key] = stored;
    });
    return this;
  }
  private _get<T>(key: Key, fallback: T): T[][] {
    return this._map((c) => ((c?.[key] as T | undefined) ?? fallback));
  }

  getNumberFormats(): string[][] { return this._get('format', DEFAULT_FORMAT); }
  getNumberFormat(): string { return this.getNumberFormats()[0][0]; }
  setNumberFormat(format: string): this { return this._setAll('setNumberFormat', 'format', format, isStr); }
  setNumberFormats(formats: string[][]): this { return this._setEach('setNumberFormats', 'format', formats, isStr); }

  getBackgrounds(): string[][] { return this._get('background', WHITE); }
  getBackground(): string { return this.getBackgrounds()[0][0]; }
  setBackground(color: string | null): this { return this._setAll('setBackground', 'background', color, isStrOrNull, colorOrReset); }
  setBackgrounds(colors: (string | null)[][]): this { return this._setEach('setBackgrounds', 'background', colors, isStrOrNull, colorOrReset); }

  getFontWeights(): string[][] { return this._get('fontWeight', 'normal'); }
  getFontWeight(): string { return this.getFontWeights()[0][0]; }
  setFontWeight(weight: string | null): this { return this._setAll('setFontWeight', 'fontWeight', weight, isWeight, normalOrReset); }
  setFontWeights(weights: (string | null)[][]): this { return this._setEach('setFontWeights', 'fontWeight', weights, isWeight, normalOrReset); }

  getFontStyles(): string[][] { return this._get('fontStyle', 'normal'); }
  getFontStyle(): string { return this.getFontStyles()[0][0]; }
  setFontStyle(style: string | null): this { return this._setAll('setFontStyle', 'fontStyle', style, isStyle, normalOrReset); }

  getFontColors(): string[][] { return this._get('fontColor', BLACK); }
  getFontColor(): string { return this.getFontColors()[0][0]; }
  setFontColor(color: string | null): this { return this._setAll('setFontColor', 'fontColor', color, isStrOrNull, blackOrReset); }
  setFontColors(colors: (string | null)[][]): this { return this._setEach('setFontColors', 'fontColor', colors, isStrOrNull, blackOrReset); }

  getNotes(): string[][] { return this._get('note', ''); }
  getNote(): string { return this.getNotes()[0][0]; }
  setNote(note: string | null): this { return this._setAll('setNote', 'note', note, notUndefined, noteOrReset); }
  setNotes(notes: (string | null)[][]): this { return this._setEach('setNotes', 'note', notes, notUndefined, noteOrReset); }
  clearNote(): this { this._each((c) => { delete c.note; }); return this; }

  getWraps(): boolean[][] { return this._get('wrap', true); }
  getWrap(): boolean { return this.getWraps()[0][0]; }
  setWrap(wrap: boolean): this { return this._setAll('setWrap', 'wrap', wrap, isBool); }
  setWraps(wraps: boolean[][]): this { return this._setEach('setWraps', 'wrap', wraps, isBool); }
  getWrapStrategy(): unknown { return (WrapStrategy as Record<string, unknown>)[this._get('wrapStrategy', 'OVERFLOW')[0][0]]; }
  setWrapStrategy(strategy: unknown): this { return this._setAll('setWrapStrategy', 'wrapStrategy', strategy, isEnum, enumName); }
  setHorizontalAlignment(a: string | null): this { return this._setAll('setHorizontalAlignment', 'hAlign', a, isAlign(['left', 'center', 'right', 'normal']), alignOrReset); }
  getHorizontalAlignment(): string { return this._get('hAlign', 'general')[0][0]; }
  setVerticalAlignment(a: string | null): this { return this._setAll('setVerticalAlignment', 'vAlign', a, isAlign(['top', 'middle', 'bottom']), alignOrReset); }
  getVerticalAlignment(): string { return this._get('vAlign', 'bottom')[0][0]; }

  getDataValidations(): (DataValidation | null)[][] { return this._map((c) => c?.validation ?? null); }
  getDataValidation(): DataValidation | null { return this.getDataValidations()[0][0]; }
  setDataValidation(rule: DataValidation | null): this { return this._setAll('setDataValidation', 'validation', rule, isRule, nullToUndefined); }
  setDataValidations(rules: (DataValidation | null)[][]): this { return this._setEach('setDataValidations', 'validation', rules, isRule, nullToUndefined); }
  clearDataValidations(): this { this._each((c) => { delete c.validation; }); return this; }

  /** Checkboxes are a CHECKBOX validation; every cell becomes unchecked, as Sheets does. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const b = new DataValidationBuilder(this.rt);
    const rule = (arguments.length === 0 ? b.requireCheckbox() : arguments.length === 1 ? b.requireCheckbox(checkedValue) : b.requireCheckbox(checkedValue, uncheckedValue)).build();
    const off = arguments.length >= 2 ? uncheckedValue : arguments.length === 1 ? '' : false;
    this._each((c) => { c.validation = rule; c.value = off as Cell['value']; delete c.formula; });
    return this;
  }
  removeCheckboxes(): this {
    this._each((c) => {
      if (c.validation?._data.criteria === 'CHECKBOX') { delete c.validation; c.value = ''; }
    });
    return this;
  }

  clearFormat(): this {
    this._each((c) => { for (const k of FORMAT_KEYS) delete c[k]; });
    return this;
  }
  /** clear() wipes contents and formats; with options, only the parts asked for (notes are "comments"). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    if (options !== undefined && (options === null || typeof options !== 'object')) throw new GasError(signatureMessage(R + 'clear', [options]));
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    if (!only || o.contentsOnly) this.clearContent();
    if (!only || o.formatOnly) this.clearFormat();
    if (o.commentsOnly) this.clearNote();
    if (!only || o.validationsOnly) this.clearDataValidations();
    return this;
  }
}

const isStr = (v: unknown) => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';
const isBool = (v: unknown) => typeof v === 'boolean';
const notUndefined = (v: unknown) => v !== undefined && typeof v !== 'function';
const isEnum = (v: unknown) => enumName(v) !== undefined;
const isWeight = (v: unknown) => v === null || v === 'bold' || v === 'normal';
const isStyle = (v: unknown) => v === null || v === 'italic' || v === 'normal';
const isAlign = (ok: string[]) => (v: unknown) => v === null || (typeof v === 'string' && ok.includes(v.toLowerCase()));
const isRule = (v: unknown) => v === null || v instanceof DataValidation;
const colorOrReset = (v: unknown) => (v === null ? undefined : normalizeColor(v as string, WHITE));
const blackOrReset = (v: unknown) => (v === null ? undefined : normalizeColor(v as string, BLACK));
const normalOrReset = (v: unknown) => (v === null || v === 'normal' ? undefined : v);
const alignOrReset = (v: unknown) => (v === null || v === 'normal' ? undefined : (v as string).toLowerCase());
const noteOrReset = (v: unknown) => (v === null || v === '' ? undefined : String(v));
const nullToUndefined = (v: unknown) => (v === null ? undefined : v);
