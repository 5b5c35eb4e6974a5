// A tab's size as this execution last learnt it, so two steps of one action
// (set-up's column rules, then its highlights) ask Sheets once. Every change of
// size the add-on makes goes through the functions here, which keep it right;
// a handle not seen before simply asks. (Apps Script may hand out another
// object for the same tab; that one asks too.)
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Size {
  rows?: number;
  cols?: number;
}

const sizes = new WeakMap<object, Size>();

function sizeOf(sheet: Sheet): Size {
  let s = sizes.get(sheet);
  if (!s) sizes.set(sheet, (s = {}));
  return s;
}

export function maxRowsOf(sheet: Sheet): number {
  const s = sizeOf(sheet);
  return (s.rows ??= sheet.getMaxRows());
}

export function maxColumnsOf(sheet: Sheet): number {
  const s = sizeOf(sheet);
  return (s.cols ??= sheet.getMaxColumns());
}

export function insertRowsAfter(sheet: Sheet, after: number, count: number): void {
  sheet.insertRowsAfter(after, count);
  const s = sizes.get(sheet);
  if (s?.rows !== undefined) s.rows += count;
}

export function insertRowsBefore(sheet: Sheet, before: number, count: number): void {
  sheet.insertRowsBefore(before, count);
  const s = sizes.get(sheet);
  if (s?.rows !== undefined) s.rows += count;
}

export function deleteRows(sheet: Sheet, row: number, count: number): void {
  sheet.deleteRows(row, count);
  const s = sizes.get(sheet);
  if (s?.rows !== undefined) s.rows -= count;
}

export function insertColumnsAfter(sheet: Sheet, after: number, count: number): void {
  sheet.insertColumnsAfter(after, count);
  const s = sizes.get(sheet);
  if (s?.cols !== undefined) s.cols += count;
}
