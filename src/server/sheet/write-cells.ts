// The one place the add-on's cell values reach Range.setValues: the range's
// number formats are read in the same batch, so text bound for a plain-text
// ('@') cell goes in without the apostrophe an ordinary cell needs.
import { forFormat, type Cell } from './cell-codec';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Writes a grid of toCell/keptCell values into a range of the same size (one getNumberFormats, one setValues). */
export function setCells(range: Range, grid: Cell[][]): void {
  const formats = range.getNumberFormats();
  const out = grid.map((row, r) => row.map((v, c) => forFormat(v, formats[r]?.[c] ?? '')));
  range.setValues(out as unknown as string[][]);
}
