// The add-on's own conditional-format rules on Contacts: overdue, due today and
// upcoming meeting, each on the whole row. They compare the Action due and
// Meeting date columns with TODAY(), so they stay right between runs of the
// check. The user's own rules and colours are never touched: ours are
// recognised by their formula's shape and replaced in place. Sheets may hand a
// formula back with its row numbers moved (rows inserted above), re-cased, or
// with a locale's `;` separators, so the shape is compared after undoing all
// three; a rule that fails to be recognised would be added again on every run.
import type { ContactKey } from '../../shared/schema';
import { columnLetter, type Table } from './table';
import { sheetOf } from './handles';
import { maxColumnsOf, maxRowsOf } from './size';
import { loadRules } from '../settings';
import { readJsonProperty, writeJsonProperty } from '../properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Light fills dark text stays readable on (contrast above 4.5:1 with #202124), one hue each. */
export const HIGHLIGHT_COLOURS = { overdue: '#f4c7c3', today: '#fce8b2', meeting: '#c6dafc' } as const;

// Every formula we write, spelled as canonical() and with its row numbers as
// '#', matches this, and a user's rule practically never does.
const OURS = /^=AND\(\$(?:[A-Z]{1,3}|#REF!)#<>"",\$(?:[A-Z]{1,3}|#REF!)#(?:<TODAY\(\)|=TODAY\(\)|>=TODAY\(\),\$(?:[A-Z]{1,3}|#REF!)#<=TODAY\(\)\+\d+)\)$/;

/** A formula upper-cased, without spaces and with `,` separators, outside its string literals. */
export function canonicalFormula(formula: string): string {
  return formula
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.toUpperCase().replace(/\s+/g, '').replace(/;/g, ',')))
    .join('');
}

/** Whether a custom formula is one of the add-on's highlight rules, wherever Sheets moved its rows. */
export function isOurHighlightFormula(formula: string): boolean {
  return OURS.test(canonicalFormula(formula).replace(/(\$?(?:[A-Z]{1,3}|#REF!)\$?)\d+/g, '$1#'));
}

interface Wanted {
  formula: string;
  background: string;
}

/** The rules for the current column positions; a missing column drops its rules. */
export function wantedRules(index: Record<'actionDue' | 'meetingDate', number>, meetingDays: number): Wanted[] {
  const out: Wanted[] = [];
  if (index.actionDue >= 0) {
    const due = `$${columnLetter(index.actionDue + 1)}2`;
    out.push({ formula: `=AND(${due}<>"",${due}<TODAY())`, background: HIGHLIGHT_COLOURS.overdue });
    out.push({ formula: `=AND(${due}<>"",${due}=TODAY())`, background: HIGHLIGHT_COLOURS.today });
  }
  if (index.meetingDate >= 0) {
    const m = `$${columnLetter(index.meetingDate + 1)}2`;
    out.push({ formula: `=AND(${m}<>"",${m}>=TODAY(),${m}<=TODAY()+${meetingDays})`, background: HIGHLIGHT_COLOURS.meeting });
  }
  return out;
}

type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition;

/** Our formula's text when the rule is one of ours: no criteria-type call, since only a custom formula has one of our shape. */
function oursOf(rule: Rule): { formula: string; cond: Condition } | null {
  const cond = rule.getBooleanCondition();
  if (!cond) return null;
  const v = cond.getCriteriaValues()[0];
  // Recognised however Sheets hands it back (rows moved, re-cased, `;`), so rules never pile up.
  return typeof v === 'string' && isOurHighlightFormula(v) ? { formula: v, cond } : null;
}

const HIGHLIGHTS_KEY = 'infoInterviews.highlights';

/**
 * Puts the add-on's rules on the whole data rows (row 2 to the sheet's last row,
 * every column), replacing its earlier ones where they stood and keeping every
 * other rule as it is. Writes nothing when the rules are already right. With
 * `trustStored` (the follow-up check), rules written by an earlier run are taken
 * as still right while the sheet's size, the wanted rules and the number of
 * rules are what they were then, which costs no call per rule; set-up looks at
 * each rule.
 */
function applyHighlights(sheet: Sheet, index: Record<'actionDue' | 'meetingDate', number>, trustStored: boolean, blank: boolean): void {
  const maxRows = maxRowsOf(sheet);
  const rows = maxRows - 1;
  if (rows < 1) return;
  const maxCols = maxColumnsOf(sheet);
  const a1 = `A2:${columnLetter(maxCols)}${maxRows}`;
  const wanted = wantedRules(index, Math.max(loadRules().prepareDays, 1));
  // A tab inserted by this run has no rule yet.
  const existing = blank ? [] : sheet.getConditionalFormatRules();
  const print = JSON.stringify([a1, existing.length, wanted]);
  if (trustStored && readJsonProperty<string>('document', HIGHLIGHTS_KEY) === print) return;
  const kept: Rule[] = [];
  const ours: Ours[] = [];
  let insertAt = -1;
  for (const rule of existing) {
    const our = oursOf(rule);
    if (our) {
      if (insertAt < 0) insertAt = kept.length;
      ours.push({ ...our, rule });
    } else {
      kept.push(rule);
    }
  }
  if (!sameRules(ours, wanted, a1)) {
    const range = sheet.getRange(2, 1, rows, maxCols);
    // One builder for all three: each build() is a rule of its own, and every builder call is a service call.
    const builder = SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
    const built = wanted.map((w) => builder.whenFormulaSatisfied(w.formula).setBackground(w.background).build());
    const at = insertAt < 0 ? kept.length : insertAt;
    sheet.setConditionalFormatRules([...kept.slice(0, at), ...built, ...kept.slice(at)]);
  }
  const after = JSON.stringify([a1, kept.length + wanted.length, wanted]);
  if (readJsonProperty<string>('document', HIGHLIGHTS_KEY) !== after) writeJsonProperty('document', HIGHLIGHTS_KEY, after);
}

interface Ours {
  formula: string;
  rule: Rule;
  cond: Condition;
}

// Spelling aside (a locale's separators, case), the same formula on the same range: rows moved since means rebuild.
function sameRules(ours: Ours[], wanted: Wanted[], a1: string): boolean {
  if (ours.length !== wanted.length) return false;
  return ours.every(({ formula, rule, cond }, i) => {
    if (canonicalFormula(formula) !== canonicalFormula(wanted[i].formula)) return false;
    const ranges = rule.getRanges();
    const bg = cond.getBackground();
    return ranges.length === 1 && ranges[0].getA1Notation() === a1 && (bg ?? '').toLowerCase() === wanted[i].background;
  });
}

/**
 * Set up tracker's step, and the follow-up check's (rows added and columns
 * moved since set-up): columns found by header, so a moved column still works.
 */
export function refreshHighlights(table: Table<ContactKey>, options: { trustStored?: boolean; blank?: boolean } = {}): void {
  if (table.width < 1) return;
  const index = { actionDue: table.header.index.actionDue, meetingDate: table.header.index.meetingDate };
  applyHighlights(sheetOf(table.tab), index, options.trustStored === true, options.blank === true);
}
