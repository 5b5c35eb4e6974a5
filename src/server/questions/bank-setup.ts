// Seeds the Question Bank tab with the starter questions, once: only a bank
// with no data rows is filled, so a bank the user has edited is never touched.
import type { BankKey } from '../../shared/schema';
import { SEED_BANK } from '../../shared/questions';
import { appendRecords, type Doc, type Table } from '../sheet';

/** Set up tracker's step, given the bank as it just read it; returns how many rows were written (0 when the bank already has rows). */
export function seedQuestionBank(_doc: Doc, table: Table<BankKey>): number {
  if (table.header.index.question < 0) return 0;
  if (table.raw.slice(1).some((row) => row.some((v) => v !== '' && v !== null))) return 0;
  // Blank rows left below the header would push the seed down: start right under it.
  table.rows.length = 0;
  table.raw.length = 1;
  return appendRecords(table, SEED_BANK) ? SEED_BANK.length : 0;
}
