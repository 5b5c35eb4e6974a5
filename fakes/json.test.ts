// The workbench saves the fake document as JSON and restores it; nothing may be lost on the way.
/// <reference types="google-apps-script" />

import { chartsOn, createHarness, harnessFromJSON, readTab, sheetWith, validationJSON } from './index';

function populated() {
  const h = createHarness({ timeZone: 'America/Chicago' });
  const app = h.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Contacts');
  sheet.getRange('C:C').setNumberFormat('@');
  sheet.getRange('A1:D3').setValues([
    ['Name', 'Met', 'Phone', 'Link'],
    ['Ada', '2026-03-04', '0123', '=HYPERLINK("https://example.com","site")'],
    ['Bo', new Date(Date.UTC(2026, 10, 1, 17)), '+44 20', ''],
  ]);
  sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#e8f0fe');
  sheet.getRange('A2').setNote('met at fair');
  sheet.getRange('B2:B100').setDataValidation(app.newDataValidation().requireDateOnOrAfter(new Date(Date.UTC(2020, 0, 1))).setHelpText('A date').build());
  sheet.getRange('E2:E100').setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('A2:A3'), false).build());
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 180);
  sheet.hideColumns(4);
  sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenTextContains('x').setFontColor('#c5221f').setRanges([sheet.getRange('A2:A100')]).build()]);
  sheet.getRange('B2').activate();
  app.newDataValidation();
  (h.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties().setProperty('contactsTab', String(sheet.getSheetId()));
  return h;
}

describe('JSON round trip', () => {
  it('restores every tab, cell, format, rule, selection and property exactly', () => {
    const h = populated();
    const json = h.toJSON();
    const copy = harnessFromJSON(JSON.parse(JSON.stringify(json)));
    expect(copy.toJSON()).toEqual(json);
    expect(readTab(copy, 'Contacts')).toEqual(readTab(h, 'Contacts'));
  });

  it('writes dates as instants and keeps formulas with their values', () => {
    const json = populated().toJSON();
    const cells = json.sheets.find((s) => s.name === 'Contacts')!.cells;
    expect(cells.B2).toMatchObject({ value: { date: '2026-03-04T06:00:00.000Z' }, format: 'yyyy-mm-dd' }); // midnight in Chicago
    expect(cells.C2).toEqual({ value: '0123', format: '@' });
    expect(cells.D2).toEqual({ value: 'site', formula: '=HYPERLINK("https://example.com","site")' });
    expect(cells.A1).toMatchObject({ value: 'Name', fontWeight: 'bold', background: '#e8f0fe' });
    expect(cells.E2.validation).toEqual({ criteria: 'VALUE_IN_RANGE', values: [{ range: 'Contacts!A2:A3' }, false], allowInvalid: true, helpText: null });
    expect(json.documentProperties).toEqual({ contactsTab: String(json.sheets[1].id) });
    expect(json.activeSheet).toBe('Contacts');
  });

  it('restores validation rules the bundle can read back', () => {
    const copy = harnessFromJSON(populated().toJSON());
    const rule = copy.sheet('Contacts').getRange('B50').getDataValidation()!;
    expect(validationJSON(rule)).toEqual({ criteria: 'DATE_ON_OR_AFTER', values: [{ date: '2020-01-01T00:00:00.000Z' }], allowInvalid: true, helpText: 'A date' });
    expect((rule.getCriteriaValues()[0] as Date).getTime()).toBe(Date.UTC(2020, 0, 1));
  });

  it('keeps charts with their ids, so the add-on can find and update them after a restore', () => {
    const h = populated();
    const sheet = h.sheet('Contacts') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const charts = h.globals.Charts as GoogleAppsScript.Charts.Charts;
    sheet.insertChart(sheet.newChart().setChartType(charts.ChartType.BAR).addRange(sheet.getRange('A1:C3')).setNumHeaders(1)
      .setPosition(2, 6, 5, 10).setOption('title', 'Funnel').setOption('legend', { position: 'bottom' }).build());
    const id = sheet.getCharts()[0].getChartId()!;
    const json = JSON.parse(JSON.stringify(h.toJSON())) as ReturnType<typeof h.toJSON>;
    expect(json.sheets.find((s) => s.name === 'Contacts')!.charts).toEqual([{
      id, type: 'BAR', ranges: ['Contacts!A1:C3'], anchorRow: 2, anchorCol: 6, offsetX: 5, offsetY: 10, numHeaders: 1,
      options: { title: 'Funnel', legend: { position: 'bottom' } },
    }]);

    const copy = harnessFromJSON(json);
    expect(copy.toJSON()).toEqual(json);
    const again = copy.sheet('Contacts') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const [chart] = again.getCharts();
    expect([chart.getChartId(), chart.getContainerInfo().getAnchorColumn(), chart.getOptions().get('title'), chart.getRanges()[0].getA1Notation()]).toEqual([id, 6, 'Funnel', 'A1:C3']);
    again.updateChart(chart.modify().setOption('title', 'Outreach').build());
    expect(chartsOn(copy.sheet('Contacts'))).toMatchObject([{ id, options: { title: 'Outreach' } }]);
    // A chart added after the restore gets an id of its own.
    again.insertChart(again.newChart().asColumnChart().addRange(again.getRange('A1:B3')).build());
    expect(new Set(again.getCharts().map((c) => c.getChartId())).size).toBe(2);
  });

  it('starts a plain harness with one empty Sheet1, like a new spreadsheet', () => {
    const h = createHarness();
    expect(h.toJSON().sheets.map((s) => [s.name, s.id, s.maxRows, s.maxColumns])).toEqual([['Sheet1', 0, 1000, 26]]);
    sheetWith(h, 'Sheet1', [['a']]);
    expect(readTab(h, 'Sheet1')).toEqual([['a']]);
  });
});
