// The Questions tab: found by its stored id, made on demand with the add-on's
// headers, and rewritten so that saving a contact's list replaces only that
// contact's unasked rows while every other row keeps its values.
import { QUESTION_COLUMNS, type ColumnKind, type QuestionKey, type QuestionRow } from '../../shared/schema';
import { appendRecords, ensureTab, keptCell, readFormulas, readOptionalTable, toCell, writeBlock, type Cell, type Doc, type Table } from '../sheet';

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
 * Replaces `contactId`'s unasked rows with `records`: the new rows take the
 * place of the first old one (or follow the contact's asked rows, or go at the
 * end), and the rows below move up or down with their values unchanged. One
 * setValues from the first changed row down; the rows above are not written.
 * Returns the first sheet row written.
 */
export function replaceUnasked(table: QuestionsTable, contactId: string, records: QuestionRow[]): number {
  const isOld = table.rows.map((r) => r.contactId === contactId && !isAsked(r.asked));
  let at = isOld.indexOf(true);
  if (at < 0) {
    const lastOfContact = table.rows.map((r) => r.contactId).lastIndexOf(contactId);
    if (lastOfContact < 0 || lastOfContact === lastFilled(table)) return appendRecords(table, records);
    at = lastOfContact + 1;
  }
  const width = Math.max(table.width, ...QUESTION_COLUMNS.map((c) => table.header.index[c.key] + 1));
  const kindAt: Array<ColumnKind | null> = new Array(width).fill(null);
  for (const c of QUESTION_COLUMNS) if (table.header.index[c.key] >= 0) kindAt[table.header.index[c.key]] = c.kind;
  const fresh = records.map((rec) => {
    const row: Cell[] = new Array(width).fill('');
    for (const c of QUESTION_COLUMNS) {
      const i = table.header.index[c.key];
      if (i >= 0) row[i] = toCell(c.kind, rec[c.key]);
    }
    return row;
  });
  // The rows that move keep their formulas too (the user's own columns may hold some).
  const moving = table.rows.length - at;
  const formulas = readFormulas(table.tab, at + 2, 1, moving, width);
  const below: Cell[][] = [];
  for (let i = at; i < table.rows.length; i++) {
    if (isOld[i]) continue;
    const raw = table.raw[i + 1] ?? [];
    below.push(kindAt.map((kind, j) => keptCell(kind, raw[j] ?? '', formulas[i - at]?.[j] ?? '')));
  }
  const block = [...fresh, ...below];
  const oldLength = table.rows.length - at;
  while (block.length < oldLength) block.push(new Array(width).fill(''));
  writeBlock(table.tab, at + 2, block);
  return at + 2;
}

function lastFilled(table: QuestionsTable): number {
  for (let i = table.rows.length - 1; i >= 0; i--) {
    if (Object.values(table.rows[i]).some((v) => v !== '')) return i;
  }
  return -1;
}
