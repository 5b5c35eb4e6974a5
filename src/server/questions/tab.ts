// The Questions tab: found by its stored id, made on demand with the add-on's
// headers, and changed so that saving a contact's list replaces only that
// contact's unasked rows while every other row is left as it is.
import type { QuestionKey, QuestionRow } from '../../shared/schema';
import { appendRecords, deleteSheetRows, ensureTab, insertRecordsBefore, readOptionalTable, type Doc, type Table } from '../sheet';

export type QuestionsTable = Table<QuestionKey>;

/** A ticked checkbox reads TRUE; a user may also have typed yes or x. */
export function isAsked(cell: string): boolean {
  return /^(true|yes|y|x|✓|✔|1)$/i.test(cell.trim());
}

/** The Questions tab read whole, or null when it was never made. */
export function readQuestionsTab(doc: Doc): QuestionsTable | null {
  return readOptionalTable(doc, 'questions');
}

/** The Questions tab, made (or its missing headers added) when needed; the user stays on their tab. */
export function ensureQuestionsTab(doc: Doc): QuestionsTable {
  return ensureTab(doc, 'questions', { stayOnActive: true }).table;
}

/**
 * Replaces `contactId`'s unasked rows with `records`: the new rows go in where
 * the first old one was (or after the contact's asked rows, or at the end),
 * then the old rows are deleted. Sheets moves every other row itself, so no
 * cell the save did not change is written. Returns the first sheet row written.
 */
export function replaceUnasked(table: QuestionsTable, contactId: string, records: QuestionRow[]): number {
  const old: number[] = [];
  table.rows.forEach((r, i) => {
    if (r.contactId === contactId && !isAsked(r.asked)) old.push(i);
  });
  let at = old.length ? old[0] : -1;
  if (at < 0) {
    const lastOfContact = table.rows.map((r) => r.contactId).lastIndexOf(contactId);
    if (lastOfContact < 0 || lastOfContact === lastFilled(table)) return appendRecords(table, records);
    at = lastOfContact + 1;
  }
  // Inserted first, deleted second: a tab holding only this contact's rows never loses all its data rows at once.
  insertRecordsBefore(table, at + 2, records);
  deleteSheetRows(table, old.map((i) => i + 2 + records.length));
  return at + 2;
}

function lastFilled(table: QuestionsTable): number {
  for (let i = table.rows.length - 1; i >= 0; i--) {
    if (Object.values(table.rows[i]).some((v) => v !== '')) return i;
  }
  return -1;
}
