// The daily check as real Apps Script runs it: at the chosen hour in the
// spreadsheet's zone (not the script's), one per document whoever turned it
// on, skipped and said so when it needs re-authorisation, and a run without a
// document saying that instead of "busy".
import { fireTrigger, sheetWith, type TriggerRecord } from '../../../fakes';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, setUpHome, type Addon } from '../support';

function tracker(timeZone = 'Europe/Berlin'): Addon {
  const a = addon({ timeZone, scriptTimeZone: 'America/New_York' });
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Met', meetingDate: dateCell('2026-03-01') }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

const daily = (a: Addon) => a.h.triggers.filter((t) => t.handler === 'runDailyFollowUpCheck');

describe('the daily check’s hour', () => {
  it('is 6 in the spreadsheet’s zone, not the script’s', () => {
    const a = tracker('Asia/Tokyo');
    a.api.setDailyCheck(true);
    expect(daily(a)).toHaveLength(1);
    expect(daily(a)[0].schedule).toEqual({ everyDays: 1, atHour: 6, timezone: 'Asia/Tokyo' });
  });
});

describe('one daily check per document', () => {
  it('a second editor sees it on, set up by another editor, and their own old trigger does nothing when it fires', () => {
    const a = tracker();
    a.h.setUser('adviser@example.com');
    a.api.setDailyCheck(true);
    const adviser = daily(a)[0];
    a.h.setUser('student@example.com');
    const home = setUpHome(a.api.getHome());
    expect(home.dailyCheckOn).toBe(true);
    expect(home.check.runBy).toBe('another editor');
    expect(a.api.setDailyCheck(true)).toMatchObject({ on: true, changed: false, runBy: 'another editor' });
    expect(daily(a)).toHaveLength(1);
    expect(() => a.api.setDailyCheck(false)).toThrow(/set up by another editor.*only they can turn it off/);

    // A trigger the student installed before the check was recorded per document: it fires, and does nothing.
    const legacy: TriggerRecord = { id: 'legacy', handler: 'runDailyFollowUpCheck', eventType: 'CLOCK', source: 'CLOCK', sourceId: null, user: 'student@example.com', schedule: { everyDays: 1, atHour: 6 } };
    a.h.triggers.push(legacy);
    fireTrigger(a.h, a.gas, legacy);
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toBe('');
    expect(a.h.logs.some((l) => /another trigger runs this spreadsheet/.test(l.message))).toBe(true);
    // The document's own trigger runs it, with the document's rule numbers.
    a.h.setUser('adviser@example.com');
    a.h.properties.document.set('infoInterviews.rules', JSON.stringify({ thankYouDays: 5, noReplyDays: 7, keepInTouchDays: 60, referralLoopDays: 3, prepareDays: 1 }));
    fireTrigger(a.h, a.gas, adviser);
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toMatch(/^Send thank-you note \(due 2026-03-06/);
    a.h.setUser('student@example.com');
    expect(setUpHome(a.api.getHome()).check.lastRunAt).not.toBe('');
  });

  it('the owner sees it as theirs, and turning it off frees it for another editor', () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    expect(setUpHome(a.api.getHome()).check.runBy).toBe('you');
    a.api.setDailyCheck(false);
    a.h.setUser('adviser@example.com');
    expect(setUpHome(a.api.getHome()).check.runBy).toBe('');
    expect(a.api.setDailyCheck(true)).toEqual({ on: true, changed: true });
    expect(daily(a).map((t) => t.user)).toEqual(['adviser@example.com']);
  });
});

describe('re-authorisation', () => {
  it('a trigger firing without authorisation runs nothing and the home page says it needs re-authorisation, until a run gets through', () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    a.h.assume.needsAuthorization.add('student@example.com');
    expect(() => fireTrigger(a.h, a.gas, daily(a)[0])).not.toThrow();
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toBe('');
    a.h.assume.needsAuthorization.clear();
    expect(setUpHome(a.api.getHome()).check.needsReauthorisation).toBe(true);
    a.h.setUser('adviser@example.com');
    expect(setUpHome(a.api.getHome()).check).toMatchObject({ runBy: 'another editor', needsReauthorisation: true });
    a.h.setUser('student@example.com');
    fireTrigger(a.h, a.gas, daily(a)[0]);
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toMatch(/^Send thank-you note/);
    expect(setUpHome(a.api.getHome()).check.needsReauthorisation).toBe(false);
  });
});

describe('no document context', () => {
  it('a null document lock says there is no spreadsheet, never that another change is being saved, and the failure is kept', () => {
    const a = tracker();
    a.api.setDailyCheck(true);
    a.h.assume.documentContext = false;
    expect(() => fireTrigger(a.h, a.gas, daily(a)[0])).toThrow(/no spreadsheet to work in/);
    expect(() => a.api.saveContact({ contactId: 'C-0001', fields: { title: 'CTO' } })).toThrow(/no spreadsheet to work in/);
    expect(a.h.logs.some((l) => l.level === 'error' && /Daily follow-up check failed: .*no spreadsheet to work in/.test(l.message))).toBe(true);
    a.h.assume.documentContext = true;
    const home = setUpHome(a.api.getHome());
    expect(home.check.lastError).toMatch(/no spreadsheet to work in/);
    expect(home.check.lastError).not.toMatch(/Another change/);
  });
});
