// Spreadsheet service calls must not grow with the number of contacts: the
// same count at 10 and at 500 contacts (counts are deterministic; times are
// only printed by `npm run bench`).
import { seedTracker } from '../support/tracker-seed';
import { addon } from './support';

function callsAt(contacts: number, action: 'refreshFollowUps' | 'getCheckReport' | 'getHome'): { setUp: number; action: number; io: number } {
  const a = addon();
  seedTracker(a.h, contacts);
  a.h.calls.reset();
  a.main.menuSetUpTracker();
  const setUp = a.h.calls.total;
  a.h.calls.reset();
  a.api[action]();
  return { setUp, action: a.h.calls.total, io: a.h.calls.io };
}

describe('Spreadsheet service calls', () => {
  it.each(['refreshFollowUps', 'getCheckReport', 'getHome'] as const)('of %s are the same at 10 and at 500 contacts', (action) => {
    const small = callsAt(10, action);
    const large = callsAt(500, action);
    expect(large).toEqual(small);
    expect(small.action).toBeLessThan(60);
  });

  it('of Set up tracker are the same at 10 and at 500 contacts', () => {
    expect(callsAt(500, 'getHome').setUp).toBe(callsAt(10, 'getHome').setUp);
  });

  it('of the follow-up check are one read a tab and three writes (two columns and the Dashboard)', () => {
    const a = addon();
    seedTracker(a.h, 200);
    a.main.menuSetUpTracker();
    a.h.calls.reset();
    a.api.refreshFollowUps();
    expect(a.h.calls.byMethod['Range.getValues']).toBe(2); // no Questions tab yet
    expect(a.h.calls.byMethod['Range.setValues']).toBe(3); // Next action, Action due, the Dashboard
  });
});

// Every mark re-plans in the same execution; its calls must not grow with the tracker either.
const MARK_STEPS: Array<[string, (a: ReturnType<typeof addon>) => unknown]> = [
  ['Mark as contacted (drafts)', (a) => a.api.markContacted('C-00009')],
  ['follow-up sent', (a) => a.api.markFollowUp({ contactId: 'C-00001', mark: 'follow-up-sent' })],
  ['no response', (a) => a.api.markFollowUp({ contactId: 'C-00002', mark: 'no-response' })],
  ['scheduled', (a) => a.api.markFollowUp({ contactId: 'C-00001', mark: 'scheduled', date: '2026-03-12' })],
  ['thank-you sent', (a) => a.api.markFollowUp({ contactId: 'C-00004', mark: 'thank-you-sent' })],
  ['told the referrer', (a) => a.api.markFollowUp({ contactId: 'C-00005', mark: 'told-referrer' })],
  ['checked in', (a) => a.api.markFollowUp({ contactId: 'C-00005', mark: 'checked-in' })],
];

function markCallsAt(contacts: number): Record<string, number> {
  const a = addon();
  seedTracker(a.h, contacts);
  // Room below the meetings at both sizes, so "told the referrer" appends without growing the tab.
  a.h.sheet('Meetings').insertRowsAfter(contacts * 2 + 1, 50);
  a.main.menuSetUpTracker();
  const out: Record<string, number> = {};
  for (const [name, run] of MARK_STEPS) {
    a.h.calls.reset();
    run(a);
    out[name] = a.h.calls.total;
  }
  return out;
}

describe('Spreadsheet service calls of each mark', () => {
  // 5,000 contacts take about 9 s a mark in the fakes: `npm run bench` measures that size.
  it('are the same at 10 and at 500 contacts, re-plan included', () => {
    const small = markCallsAt(10);
    const large = markCallsAt(500);
    expect(large).toEqual(small);
    // Lock, document, two table reads (Contacts, Meetings), the mark's writes and the re-plan's.
    for (const n of Object.values(small)) expect(n).toBeLessThan(30);
  }, 60000);
});
