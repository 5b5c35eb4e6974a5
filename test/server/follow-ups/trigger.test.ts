// The daily follow-up check's trigger: one per user and document, on and off
// idempotently, its run, its failures recorded for the home page, and the menu.
import { fireTrigger, openDocument, sheetWith } from '../../../fakes';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, setUpHome, type Addon } from '../support';

function tracker(): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Met', meetingDate: dateCell('2026-03-01') }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

const mine = (a: Addon) => a.h.triggers.filter((t) => t.user === a.h.rt.user);
const captions = (a: Addon) => a.h.ui.menus[0].items.filter((i) => i.caption).map((i) => i.caption);

describe('Turn on / Turn off daily follow-up check', () => {
  it('installs one daily time-driven trigger, and never a second', () => {
    const a = tracker();
    expect(a.api.setDailyCheck(true)).toEqual({ on: true, changed: true });
    expect(a.api.setDailyCheck(true)).toEqual({ on: true, changed: false });
    // From the menu when already on: it asks, and Yes (the fake's default answer) turns it off.
    a.main.menuTurnOnDailyCheck();
    expect(mine(a)).toHaveLength(0);
    a.main.menuTurnOnDailyCheck();
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/daily follow-up check is on/);
    a.h.ui.responses.push({ button: 'NO' });
    a.main.menuTurnOnDailyCheck();
    expect(mine(a)).toHaveLength(1);
    expect(mine(a)[0]).toMatchObject({ handler: 'runDailyFollowUpCheck', eventType: 'CLOCK', schedule: { everyDays: 1, atHour: 6 } });
    expect(a.h.ui.alerts.at(-1)!.prompt).toBe('The daily follow-up check is already on. Turn it off?');
  });

  it('turns off only this user’s trigger for this document, and says so when it was already off', () => {
    const a = tracker();
    a.h.setUser('adviser@example.com');
    a.api.setDailyCheck(true);
    // A second editor sees it on, set up by someone else, and cannot turn it off: only the adviser can.
    a.h.setUser('student@example.com');
    expect(a.api.setDailyCheck(true)).toEqual({ on: true, changed: false, runBy: 'another editor' });
    expect(setUpHome(a.api.getHome()).check.runBy).toBe('another editor');
    a.main.menuTurnOffDailyCheck();
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/set up by another editor.*only they can turn it off/);
    expect(mine(a)).toHaveLength(0);
    // A trigger the student made before the check was recorded per document (as Apps Script allows each editor one).
    a.h.triggers.push({ id: 'legacy', handler: 'runDailyFollowUpCheck', eventType: 'CLOCK', source: 'CLOCK', sourceId: null, user: 'student@example.com', schedule: { everyDays: 1, atHour: 6 } });
    a.h.triggers.push({ id: 'other', handler: 'someoneElsesOnEdit', eventType: 'ON_EDIT', source: 'SPREADSHEETS', sourceId: a.h.spreadsheet._id, user: 'student@example.com' });
    a.main.menuTurnOffDailyCheck();
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/check stays on for this spreadsheet, set up by another editor/);
    expect(a.h.triggers.map((t) => [t.user, t.handler])).toEqual([
      ['adviser@example.com', 'runDailyFollowUpCheck'],
      ['student@example.com', 'someoneElsesOnEdit'],
    ]);
    a.h.setUser('adviser@example.com');
    a.main.menuTurnOffDailyCheck();
    expect(a.h.ui.toasts.at(-1)!.message).toMatch(/daily follow-up check is off/);
    expect(a.h.triggers.map((t) => [t.user, t.handler])).toEqual([['student@example.com', 'someoneElsesOnEdit']]);
    a.main.menuTurnOffDailyCheck();
    expect(a.h.ui.toasts.at(-1)!.message).toBe('The daily follow-up check was already off.');
    expect(a.api.setDailyCheck(false)).toEqual({ on: false, changed: false });
  });

  it('shows in the home page which state is on', () => {
    const a = tracker();
    expect(setUpHome(a.api.getHome()).dailyCheckOn).toBe(false);
    a.api.setDailyCheck(true);
    expect(setUpHome(a.api.getHome()).dailyCheckOn).toBe(true);
  });
});

describe('the daily trigger', () => {
  it('runs the follow-up check when it fires', () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    fireTrigger(a.h, a.gas, mine(a)[0]);
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toBe('Send thank-you note (due 2026-03-02, 2 days overdue)');
    expect(setUpHome(a.api.getHome()).check.lastRunAt).toBe('2026-03-04 10:00');
  });

  it('records a failure for the home page and logs it, since no email reports it', () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    a.h.rt.locks.set('document', 9999);
    expect(() => fireTrigger(a.h, a.gas, mine(a)[0])).toThrow(/Another change/);
    a.h.rt.locks.delete('document');
    expect(a.h.logs.some((l) => l.level === 'error' && /Daily follow-up check failed: Another change/.test(l.message))).toBe(true);
    const home = setUpHome(a.api.getHome());
    expect(home.check.lastError).toMatch(/Another change to this spreadsheet/);
  });
});

describe('the menu’s daily-check item', () => {
  it('follows Refresh follow-ups, after Check outreach fields, as the spec orders them', () => {
    const a = tracker();
    openDocument(a.h, a.gas, 'FULL');
    const c = captions(a);
    const at = c.indexOf('Refresh follow-ups');
    expect(at).toBeGreaterThan(c.indexOf('Check outreach fields'));
    expect(c[at + 1]).toBe('Turn on daily follow-up check');
  });

  it('names the state in FULL mode', () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    openDocument(a.h, a.gas, 'FULL');
    expect(captions(a)).toContain('Turn off daily follow-up check');
    expect(captions(a)).not.toContain('Turn on daily follow-up check');
  });

  it.each(['NONE', 'LIMITED'] as const)('shows the neutral Turn on item in AuthMode.%s without asking ScriptApp', (mode) => {
    const a = tracker();
    a.api.setDailyCheck(true);
    a.h.calls.reset();
    openDocument(a.h, a.gas, mode);
    expect(captions(a)).toContain('Turn on daily follow-up check');
    expect(a.h.calls.count('ScriptApp.')).toBe(0);
  });

  it('updates itself after a toggle from the menu', () => {
    const a = tracker();
    openDocument(a.h, a.gas, 'FULL');
    a.main.menuTurnOnDailyCheck();
    expect(captions(a)).toContain('Turn off daily follow-up check');
    a.main.menuTurnOffDailyCheck();
    expect(captions(a)).toContain('Turn on daily follow-up check');
  });
});
