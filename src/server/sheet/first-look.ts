// What a student sees when set-up is done: the name column kept in view when
// they scroll right, and a note on a header cell that explains the column.
// Both change how the sheet looks, never a value, and never undo a choice of
// the user's (columns they froze themselves, a note they wrote).
import { sheetOf } from './handles';
import type { Table } from './table';

/** Freezing more than this many columns would cover a laptop screen's grid. */
const MAX_FROZEN = 3;

/**
 * Freezes the columns up to and including `key`'s, when the user has frozen
 * none and the column is near the left edge (a tracker whose Name is far
 * right keeps its view). Returns whether it froze. A `blank` tab (inserted by
 * this run) has frozen no column.
 */
export function freezeThrough<K extends string>(table: Table<K>, key: K, blank = false): boolean {
  const at = table.header.index[key];
  if (at < 0 || at + 1 > MAX_FROZEN) return false;
  const sheet = sheetOf(table.tab);
  if (!blank && sheet.getFrozenColumns() !== 0) return false;
  sheet.setFrozenColumns(at + 1);
  return true;
}

/**
 * Puts a note on `key`'s header cell unless that cell already has one (a
 * `blank` tab, inserted by this run, has none). Returns whether it wrote.
 */
export function noteHeader<K extends string>(table: Table<K>, key: K, note: string, blank = false): boolean {
  const at = table.header.index[key];
  if (at < 0) return false;
  const cell = sheetOf(table.tab).getRange(1, at + 1);
  if (!blank && cell.getNote() !== '') return false;
  cell.setNote(note);
  return true;
}
