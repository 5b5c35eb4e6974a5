// The add-on's conditional-format highlights on Contacts: three rules on the
// whole rows, rebuilt by set-up without duplicates, the user's own rules kept.
import { ruleJSON, sheetWith } from '../../../fakes';
import { addon, contactRow, CONTACT_HEADERS, type Addon } from '../support';

const letter = (header: string) => String.fromCharCode(65 + CONTACT_HEADERS.indexOf(header));
const rulesOf = (a: Addon) => a.h.sheet('Contacts').getConditionalFormatRules().map((r) => ruleJSON(r as never));
const ours = (a: Addon) => rulesOf(a).filter((r) => /TODAY\(\)/.test(String(r.values[0])));

function tracker(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Ana Ruiz', status: 'Met' })]);
  a.main.menuSetUpTracker();
  return a;
}

describe('highlights', () => {
  it('are three whole-row rules: overdue, due today and upcoming meeting, in three colours', () => {
    const a = tracker();
    const sheet = a.h.sheet('Contacts');
    const whole = `Contacts!A2:${String.fromCharCode(64 + sheet.getMaxColumns())}${sheet.getMaxRows()}`;
    const due = `$${letter('Action due')}2`;
    const meeting = `$${letter('Meeting date')}2`;
    expect(rulesOf(a)).toEqual([
      { ranges: [whole], criteria: 'CUSTOM_FORMULA', values: [`=AND(${due}<>"",${due}<TODAY())`], format: { background: '#f4c7c3' } },
      { ranges: [whole], criteria: 'CUSTOM_FORMULA', values: [`=AND(${due}<>"",${due}=TODAY())`], format: { background: '#fce8b2' } },
      { ranges: [whole], criteria: 'CUSTOM_FORMULA', values: [`=AND(${meeting}<>"",${meeting}>=TODAY(),${meeting}<=TODAY()+2)`], format: { background: '#c6dafc' } },
    ]);
  });

  it('are not duplicated by re-running set-up, and the user’s own rule and colours survive', () => {
    const a = tracker();
    // The user's own rule, made as they would in Format > Conditional formatting.
    const app = a.h.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Contacts')!;
    const statusCol = CONTACT_HEADERS.indexOf('Status') + 1;
    const userRule = app.newConditionalFormatRule().whenTextEqualTo('Declined').setBackground('#cccccc').setRanges([sheet.getRange(2, statusCol, 50, 1)]).build();
    sheet.setConditionalFormatRules([userRule, ...sheet.getConditionalFormatRules()]);
    sheet.getRange(2, 2).setBackground('#ffff00');
    for (let i = 0; i < 3; i++) a.main.menuSetUpTracker();
    const all = rulesOf(a);
    expect(all).toHaveLength(4);
    expect(ours(a)).toHaveLength(3);
    expect(all[0]).toEqual(ruleJSON(userRule as never));
    expect(sheet.getRange(2, 2).getBackground()).toBe('#ffff00');
  });

  it('follow a moved Action due column when set-up runs again', () => {
    const a = tracker();
    const sheet = a.h.sheet('Contacts');
    sheet.insertColumnsBefore(1, 1);
    sheet.getRange(1, 1).setValue('My own column');
    a.main.menuSetUpTracker();
    const dueLetter = String.fromCharCode(65 + CONTACT_HEADERS.indexOf('Action due') + 1);
    expect(ours(a)).toHaveLength(3);
    expect(ours(a)[0].values[0]).toBe(`=AND($${dueLetter}2<>"",$${dueLetter}2<TODAY())`);
  });

  it('are written only when something changed, and stretched to rows added since set-up by the next check', () => {
    const a = tracker();
    a.h.calls.reset();
    a.main.menuSetUpTracker();
    expect(a.h.calls.byMethod['Sheet.setConditionalFormatRules']).toBeUndefined();
    const sheet = a.h.sheet('Contacts');
    sheet.insertRowsAfter(sheet.getMaxRows(), 100);
    a.api.refreshFollowUps();
    expect(ours(a).every((r) => r.ranges[0].endsWith(String(sheet.getMaxRows())))).toBe(true);
  });
});
