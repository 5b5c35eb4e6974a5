// Seeds the Question Bank tab (lands with the question-list feature).
import type { Doc } from './gateway';
import type { SetupReport } from './setup';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function seedQuestionBank(_doc: Doc, _bank: Sheet, _report: SetupReport): void {}
