// "Check question bank": the Question Bank's rows through the shared bank
// check, in one read, with each problem's cell so a click can select it.
import { BANK_COLUMNS, type BankKey } from '../../shared/schema';
import { checkBank, type BankProblemKind } from '../../shared/questions';
import { normaliseQuestion } from '../../shared/questions';
import type { BankCellTarget, BankCheckReport } from '../../shared/questions';
import { columnLetter, isBlankRecord, openDoc, requireTable, selectRange, tabName } from '../sheet';
import { UserError } from '../errors';

const FIELD_OF: Record<BankProblemKind, BankKey> = {
  'yes-no': 'question',
  'web-search': 'question',
  empty: 'question',
  placeholder: 'question',
  'next-steps': 'category',
  duplicate: 'question',
  category: 'category',
  priority: 'priority',
  goals: 'goals',
  stage: 'stage',
};

export function buildBankCheck(): BankCheckReport {
  const table = requireTable(openDoc(), 'bank');
  if (table.header.index.question < 0) throw new UserError(`The ${tabName(table.tab)} tab has no "Question" column. Run Set up tracker to repair it.`);
  const items = checkBank(table.rows).map((r) => {
    const row = r.index + 2;
    return {
      row,
      question: table.rows[r.index].question,
      problems: r.problems.map((p) => {
        const field = FIELD_OF[p.kind];
        const at = table.header.index[field];
        return {
          kind: p.kind,
          field,
          header: BANK_COLUMNS.find((c) => c.key === field)!.header,
          a1: at >= 0 ? `${columnLetter(at + 1)}${row}` : '',
          message: p.message,
          suggestion: p.suggestion ?? '',
        };
      }),
    };
  });
  return { tabName: tabName(table.tab), rowsChecked: table.rows.filter((r) => !isBlankRecord(r)).length, items };
}

/** Selects a problem's cell; the row is found again by its question text, since the bank has no IDs. */
export function selectBankProblemCell(target: BankCellTarget): { selected: string } {
  const doc = openDoc();
  const table = requireTable(doc, 'bank');
  const field = target.field as BankKey;
  const at = table.header.index[field];
  if (at === undefined || at < 0) throw new UserError(`The ${tabName(table.tab)} tab has no column for ${target.field}.`);
  const key = normaliseQuestion(target.question ?? '');
  const sameText = (i: number) => i >= 0 && i < table.rows.length && normaliseQuestion(table.rows[i].question) === key;
  let index = target.row - 2;
  if (!sameText(index)) index = table.rows.findIndex((_r, i) => sameText(i));
  if (index < 0) throw new UserError('That row has changed since the check. Run the check again.');
  return { selected: selectRange(table, index + 2, at + 1) };
}
