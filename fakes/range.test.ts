// The fake Range is as strict as Sheets: writes are parsed like typed input, shapes must match.
/// <reference types="google-apps-script" />

import { createHarness, sheetWith } from './index';

// The bundle-facing view: what dist/Code.js would call (counted, auth-checked, realm errors).
function setup(options = {}) {
  const h = createHarness(options);
  const app = h.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
  return { h, app, sheet };
}

describe('Range.setValues', () => {
  it('rejects data whose rows or columns do not match the range', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => sheet.getRange(1, 1, 1, 3).setValues([[1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
  });

  it('rejects a 1-D array like Apps Script does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as never)).toThrow("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });

  it.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a plain object', { a: 1 }],
  ])('rejects %s as a cell value and writes nothing', (_label, bad) => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', bad]])).toThrow(/Cannot convert/);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});

describe('typed-input parsing of strings', () => {
  it('stores "=..." as a formula; reading it back never gives the text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=IMPORTXML("http://evil")');
    expect(sheet.getRange('A1').getFormula()).toBe('=IMPORTXML("http://evil")');
    expect(sheet.getRange('A1').getValue()).toBe('#NAME?');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#NAME?');
  });

  it('treats a leading apostrophe as "literal text" and drops it from values and display', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'0123", "'+44 20"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '0123', '+44 20']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['=1+1', '0123', '+44 20']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('turns +/- followed by a name into a formula, but keeps phone-like text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['-Bob', '+A1', '+44 20 7946 0958', '-5']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['=-Bob', '=+A1', '', '']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#NAME?', '#NAME?', '+44 20 7946 0958', -5]]);
  });

  it('turns numeric text into numbers, losing leading zeros (why phone columns need "@")', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['0123', '1e3', '+447911123456', '1,234.5']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[123, 1000, 447911123456, 1234.5]]);
  });

  it('reads TRUE/FALSE as booleans', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['TRUE', 'false']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[true, false]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['TRUE', 'FALSE']]);
  });

  it('keeps text as typed in a plain-text ("@") cell, except that "=" still makes a formula', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:D1').setNumberFormat('@');
    r.setValues([['0123', '2026-03-04', 'TRUE', '=A2']]);
    expect(r.getValues()).toEqual([['0123', '2026-03-04', 'TRUE', '#NAME?']]);
    expect(r.getFormulas()).toEqual([['', '', '', '=A2']]);
  });

  it('stores a date-like string as midnight of that day in the spreadsheet zone, not the script zone', () => {
    const { h, sheet } = setup({ timeZone: 'Asia/Tokyo', scriptTimeZone: 'America/Los_Angeles' });
    sheet.getRange('A1:B1').setValues([['2026-03-04', '3/4/2026']]);
    const [[a, b]] = sheet.getRange('A1:B1').getValues() as Date[][];
    expect(a).toBeInstanceOf(h.Date);
    expect(a.toISOString()).toBe('2026-03-03T15:00:00.000Z'); // 00:00 in Tokyo
    expect(b.getTime()).toBe(a.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-03-04');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('3/4/2026');
  });

  it('leaves impossible dates as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('2026-02-30');
    expect(sheet.getRange('A1').getValue()).toBe('2026-02-30');
  });
});

describe('dates and display values', () => {
  it('stores a JS Date as an instant and returns a fresh Date of the shared class', () => {
    const { h, sheet } = setup();
    const d = new Date(Date.UTC(2026, 2, 8, 12));
    sheet.getRange('A1').setValue(d);
    const out = sheet.getRange('A1').getValue() as Date;
    expect(out).not.toBe(d);
    expect(out).toBeInstanceOf(h.Date);
    expect(out.getTime()).toBe(d.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-03-08 08:00:00');
  });

  it('formats dates with the cell number format', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1');
    r.setValues([['2026-03-04', '2026-03-04', '2026-03-04']]);
    r.setNumberFormats([['yyyy-mm-dd', 'M/d/yyyy', 'yyyy-MM-dd']]);
    expect(r.getDisplayValues()).toEqual([['2026-03-04', '3/4/2026', '2026-03-04']]);
  });

  it('formats numbers with the cell number format', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:D1');
    r.setValues([[1234.5, 0.25, 7, 0.1 + 0.2]]);
    r.setNumberFormats([['#,##0.00', '0%', '000', '0.###############']]);
    expect(r.getDisplayValues()).toEqual([['1,234.50', '25%', '007', '0.3']]);
  });

  it('returns copies: mutating getValues() does not change the sheet; empty cells are ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x');
    const values = sheet.getRange('A1:B1').getValues();
    values[0][0] = 'changed';
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['x', '']]);
  });
});

describe('data validation on write', () => {
  it('rejects a value outside a list that does not allow invalid input', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['A', 'B', 'C']).setAllowInvalid(false).build();
    sheet.getRange('A2:A10').setDataValidation(rule);
    sheet.getRange('A2').setValue('B');
    expect(() => sheet.getRange('A3').setValue('Z')).toThrow('The data you entered in cell A3 violates the data validation rules set on this cell.');
  });

  it('lets a warning-only rule accept anything', () => {
    const { app, sheet } = setup();
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireTextIsEmail().build());
    sheet.getRange('A2').setValue('not an email');
    expect(sheet.getRange('A2').getValue()).toBe('not an email');
  });
});

describe('Node-side seeding', () => {
  it('sheetWith writes raw values: text stays text and dates stay dates', () => {
    const h = createHarness();
    const d = new Date(Date.UTC(2026, 0, 2));
    const sheet = sheetWith(h, 'Contacts', [['Phone', 'Met'], ['0123', d], ['=x', '']]);
    expect(sheet.getRange('A2:B3').getValues()).toEqual([['0123', d], ['=x', '']]);
    expect(sheet.getRange('A3').getFormula()).toBe('');
    expect(h.calls.total).toBe(0);
  });
});
