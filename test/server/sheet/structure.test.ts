// Column widths in the fewest calls: every column ends at its own width, and a
// tab made now, whose columns all start at Sheets' default of 100 px, pays
// nothing for the columns meant to stay that wide.
import fc from 'fast-check';
import { createHarness, sheetWith } from '../../../fakes';
import { asTab } from '../../../src/server/sheet/handles';
import { DEFAULT_WIDTH, setColumnWidths, widthStrokes } from '../../../src/server/sheet/structure';

function widthsAfter(widths: number[], fresh: boolean): { seen: number[]; calls: number } {
  const h = createHarness();
  sheetWith(h, 'Tab', [['']]);
  const sheet = h.sheet('Tab');
  // The add-on's view of the tab: every call on it counted, as the bundle's are.
  const counted = h.rt.expose(sheet) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  h.calls.reset();
  setColumnWidths(asTab(counted), widths, 1, fresh);
  const calls = h.calls.total;
  return { seen: widths.map((_, i) => sheet.getColumnWidth(i + 1)), calls };
}

describe('column widths', () => {
  it('sets every column to its own width, on a used tab and on a new one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(60, 100, 120, 150, 200), { minLength: 1, maxLength: 12 }), (widths) => {
        expect(widthsAfter(widths, false).seen).toEqual(widths);
        expect(widthsAfter(widths, true).seen).toEqual(widths);
      }),
    );
  });

  it('on a new tab costs at most what it costs on a used one, and nothing for default-wide columns', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(60, 100, 120, 150, 200), { minLength: 1, maxLength: 12 }), (widths) => {
        const fresh = widthsAfter(widths, true).calls;
        expect(fresh).toBeLessThanOrEqual(widthsAfter(widths, false).calls);
        // Never more than one call per column that differs from the default.
        expect(fresh).toBeLessThanOrEqual(widths.filter((w) => w !== DEFAULT_WIDTH).length);
      }),
    );
  });

  it.each([
    [[100, 100, 100], 0],
    [[100, 150, 100], 1],
    [[150, 100, 150], 2],
    [[150, 150, 100, 120, 120], 2],
  ])('a new tab with widths %j takes %i calls', (widths, calls) => {
    expect(widthsAfter(widths, true).calls).toBe(calls);
  });

  it('a used tab takes a call even for default-wide columns (the student may have resized them)', () => {
    expect(widthsAfter([100, 100], false).calls).toBe(1);
    expect(widthStrokes([100, 100])).toEqual([{ start: 0, count: 2, width: 100 }]);
  });
});
