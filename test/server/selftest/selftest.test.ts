// runSelfTest against the fakes, in npm test, so it cannot rot: every row of
// its report agrees with what the fakes assume (the defaults follow the table
// in docs/REAL-SHEETS.md), it leaves no scratch tab, and its one-off trigger
// adds the time-driven rows and removes itself. Under the other answers the
// rows that decide them say NO, so a real spreadsheet that differs shows up.
import { fireTrigger, readTab } from '../../../fakes';
import { addon } from '../support';

const report = (a: ReturnType<typeof addon>) => readTab(a.h, 'Self-test') as string[][];

describe('runSelfTest over the fakes', () => {
  it('agrees with every assumption, removes its scratch tab, and the trigger a minute later adds its rows', () => {
    const a = addon();
    const tabsBefore = a.h.spreadsheet._sheets.map((s) => s._name);
    a.main.runSelfTest();
    expect(a.h.spreadsheet._sheets.map((s) => s._name)).toEqual([...tabsBefore, 'Self-test']);
    const rows = report(a);
    expect(rows[0]).toEqual(['Behaviour', 'The fakes assume', 'Seen in this spreadsheet', 'Agrees', 'Fake behaviour it decides']);
    const agrees = rows.slice(1).map((r) => [r[0], r[3]]);
    expect(agrees.filter(([, ok]) => ok !== 'yes' && ok !== 'pending' && ok !== 'measured')).toEqual([]);
    // What set-up takes for granted of a tab it inserts, and of its one rule builder, is asked too.
    for (const asked of [/Intl.DateTimeFormat's day/, /insertSheet: its size/, /insertSheet: its first columns' widths/, /insertSheet: what it carries/, /open at the bottom/, /one builder/]) {
      expect(rows.filter((r) => asked.test(r[0])).map((r) => r[3])).toEqual(['yes']);
    }
    // And what each kind of call costs there: Spreadsheet reads and writes, a builder, Properties, Utilities.
    const costs = rows.filter((r) => r[3] === 'measured');
    expect(costs.map((r) => r[0].replace(/^What one call costs: /, '').split(' ')[0])).toEqual([
      'Range.setValue', 'Range.getValue', 'Sheet.getRange', 'Spreadsheet.getSpreadsheetTimeZone', 'DataValidationBuilder.setHelpText', 'Properties.getProperty', 'Utilities.formatDate',
    ]);
    for (const r of costs) expect(r[2]).toMatch(/^\d+\.\d\d ms$/);
    expect(rows.slice(1).map((r) => r[4]).every((fake) => fake !== '')).toBe(true);
    expect(rows.some((r) => /plain-text \(@\) cell: getValues/.test(r[0]))).toBe(true);
    expect(rows.some((r) => /reject-input/.test(r[0]))).toBe(true);
    expect(rows.some((r) => /inserted above row 2/.test(r[0]))).toBe(true);
    expect(a.h.logs.filter((l) => l.message.startsWith('[self-test]')).length).toBe(rows.length - 1);

    const later = a.h.triggers.filter((t) => t.handler === 'runSelfTestLater');
    expect(later).toHaveLength(1);
    expect(later[0].schedule).toEqual({ after: 60000 });
    fireTrigger(a.h, a.gas, later[0]);
    const after = report(a);
    expect(after.slice(rows.length).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['SpreadsheetApp.getActiveSpreadsheet() inside the time-driven trigger', 'present', 'yes'],
      ['LockService.getDocumentLock() inside the time-driven trigger', 'present', 'yes'],
      ['PropertiesService.getDocumentProperties() inside the time-driven trigger', 'present', 'yes'],
    ]);
    expect(a.h.triggers.filter((t) => t.handler === 'runSelfTestLater')).toHaveLength(0);
  });

  it('says NO on the rows whose answer the fakes are switched away from', () => {
    const a = addon({ assume: { plainTextApostrophe: 'consumed', ruleFormulaFollowsRows: false } });
    a.main.runSelfTest();
    const differing = report(a).filter((r) => r[3] === 'NO').map((r) => r[4]);
    expect(differing).toEqual(['assume.plainTextApostrophe (kept)', 'assume.plainTextApostrophe (kept)', 'assume.ruleFormulaFollowsRows (true)']);
  });

  it('when the trigger runs without the document, logs what it saw instead', () => {
    const a = addon();
    a.main.runSelfTest();
    a.h.assume.documentContext = false;
    fireTrigger(a.h, a.gas, a.h.triggers.find((t) => t.handler === 'runSelfTestLater')!);
    expect(a.h.logs.filter((l) => /DIFFERS: .* inside the time-driven trigger/.test(l.message))).toHaveLength(3);
    expect(a.h.logs.some((l) => /rows above are in this log only/.test(l.message))).toBe(true);
  });
});
