// The add-on's highlight rules are recognised however Sheets hands their
// formula back (rows moved by an insert above, re-cased, a locale's `;`), so
// set-up and the check replace them in place and never add three more.
import { ruleJSON, sheetWith, type RealSheetsAssumptions } from '../../../fakes';
import { addon, contactRow, CONTACT_HEADERS, type Addon } from '../support';

const rulesOf = (a: Addon) => a.h.sheet('Contacts').getConditionalFormatRules().map((r) => ruleJSON(r as never));
const ours = (a: Addon) => rulesOf(a).filter((r) => /TODAY\(\)/i.test(String(r.values[0])));

function tracker(spelling: RealSheetsAssumptions['ruleFormulaSpelling']): Addon {
  const a = addon({ assume: { ruleFormulaSpelling: spelling } });
  sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Ana Ruiz', status: 'Met' })]);
  a.main.menuSetUpTracker();
  return a;
}

describe.each(['as-written', 'upper', 'lower', 'semicolons'] as const)('highlight rules read back %s', (spelling) => {
  it('stay three through re-runs, a row inserted above their range, and the daily check', () => {
    const a = tracker(spelling);
    const app = a.h.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Contacts')!;
    const userRule = app.newConditionalFormatRule().whenFormulaSatisfied('=$B2="VIP"').setBackground('#cccccc').setRanges([sheet.getRange(2, 1, 10, 3)]).build();
    sheet.setConditionalFormatRules([userRule, ...sheet.getConditionalFormatRules()]);
    a.main.menuSetUpTracker();
    expect(ours(a)).toHaveLength(3);
    a.h.calls.reset();
    a.main.menuSetUpTracker();
    expect(a.h.calls.byMethod['Sheet.setConditionalFormatRules']).toBeUndefined();

    // A row inserted above row 2: the ranges move to row 3 and the formulas come back as $U3.
    a.h.sheet('Contacts').insertRowsBefore(2, 1);
    expect(String(ours(a)[0].values[0])).toMatch(/\$[A-Z]+3/i);
    a.main.menuSetUpTracker();
    a.api.refreshFollowUps();
    a.main.menuSetUpTracker();
    const after = ours(a);
    expect(after).toHaveLength(3);
    expect(after.every((r) => r.ranges[0].startsWith('Contacts!A2:'))).toBe(true);
    expect(String(after[0].values[0])).toMatch(/\$[A-Z]+2</i);
    // The user's rule moved with its rows and is still there, once.
    expect(rulesOf(a).filter((r) => /VIP/.test(String(r.values[0])))).toHaveLength(1);
    expect(rulesOf(a)).toHaveLength(4);
  });
});
