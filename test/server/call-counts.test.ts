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
    // Next action and Action due sit side by side in the default order: one write, then the Dashboard.
    expect(a.h.calls.byMethod['Range.setValues']).toBe(2);
  });
});
