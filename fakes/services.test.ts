// Properties, locks, triggers, Utilities, Session and HtmlService keep Apps Script's limits.
/// <reference types="google-apps-script" />

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHarness } from './index';

type G = {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};

function setup(options = {}) {
  const h = createHarness(options);
  return { h, g: h.globals as unknown as G };
}

describe('PropertiesService', () => {
  it('stores strings, stringifying other values', () => {
    const { h, g } = setup();
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperty('n', 3 as never).setProperties({ a: 'x', b: true as never });
    expect(props.getProperties()).toEqual({ n: '3', a: 'x', b: 'true' });
    expect(h.properties.document.get('b')).toBe('true');
    props.setProperties({ only: '1' }, true);
    expect(props.getKeys()).toEqual(['only']);
    expect(props.getProperty('missing')).toBeNull();
  });

  it('refuses a value over 9 KB and a store over 500 KB, changing nothing', () => {
    const { h, g } = setup();
    const props = g.PropertiesService.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024))).toThrow('Argument too large: value');
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'x'.repeat(9000)); // 56 x 9,003 bytes < 500 KB
    expect(() => props.setProperty('k56', 'x'.repeat(9000))).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(h.properties.script.has('k56')).toBe(false);
  });

  it('keeps user properties per user and document properties shared', () => {
    const { h, g } = setup();
    g.PropertiesService.getUserProperties().setProperty('theme', 'dark');
    g.PropertiesService.getDocumentProperties().setProperty('tabs', '1');
    h.setUser('other@example.com');
    expect(g.PropertiesService.getUserProperties().getProperty('theme')).toBeNull();
    expect(g.PropertiesService.getDocumentProperties().getProperty('tabs')).toBe('1');
    expect(h.properties.userOf('student@example.com').get('theme')).toBe('dark');
  });
});

describe('LockService', () => {
  it('blocks a second execution while the first holds the document lock', () => {
    const { h, g } = setup();
    const first = h.beginExecution();
    const lock = g.LockService.getDocumentLock();
    lock.waitLock(10000);
    expect(lock.hasLock()).toBe(true);

    h.beginExecution();
    expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => g.LockService.getDocumentLock().waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);

    h.endExecution(first); // Apps Script releases a finished execution's locks
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp triggers under add-on limits', () => {
  it('allows one time-driven trigger per user per document', () => {
    const { h, g } = setup();
    g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).nearMinute(30).inTimezone('America/New_York').create();
    expect(() => g.ScriptApp.newTrigger('other').timeBased().everyHours(6).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.');
    expect(h.triggers).toEqual([expect.objectContaining({ handler: 'daily', eventType: 'CLOCK', user: 'student@example.com',
      schedule: { everyDays: 1, atHour: 7, nearMinute: 30, timezone: 'America/New_York' } })]);
    h.setUser('friend@example.com');
    g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('refuses schedules more often than hourly and odd hour steps', () => {
    const { g } = setup();
    const clock = () => g.ScriptApp.newTrigger('f').timeBased();
    expect(() => clock().everyMinutes(5)).toThrow(/once per hour/);
    expect(() => clock().everyHours(3)).toThrow(/1, 2, 4, 6, 8 or 12/);
    expect(() => clock().create()).toThrow(/no schedule/);
  });

  it('creates, lists and deletes spreadsheet triggers', () => {
    const { h, g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    const t = g.ScriptApp.newTrigger('onEditTrigger').forSpreadsheet(ss).onEdit().create();
    expect(String(t.getEventType())).toBe('ON_EDIT');
    expect(t.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.SPREADSHEETS);
    const [listed] = g.ScriptApp.getUserTriggers(ss);
    expect(listed.getUniqueId()).toBe(t.getUniqueId());
    g.ScriptApp.deleteTrigger(listed);
    expect(h.triggers).toEqual([]);
  });
});

describe('Utilities', () => {
  it('formats dates in real time zones across a DST change in New York', () => {
    const { g } = setup();
    const before = new Date(Date.UTC(2026, 2, 8, 6, 59)); // 01:59 EST
    const after = new Date(Date.UTC(2026, 2, 8, 7, 0)); // 03:00 EDT
    const p = "yyyy-MM-dd'T'HH:mm:ss Z z";
    expect(g.Utilities.formatDate(before, 'America/New_York', p)).toBe('2026-03-08T01:59:00 -0500 EST');
    expect(g.Utilities.formatDate(after, 'America/New_York', p)).toBe('2026-03-08T03:00:00 -0400 EDT');
    expect(g.Utilities.formatDate(after, 'Europe/London', 'EEE, d MMM yy h:mm a')).toBe('Sun, 8 Mar 26 7:00 AM');
    expect(g.Utilities.formatDate(after, 'Asia/Kolkata', 'EEEE MMMM dd HH:mm XXX')).toBe('Sunday March 08 12:30 +05:30');
  });

  it('refuses a non-Date like Apps Script', () => {
    const { g } = setup();
    expect(() => g.Utilities.formatDate('2026-03-08' as never, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
  });

  it('parses CSV with quotes, embedded commas and newlines', () => {
    const { g } = setup();
    expect(g.Utilities.parseCsv('Name,Note\n"Lee, Ann","said ""hi""\nthen left"\r\nBo,')).toEqual([
      ['Name', 'Note'], ['Lee, Ann', 'said "hi"\nthen left'], ['Bo', '']]);
    expect(g.Utilities.parseCsv('a;b', ';')).toEqual([['a', 'b']]);
  });

  it('gives deterministic UUIDs and refuses sleeping past 5 minutes', () => {
    const a = setup().g.Utilities.getUuid();
    expect(setup().g.Utilities.getUuid()).toBe(a);
    expect(() => setup().g.Utilities.sleep(300001)).toThrow();
  });
});

describe('Session', () => {
  it('reports the script zone from options and the user (withheld in LIMITED)', () => {
    const { h, g } = setup({ scriptTimeZone: 'Europe/Paris', user: 'me@example.com' });
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(g.Session.getActiveUser().getEmail()).toBe('me@example.com');
    h.setAuthMode('LIMITED');
    expect(g.Session.getActiveUser().getEmail()).toBe('');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('me@example.com');
  });
});

describe('HtmlService', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gas-html-'));
  fs.writeFileSync(path.join(dir, 'Page.html'), '<h1><?= title ?></h1><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>.<? } ?>');

  it('reads <name>.html from the dist folder and fails like Apps Script when missing', () => {
    const { g } = setup({ distDir: dir });
    expect(g.HtmlService.createHtmlOutputFromFile('Page').getContent()).toContain('<h1>');
    expect(() => g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('evaluates templates: <?= ?> escapes, <?!= ?> does not, scriptlets run', () => {
    const { g } = setup({ distDir: dir });
    const t = g.HtmlService.createTemplateFromFile('Page') as unknown as Record<string, unknown> & GoogleAppsScript.HTML.HtmlTemplate;
    t.title = '<img src=x onerror=alert(1)>';
    t.raw = '<b>ok</b>';
    expect(t.evaluate().getContent()).toBe('<h1>&lt;img src=x onerror=alert(1)&gt;</h1><b>ok</b>..');
  });
});

describe('Ui', () => {
  it('records menus with sub-menus, and alerts/prompts answered from a queue', () => {
    const { h, g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Set up', 'setUp').addSubMenu(ui.createMenu('More').addItem('Help', 'help')).addToUi();
    expect(h.ui.menus[0].items[1]).toEqual({ subMenu: { name: 'More', addon: false, items: [{ caption: 'Help', functionName: 'help' }] } });
    h.ui.responses.push({ button: 'NO' }, { button: 'OK', text: 'Ada' });
    expect(ui.alert('Delete?', 'Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const answer = ui.prompt('Name?');
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Ada', ui.Button.OK]);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(h.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([['Delete?', 'Really?', 'YES_NO', 'NO'], ['', 'Done', 'OK', 'OK']]);
    g.SpreadsheetApp.getActive().toast('Saved', 'Info Interviews');
    expect(h.ui.toasts).toEqual([{ message: 'Saved', title: 'Info Interviews', timeoutSeconds: 5 }]);
  });
});

describe('spreadsheet time zone', () => {
  it('keeps the calendar day of date cells when the zone changes, as Sheets does', () => {
    const { g } = setup({ timeZone: 'America/New_York' });
    const ss = g.SpreadsheetApp.getActive();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue('2026-07-01');
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(cell.getDisplayValue()).toBe('2026-07-01');
    expect((cell.getValue() as Date).toISOString()).toBe('2026-06-30T15:00:00.000Z');
  });
});
