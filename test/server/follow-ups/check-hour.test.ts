// The daily check's hour is the student's: turning it off and on from home
// keeps the hour the reminder email chose, rather than going back to 6.
import { addon } from '../support';

describe('the daily check hour', () => {
  it('stays at the hour chosen for the reminder email when the check is turned off and on again from home', () => {
    const a = addon({ timeZone: 'Europe/Berlin' });
    a.main.menuSetUpTracker();
    const r = a.api.saveReminders({ frequency: 'daily', weekday: 0, hour: 8 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const mine = () => a.h.triggers.filter((t) => t.handler === 'runDailyFollowUpCheck').map((t) => [t.schedule?.atHour, t.schedule?.timezone]);
    expect(mine()).toEqual([[8, 'Europe/Berlin']]);
    a.api.setDailyCheck(false);
    expect(mine()).toEqual([]);
    a.api.setDailyCheck(true);
    expect(mine()).toEqual([[8, 'Europe/Berlin']]);
  });
});
