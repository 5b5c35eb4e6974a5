// The fake Sheet: bounds, tab names, and structural edits that carry per-cell state like Sheets.
/// <reference types="google-apps-script" />

import { createHarness, readTab, ruleJSON, sheetWith, sortTab, validationJSON } from './index';

function setup() {
  const h = createHarness();
  const app = h.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { h, app, ss };
}

describe('getRange bounds', () => {
  it('throws Apps Script errors outside the sheet or below row/column 1', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('B2:C').getA1Notation()).toBe('B2:C1000');
  });

  it('throws errors that are instances of Error', () => {
    const { ss } = setup();
    let caught: unknown;
    try { ss.getSheets()[0].getRange(0, 1); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('Exception');
  });
});

describe('tabs', () => {
  it('refuses duplicate names on insert and rename, ignoring case', () => {
    const { ss } = setup();
    ss.insertSheet('Contacts');
    expect(() => ss.insertSheet('contacts')).toThrow('A sheet with the name "contacts" already exists. Please enter another name.');
    const other = ss.insertSheet();
    expect(other.getName()).toBe('Sheet3');
    expect(() => other.setName('Contacts')).toThrow('already exists');
  });

  it('resolves sheet-qualified A1 notation, quoted names included', () => {
    const { ss } = setup();
    ss.insertSheet('Question Bank');
    const r = ss.getRange("'Question Bank'!B2:C3");
    expect([r.getSheet().getName(), r.getA1Notation()]).toEqual(['Question Bank', 'B2:C3']);
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
  });

  it('gives each tab a stable unique id and a 1-based index; a new tab becomes active', () => {
    const { ss } = setup();
    const first = ss.getSheets()[0];
    const b = ss.insertSheet('B', 0);
    expect(first.getSheetId()).toBe(0);
    expect(b.getSheetId()).not.toBe(0);
    expect(ss.getSheetById(b.getSheetId())!.getName()).toBe('B');
    expect(b.getIndex()).toBe(1);
    expect(first.getIndex()).toBe(2);
    expect(ss.getActiveSheet().getName()).toBe('B');
  });

  it('reports the last row and column with content', () => {
    const { h, ss } = setup();
    sheetWith(h, 'Sheet1', [['a', '', 'c'], ['', '', '']]);
    const sheet = ss.getSheetByName('Sheet1')!;
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C1');
  });
});

describe('structural edits move per-cell state with the cells', () => {
  function seeded() {
    const s = setup();
    sheetWith(s.h, 'Contacts', [['Name', 'Phone', 'Status'], ['Ada', '0123', 'Met']]);
    const sheet = s.ss.getSheetByName('Contacts')!;
    sheet.getRange('B:B').setNumberFormat('@').setBackground('#FFEEDD');
    sheet.getRange('B2').setNote('mobile');
    sheet.getRange('C2:C10').setDataValidation(s.app.newDataValidation().requireValueInList(['Met', 'To contact']).build());
    sheet.getRange('A1:C1').setFontWeight('bold');
    sheet.setConditionalFormatRules([
      s.app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').setRanges([sheet.getRange('C2:C10')]).build(),
    ]);
    return { ...s, sheet };
  }

  it('insertColumnBefore shifts values, formats, notes, validations and rules right', () => {
    const { sheet } = seeded();
    sheet.insertColumnBefore(2);
    expect(sheet.getRange('A2:D2').getValues()).toEqual([['Ada', '', '0123', 'Met']]);
    expect(sheet.getRange('C2').getNumberFormat()).toBe('@');
    expect(sheet.getRange('C2').getBackground()).toBe('#ffeedd');
    expect(sheet.getRange('C2').getNote()).toBe('mobile');
    expect(sheet.getRange('D1').getFontWeight()).toBe('bold');
    expect(validationJSON(sheet.getRange('D3').getDataValidation() as never)).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [['Met', 'To contact'], true] });
    expect(sheet.getRange('C3').getDataValidation()).toBeNull();
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('D2:D10');
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it('an inserted column inherits formats (not values or notes) from its neighbour, like Sheets', () => {
    const { sheet } = seeded();
    sheet.insertColumnAfter(2);
    expect(sheet.getRange('C2').getNumberFormat()).toBe('@');
    expect(sheet.getRange('C2').getValue()).toBe('');
    expect(sheet.getRange('C2').getNote()).toBe('');
  });

  it('deleteColumn and moveColumns carry state; rules on deleted cells disappear', () => {
    const { sheet } = seeded();
    sheet.moveColumns(sheet.getRange('C1'), 1);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([['Status', 'Name', 'Phone'], ['Met', 'Ada', '0123']]);
    expect(sheet.getRange('C2').getNote()).toBe('mobile');
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:A10');
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Name', 'Phone']]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('deleteRow shifts rows up and refuses to delete every row', () => {
    const { sheet } = seeded();
    sheet.deleteRow(1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Ada', '0123', 'Met']]);
    expect(sheet.getRange('B1').getNote()).toBe('mobile');
    expect(() => sheet.deleteRows(1, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('sorting data rows as a user would keeps each row whole', () => {
    const { h, sheet } = seeded();
    sheet.appendRow(['Bob', '0999', 'To contact']); // column B is '@': stays text
    sheet.getRange('B3').setNote('work');
    sortTab(h, 'Contacts', 'Name', false);
    expect(readTab(h, 'Contacts')).toEqual([['Name', 'Phone', 'Status'], ['Bob', '0999', 'To contact'], ['Ada', '0123', 'Met']]);
    expect(sheet.getRange('B2:B3').getNotes()).toEqual([['work'], ['mobile']]);
  });

  it('frozen rows cannot cover the whole sheet', () => {
    const { sheet } = seeded();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(() => sheet.setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
  });
});

describe('conditional format rules', () => {
  it('record their condition, format and ranges for inspection', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=$A2<TODAY()').setBackground('#FCE8E6').setFontColor('#c5221f')
      .setBold(true).setRanges([sheet.getRange('A2:F500')]).build();
    sheet.setConditionalFormatRules([rule]);
    const [got] = sheet.getConditionalFormatRules();
    const cond = got.getBooleanCondition()!;
    expect(cond.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(cond.getCriteriaValues()).toEqual(['=$A2<TODAY()']);
    expect(cond.getBackground()).toBe('#fce8e6');
    // getBackgroundObject() is newer than @types/google-apps-script
    expect((cond as unknown as { getBackgroundObject(): { asRgbColor(): { asHexString(): string } } }).getBackgroundObject().asRgbColor().asHexString()).toBe('#fce8e6');
    expect(ruleJSON(got as never)).toEqual({ ranges: ['Sheet1!A2:F500'], criteria: 'CUSTOM_FORMULA', values: ['=$A2<TODAY()'], format: { background: '#fce8e6', fontColor: '#c5221f', bold: true } });
  });
});
