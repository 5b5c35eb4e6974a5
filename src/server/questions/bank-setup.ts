// Seeds the Question Bank tab with the starter questions, once: only a bank
// with no data rows is filled, so a bank the user has edited is never touched.
import type { BankKey } from '../../shared/schema';
import { SEED_BANK } from '../../shared/questions';
import { appendRecords, noteHeader, type Doc, type Table } from '../sheet';

/** Set up tracker's step, given the bank as it just read it; returns how many rows were written (0 when the bank already has rows). */
export function seedQuestionBank(_doc: Doc, table: Table<BankKey>): number {
  if (table.header.index.question < 0) return 0;
  if (table.raw.slice(1).some((row) => row.some((v) => v !== '' && v !== null))) return 0;
  // Blank rows left below the header would push the seed down: start right under it.
  table.rows.length = 0;
  table.raw.length = 1;
  return appendRecords(table, SEED_BANK) ? SEED_BANK.length : 0;
}

/**
 * The Question header's note: what the braces and brackets in the starter
 * questions do, so a student who opens the tab reads them as a template and
 * can write their own.
 */
export const BANK_PLACEHOLDER_NOTE = [
  'How these questions are filled in when you prepare questions for a contact:',
  '{title}, {company} and {industry} become that contact\'s Title, Company and Industry ("at {company}" reads "at Stripe"). When the contact\'s row has none, they read "your role", "your organisation", "your industry".',
  '[ … ] is an optional part, left out when the contact\'s row lacks what is inside: "for you[ as a {title}]?" reads "for you as a Data Analyst?", or "for you?" without a Title.',
  'Edit, add or delete rows freely: this tab is yours.',
].join('\n\n');

/** Set up tracker's step: explains the placeholders on the Question header, unless the cell has a note already (a `blank` tab, made now, has none). */
export function noteBankPlaceholders(table: Table<BankKey>, blank = false): void {
  noteHeader(table, 'question', BANK_PLACEHOLDER_NOTE, blank);
}
