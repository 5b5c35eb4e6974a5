// Loading a bundle over the fakes: the context has only Apps Script globals, AuthMode rules apply,
// calls are counted, and the bundle and the fakes share one (optionally clocked) Date class.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHarness, loadBundle, openDocument, runFunction } from './index';

function bundle(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gas-fake-'));
  const file = path.join(dir, 'Code.js');
  fs.writeFileSync(file, code);
  fs.writeFileSync(path.join(dir, 'Other.js'), 'function other() { return "must not load"; }');
  fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Hello</p>');
  return file;
}

const MISSING = ['URL', 'URLSearchParams', 'setTimeout', 'setInterval', 'clearTimeout', 'fetch', 'TextEncoder', 'TextDecoder',
  'atob', 'btoa', 'process', 'require', 'module', 'exports', 'Buffer', 'window', 'global', 'self', 'document', 'crypto',
  'structuredClone', 'queueMicrotask', 'setImmediate', '__dirname'];
const PRESENT = ['SpreadsheetApp', 'PropertiesService', 'LockService', 'ScriptApp', 'Utilities', 'Session', 'HtmlService', 'Logger', 'console', 'Date'];

describe('the bundle context', () => {
  it('has the Apps Script globals and none of Node or the browser', () => {
    const file = bundle(`function probe(names) { var out = {}; names.forEach(function (n) { out[n] = eval('typeof ' + n); }); return out; }`);
    const gas = loadBundle(createHarness(), file);
    const missing = gas.probe(MISSING);
    expect(missing).toEqual(Object.fromEntries(MISSING.map((n) => [n, 'undefined'])));
    const present = gas.probe(PRESENT);
    expect(Object.values(present).every((t) => t === 'object' || t === 'function')).toBe(true);
    expect(typeof gas.other).toBe('undefined');
  });

  it('routes console and Logger to the harness log, not the terminal', () => {
    const h = createHarness();
    const gas = loadBundle(h, bundle(`function talk() { console.log('hi %s', 'there'); console.error('bad'); Logger.log('n=%s', 3); }`));
    gas.talk();
    expect(h.logs).toEqual([{ level: 'log', message: 'hi there' }, { level: 'error', message: 'bad' }, { level: 'Logger', message: 'n=3' }]);
  });

  it('throws service errors that the bundle sees as its own Error', () => {
    const gas = loadBundle(createHarness(), bundle(`function check() {
      try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; } }`));
    expect(gas.check()).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });

  it('hides internals: only Apps Script methods are visible on service objects', () => {
    const gas = loadBundle(createHarness(), bundle(`function peek() { var s = SpreadsheetApp.getActiveSheet();
      return [typeof s._grid, typeof s.rt, typeof s.getRange, typeof s.notAMethod, String(s)]; }`));
    expect(gas.peek()).toEqual(['undefined', 'undefined', 'function', 'undefined', 'Sheet']);
  });
});

describe('AuthMode', () => {
  const code = `
    function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Set up tracker', 'setUp').addSeparator().addToUi(); }
    function greedyOnOpen(e) { onOpen(e); return SpreadsheetApp.getActiveSpreadsheet().getName(); }
    function readProps() { return PropertiesService.getDocumentProperties().getProperty('x'); }
    function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Check')); }
    function userProps() { return PropertiesService.getUserProperties().getKeys(); }
    function trigger() { return ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create().getUniqueId(); }
    function modeName(e) { return String(e.authMode) + ':' + (e.authMode === ScriptApp.AuthMode.NONE); }`;

  it('NONE allows only getUi and the menu builder', () => {
    const h = createHarness({ authMode: 'NONE' });
    const gas = loadBundle(h, bundle(code));
    gas.onOpen(h.event());
    expect(h.ui.menus).toEqual([{ name: 'addon', addon: true, items: [{ caption: 'Set up tracker', functionName: 'setUp' }, { separator: true }] }]);
    expect(() => gas.greedyOnOpen(h.event())).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(() => gas.readProps()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties.');
    expect(gas.modeName(h.event())).toBe('NONE:true');
    expect(h.event().source).toBeUndefined();
  });

  it('LIMITED reads the document but shows no sidebar, makes no trigger, reads no user properties', () => {
    const h = createHarness({ authMode: 'LIMITED' });
    const gas = loadBundle(h, bundle(code));
    expect(gas.greedyOnOpen(h.event())).toBe('Info Interviews');
    expect(gas.readProps()).toBeNull();
    expect(() => gas.sidebar()).toThrow('You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui');
    expect(() => gas.trigger()).toThrow('You do not have permission to call ScriptApp.newTrigger.');
    expect(() => gas.userProps()).toThrow('You do not have permission to call PropertiesService.getUserProperties.');
  });

  it('FULL allows everything and records the sidebar', () => {
    const file = bundle(code);
    const h = createHarness({ distDir: path.dirname(file) });
    const gas = loadBundle(h, file);
    gas.sidebar();
    expect(h.ui.sidebars).toEqual([{ title: 'Check', html: '<p>Hello</p>', width: 300 }]);
    expect(gas.trigger()).toMatch(/^\d+$/);
  });

  it('openDocument runs onOpen in the mode given, then back to the previous mode', () => {
    const h = createHarness();
    const gas = loadBundle(h, bundle(code));
    openDocument(h, gas, 'NONE');
    expect(h.ui.menus).toHaveLength(1);
    expect(h.authMode).toBe('FULL');
    expect(() => runFunction(h, gas, 'setUp')).toThrow('Script function not found: setUp');
  });
});

describe('call counting', () => {
  it('counts every Spreadsheet service call by method, deterministically; Node-side reads are free', () => {
    const h = createHarness();
    const gas = loadBundle(h, bundle(`function work() { var s = SpreadsheetApp.getActiveSheet();
      var v = s.getDataRange().getValues(); s.getRange(1, 1, 1, 1).setValues([['x']]);
      SpreadsheetApp.newDataValidation().requireTextIsEmail().build(); PropertiesService.getDocumentProperties(); return v; }`));
    gas.work();
    h.spreadsheet.getSheets()[0].getDataRange().getValues();
    expect(h.calls.byMethod).toEqual({
      'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getDataRange': 1, 'Range.getValues': 1, 'Sheet.getRange': 1, 'Range.setValues': 1,
      'SpreadsheetApp.newDataValidation': 1, 'DataValidationBuilder.requireTextIsEmail': 1, 'DataValidationBuilder.build': 1,
      'PropertiesService.getDocumentProperties': 1,
    });
    expect(h.calls.total).toBe(8);
    expect(h.calls.io).toBe(6);
    h.calls.reset();
    expect(h.calls.total).toBe(0);
  });
});

describe('one Date class for the bundle and the fakes', () => {
  it('reads the fake clock in the bundle and in Utilities.formatDate', () => {
    const now = Date.UTC(2026, 2, 8, 6, 30); // 01:30 EST, before the DST switch in New York
    const h = createHarness({ now: () => now });
    const gas = loadBundle(h, bundle(`function today() { var d = new Date();
      return [d.getTime(), Date.now(), Utilities.formatDate(new Date(), 'America/New_York', "yyyy-MM-dd'T'HH:mm z"), d instanceof Date]; }`));
    expect(gas.today()).toEqual([now, now, '2026-03-08T01:30 EST', true]);
  });

  it('gives the bundle dates that pass its instanceof Date', () => {
    const h = createHarness();
    h.spreadsheet.getSheets()[0].getRange('A1').setValue(new Date(Date.UTC(2026, 0, 5)));
    const gas = loadBundle(h, bundle(`function isDate() { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue() instanceof Date; }`));
    expect(gas.isDate()).toBe(true);
  });
});
