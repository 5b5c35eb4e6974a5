// A tab's size, asked once an execution and kept right through the add-on's
// own inserts and deletes, so set-up's steps share one getMaxRows.
import { createHarness, sheetWith } from '../../../fakes';
import { deleteRows, insertColumnsAfter, insertRowsAfter, insertRowsBefore, maxColumnsOf, maxRowsOf } from '../../../src/server/sheet/size';

function tab() {
  const h = createHarness();
  sheetWith(h, 'Tab', [['a', 'b'], ['1', '2']]);
  const sheet = h.rt.expose(h.sheet('Tab')) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  h.calls.reset();
  return { h, sheet };
}

describe("a tab's size", () => {
  it('is asked of Sheets once', () => {
    const { h, sheet } = tab();
    const rows = maxRowsOf(sheet);
    expect(maxRowsOf(sheet)).toBe(rows);
    expect(maxColumnsOf(sheet)).toBe(maxColumnsOf(sheet));
    expect(h.calls.byMethod['Sheet.getMaxRows']).toBe(1);
    expect(h.calls.byMethod['Sheet.getMaxColumns']).toBe(1);
  });

  it('follows the rows and columns the add-on inserts and deletes, without asking again', () => {
    const { h, sheet } = tab();
    const rows = maxRowsOf(sheet);
    const cols = maxColumnsOf(sheet);
    insertRowsAfter(sheet, rows, 100);
    insertRowsBefore(sheet, 2, 3);
    deleteRows(sheet, 5, 2);
    insertColumnsAfter(sheet, cols, 4);
    expect(maxRowsOf(sheet)).toBe(rows + 101);
    expect(maxColumnsOf(sheet)).toBe(cols + 4);
    expect(h.calls.byMethod['Sheet.getMaxRows']).toBe(1);
    // What Sheets itself says.
    expect(h.sheet('Tab').getMaxRows()).toBe(rows + 101);
    expect(h.sheet('Tab').getMaxColumns()).toBe(cols + 4);
  });

  it('is not known before it is asked: an insert on a tab never measured costs no extra call', () => {
    const { h, sheet } = tab();
    insertRowsAfter(sheet, 2, 10);
    expect(h.calls.byMethod['Sheet.getMaxRows']).toBeUndefined();
    expect(maxRowsOf(sheet)).toBe(h.sheet('Tab').getMaxRows());
  });
});
