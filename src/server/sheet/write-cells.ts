// The one place the add-on's cell values reach Range.setValues: the range's
// number formats are read in the same batch, so text bound for a plain-text
// ('@') cell goes in without the apostrophe an ordinary cell needs.
import { forFormat, type Cell } from './cell-codec';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The automatic number format, under which a leading apostrophe is always taken off. */
const GENERAL = 'General';

/**
 * Writes a grid of toCell/keptCell values into a range of the same size: one
 * getNumberFormats and one setValues, and only when some text for a plain-text
 * cell begins with `'` or `=`, the formats set to automatic for those cells
 * around the write and put back right after (two setNumberFormats).
 */
export function setCells(range: Range, grid: Cell[][]): void {
  const formats = range.getNumberFormats();
  let general = false;
  const out = grid.map((row, r) =>
    row.map((v, c) => {
      const w = forFormat(v, formats[r]?.[c] ?? '');
      if (w.viaGeneral) general = true;
      return w;
    }),
  );
  if (!general) {
    range.setValues(out.map((row) => row.map((w) => w.value)) as unknown as string[][]);
    return;
  }
  range.setNumberFormats(out.map((row, r) => row.map((w, c) => (w.viaGeneral ? GENERAL : formats[r][c]))));
  range.setValues(out.map((row) => row.map((w) => w.value)) as unknown as string[][]);
  range.setNumberFormats(formats);
}
