// Re-planning after a write: every action the add-on takes (a mark, a saved
// contact, a logged meeting, an import) and every edit the student makes by
// hand calls replanAfterWrite once, in the same execution and under the same
// lock, so Next action and Action due never lag behind the row.
//
// What it writes is exactly what the follow-up check would write as of today,
// on the touched contacts (a referral and its referrer, for "told the
// referrer") and the people they referred (a loop-back sits on the referred
// person's row but is done by an interaction with the referrer). Other rows are the daily check's: a save never rewrites
// a row the student did not act on. Calls are flat in the number of contacts: one
// read of Meetings and of Questions when the caller has not read them, and one
// setValues per changed row for up to three rows, else one getFormulas and
// one setValues for the two columns.
import { MEETING_COLUMNS, QUESTION_COLUMNS, type ColumnSpec, type ContactKey, type Meeting, type MeetingKey, type QuestionKey, type QuestionRow } from '../../shared/schema';
import { planFollowUps, preparedContactIds, toFollowUpItem, type DueNow, type FollowUpPlan, type FollowUpRules } from '../../shared/follow-ups';
import type { IsoDate } from '../../shared/dates';
import { findTab, patchRows, readTable, sheetRowOf, today, writeRowCells, type Doc, type Table } from '../sheet';
import { indexContacts, resolveContactRef } from '../../shared/contacts';
import { readJsonProperty, writeJsonProperty } from '../properties';
import { loadRules } from '../settings';
import { refreshDashboard } from '../dashboard';

export interface ReplanInput {
  contacts: Table<ContactKey>;
  /** The Meetings rows as they now stand, when the caller already read (or wrote) them. */
  meetings?: Meeting[];
  questions?: QuestionRow[];
  /** Rebuild the Dashboard too (imports and logged meetings change its figures). */
  dashboard?: boolean;
  /** Contact IDs the write touched; the people they referred are re-planned too. */
  touched: readonly string[];
  asOf?: IsoDate;
  /** The rules, when the caller cannot read them the usual way (onEdit runs in LIMITED). */
  rules?: FollowUpRules;
}

export interface Replanned extends DueNow {
  plan: FollowUpPlan;
  /** Rows whose Next action or Action due were rewritten. */
  written: number;
}

function rowsOf<K extends string>(doc: Doc, key: 'meetings' | 'questions', columns: readonly ColumnSpec<K>[]): Array<Record<K, string>> {
  const tab = findTab(doc, key);
  return tab ? readTable(doc, tab, columns).rows : [];
}

const FEW_ROWS = 3;

/** Where the rules in use are kept for the simple onEdit, which runs in AuthMode.LIMITED and cannot read user properties. */
export const RULES_FOR_EDITS_KEY = 'infoInterviews.rulesInUse';

function rememberRulesForEdits(rules: FollowUpRules): void {
  const stored = readJsonProperty<FollowUpRules>('document', RULES_FOR_EDITS_KEY);
  if (!stored || JSON.stringify(stored) !== JSON.stringify(rules)) writeJsonProperty('document', RULES_FOR_EDITS_KEY, rules);
}

/**
 * The touched contacts and the people they referred: a referral's loop-back
 * sits on the referred person's row and is done by an interaction with the
 * referrer, so a write about the referrer changes the referral's row. (A write
 * about the referral changes nothing on the referrer's row.) By Contact ID.
 */
export function widenTouched(contacts: ReadonlyArray<Table<ContactKey>['rows'][number]>, touched: readonly string[]): Set<string> {
  const ids = new Set(touched.map((t) => t.trim()).filter(Boolean));
  if (ids.size === 0) return ids;
  const index = indexContacts(contacts);
  const wider = new Set(ids);
  for (const c of contacts) {
    const ref = c.referredBy.trim() ? resolveContactRef(c.referredBy, index) : null;
    if (ref && ref !== c && ids.has(ref.contactId.trim()) && c.contactId.trim()) wider.add(c.contactId.trim());
  }
  return wider;
}

export function replanAfterWrite(doc: Doc, input: ReplanInput): Replanned {
  const asOf = input.asOf ?? today(doc);
  const contacts = input.contacts;
  const meetings = input.meetings ?? rowsOf(doc, 'meetings', MEETING_COLUMNS as readonly ColumnSpec<MeetingKey>[]);
  const questions = input.questions ?? rowsOf(doc, 'questions', QUESTION_COLUMNS as readonly ColumnSpec<QuestionKey>[]);
  const prepared = preparedContactIds(contacts.rows, meetings, questions, asOf);
  const rules = input.rules ?? loadRules();
  const plan = planFollowUps(contacts.rows, meetings, prepared, asOf, rules);

  const ids = widenTouched(contacts.rows, input.touched);
  const patches: Array<{ index: number; patch: Partial<Record<ContactKey, string>> }> = [];
  plan.cells.forEach((cell, i) => {
    const row = contacts.rows[i];
    if (!ids.has(row.contactId.trim())) return;
    if (row.nextAction !== cell.nextAction || row.actionDue !== cell.actionDue) {
      patches.push({ index: i, patch: { nextAction: cell.nextAction, actionDue: cell.actionDue } });
    }
  });
  // A few rows: one write each, touching nothing between them. More (an import): one block write.
  if (patches.length <= FEW_ROWS) for (const p of patches) writeRowCells(contacts, sheetRowOf(contacts, p.index), p.patch);
  else patchRows(contacts, patches);
  if (!input.rules) rememberRulesForEdits(rules);
  // The figures only: the daily check also repairs the charts.
  if (input.dashboard) refreshDashboard(doc, { asOf, tracker: { contacts, meetings, questions }, preparedContactIds: prepared, followUps: plan.counts }, null, true);
  return { plan, written: patches.length, today: asOf, followUps: plan.due.map(toFollowUpItem), counts: plan.counts };
}

/** The part a sidebar save returns: what the home page shows next. */
export function dueNow(r: Replanned): DueNow {
  return { today: r.today, followUps: r.followUps, counts: r.counts };
}
