// Moving a table's rows by inserting and deleting sheet rows, so that Sheets
// carries the rows below along with their cells untouched, instead of the
// add-on rewriting them (a rewrite is where text could change: see
// docs/REAL-SHEETS.md on apostrophes in plain-text cells).
import { toCell, type Cell } from './cell-codec';
import { sheetOf } from './handles';
import type { Table } from './table';
import { setCells } from './write-cells';
import { deleteRows, insertRowsBefore } from './size';

/**
 * Puts `records` in new rows before sheet row `beforeRow` (they take that
 * row's formats and validations, as Sheets' own insert does) and writes only
 * their add-on columns, one setValues a run of adjacent columns.
 */
export function insertRecordsBefore<K extends string>(table: Table<K>, beforeRow: number, records: Array<Partial<Record<K, string>>>): void {
  if (records.length === 0) return;
  const sheet = sheetOf(table.tab);
  insertRowsBefore(sheet, beforeRow, records.length);
  const cols = table.columns
    .map((spec) => ({ spec, at: table.header.index[spec.key] }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (let i = 0; i < cols.length; ) {
    let j = i + 1;
    while (j < cols.length && cols[j].at === cols[j - 1].at + 1) j++;
    const run = cols.slice(i, j);
    const grid: Cell[][] = records.map((rec) => run.map((c) => toCell(c.spec.kind, (rec[c.spec.key] as string | undefined) ?? '')));
    setCells(sheet.getRange(beforeRow, run[0].at + 1, records.length, run.length), grid);
    i = j;
  }
}

/** Deletes sheet rows, one deleteRows a run of adjacent ones, from the bottom up so the numbers stay right. */
export function deleteSheetRows<K extends string>(table: Table<K>, sheetRows: number[]): void {
  const sorted = [...new Set(sheetRows)].sort((a, b) => b - a);
  const sheet = sheetOf(table.tab);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[j - 1] - 1) j++;
    deleteRows(sheet, sorted[j - 1], j - i);
    i = j;
  }
}
