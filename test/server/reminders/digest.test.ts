// The reminder email as the daily check sends it: to the user's own address,
// in the spreadsheet's zone, at most once a day, and every failure on home.
import { SEND_MAIL_SCOPE, sheetWith } from '../../../fakes';
import { dateCell } from '../../support/tracker-seed';
import type { ReminderSettings } from '../../../src/shared/reminders';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, setUpHome, type Addon } from '../support';

/** A moving clock: set `clock.ms` to move the harness's "now". */
function tracker(startMs: number, timeZone = 'America/New_York') {
  const clock = { ms: startMs };
  const a = addon({ now: () => clock.ms, timeZone });
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    // Judged in New York across the change to daylight time on Sunday 2026-03-08.
    contactRow({ contactId: 'C-0001', name: 'Ana <b>Ruiz</b>', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Met', meetingDate: dateCell('2026-03-06') }),
    contactRow({ contactId: 'C-0002', name: 'Ben Okafor', email: 'ben@acme.com', howFound: 'Alumni network', status: 'Keeping in touch', lastContact: dateCell('2026-02-01'), nextFollowUp: dateCell('2026-03-09') }),
    contactRow({ contactId: 'C-0003', name: 'Chen Li', email: 'chen@acme.com', howFound: 'Alumni network', status: 'Keeping in touch', lastContact: dateCell('2026-02-01'), nextFollowUp: dateCell('2026-03-12') }),
    contactRow({ contactId: 'C-0004', name: 'Dee Far', email: 'dee@acme.com', howFound: 'Alumni network', status: 'Keeping in touch', lastContact: dateCell('2026-02-01'), nextFollowUp: dateCell('2026-04-20') }),
  ]);
  a.main.menuSetUpTracker();
  return { a, clock };
}

// 23:30 on Monday 2026-03-09 in New York (EDT) is already Tuesday in UTC.
const MONDAY_LATE = Date.UTC(2026, 2, 10, 3, 30);
const home = (a: Addon) => setUpHome(a.api.getHome());

function turnOn(a: Addon, settings: ReminderSettings = { frequency: 'daily', weekday: 0, hour: 7 }) {
  const r = a.api.saveReminders(settings);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('the daily check’s reminder email', () => {
  it('goes to the user’s own address with Overdue, Today and Coming up as of the spreadsheet’s day, across a DST change', () => {
    const { a } = tracker(MONDAY_LATE);
    const on = turnOn(a);
    expect(on.message).toBe(
      'Reminder emails are on: every day at about 07:00 (America/New_York), to student@example.com, only when something is due. The daily follow-up check is now on: it sends the email.',
    );
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(1);
    const mail = a.h.mail.sent[0];
    expect(mail).toMatchObject({ to: 'student@example.com', subject: 'Info Interviews: 1 overdue, 1 due today, 1 coming up', name: 'Info Interviews' });
    expect(mail.body).toContain('as of Monday, March 9:');
    expect(mail.body).toContain('- Ana <b>Ruiz</b>: Send thank-you note, Saturday, March 7 (2 days overdue)');
    expect(mail.body).toContain('TODAY (1)\n- Ben Okafor: Follow up as agreed, Monday, March 9 (today)');
    expect(mail.body).toContain('COMING UP (1)\n- Chen Li: Follow up as agreed, Thursday, March 12 (in 3 days)');
    expect(mail.body).not.toContain('Dee Far');
    expect(mail.body).toContain(`Open the tracker: ${a.h.spreadsheet.getUrl()}`);
    // The name is the student's data: text in the HTML, never markup.
    expect(mail.htmlBody).toContain('<b>Ana &lt;b&gt;Ruiz&lt;/b&gt;</b>');
    expect(home(a).reminders).toMatchObject({ lastSentDay: '2026-03-09', lastError: '', address: 'student@example.com' });
    expect(home(a).reminders.lastOutcome).toBe('2026-03-09 23:30: the reminder email went to student@example.com (3 items).');
  });

  it('is sent at most once a day across three runs (the trigger, a retry, a run by hand), and again the next day', () => {
    const { a, clock } = tracker(MONDAY_LATE - 14 * 3600000);
    turnOn(a);
    a.main.runDailyFollowUpCheck();
    clock.ms += 3600000;
    a.main.runDailyFollowUpCheck();
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(1);
    expect(home(a).reminders.lastOutcome).toMatch(/Today's email was already sent\.$/);
    clock.ms += 24 * 3600000;
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(2);
  });

  it('sends nothing when nothing is due, and says so on home', () => {
    const { a } = tracker(Date.UTC(2026, 1, 2, 15));
    turnOn(a);
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(0);
    expect(home(a).reminders.lastOutcome).toMatch(/Nothing was due, so no email was sent\.$/);
  });

  it('weekly goes out only on the chosen day', () => {
    const { a, clock } = tracker(MONDAY_LATE);
    turnOn(a, { frequency: 'weekly', weekday: 1, hour: 7 });
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(0);
    expect(home(a).reminders.lastOutcome).toMatch(/weekly email goes out on Tuesdays/);
    clock.ms += 24 * 3600000;
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(1);
  });

  it('with the mail quota used up: no email, the follow-up check still done, the reason on home', () => {
    const { a } = tracker(MONDAY_LATE);
    turnOn(a);
    a.h.mail.remainingQuota = 0;
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(0);
    expect(rowsByHeader(a.h, 'Contacts')[1]['Next action']).toBe('Follow up as agreed (due today)');
    const r = home(a).reminders;
    expect(r.lastError).toBe('Reminder email not sent: your Google account has used up its email quota for today. It will be tried again at the next daily check.');
    expect(r.lastSentDay).toBe('');
    expect(home(a).check.lastError).toBe('');
  });

  it('records a send that fails, and the next run that works clears it', () => {
    const { a } = tracker(MONDAY_LATE);
    turnOn(a);
    a.h.mail.failNext = 'Mail service failed. Please try again later.';
    a.main.runDailyFollowUpCheck();
    expect(home(a).reminders.lastError).toBe('Reminder email not sent: Mail service failed. Please try again later.');
    expect(a.h.logs.some((l) => l.level === 'error' && l.message.includes('Mail service failed'))).toBe(true);
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(1);
    expect(home(a).reminders.lastError).toBe('');
  });

  it('skips the email when the user declined the mail permission, and the rest of the check still runs', () => {
    const { a } = tracker(MONDAY_LATE);
    turnOn(a);
    a.h.mail.declined.add(SEND_MAIL_SCOPE);
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(0);
    expect(rowsByHeader(a.h, 'Contacts')[0]['Next action']).toBe('Send thank-you note (due 2026-03-07, 2 days overdue)');
    const r = home(a).reminders;
    expect(r.needsPermission).toBe(true);
    expect(r.lastError).toMatch(/^Reminder email skipped: you have not allowed Info Interviews to send email as you\./);
    expect(home(a).check.lastError).toBe('');
  });
});

describe('turning reminders on in Settings', () => {
  it('asks for just the mail permission when it was declined, and stores nothing until it is granted', () => {
    const { a } = tracker(MONDAY_LATE);
    a.h.mail.declined.add(SEND_MAIL_SCOPE);
    expect(() => a.api.saveReminders({ frequency: 'daily', weekday: 0, hour: 7 })).toThrow('Authorization is required');
    expect(a.h.mail.consentRequests).toEqual([[SEND_MAIL_SCOPE]]);
    expect(a.api.getReminders().status.settings.frequency).toBe('off');
    a.h.mail.declined.clear();
    turnOn(a);
    expect(a.api.getReminders().status.settings).toEqual({ frequency: 'daily', weekday: 0, hour: 7 });
  });

  it('moves the daily check’s one trigger to the chosen hour, and refuses a bad hour', () => {
    const { a } = tracker(MONDAY_LATE);
    turnOn(a, { frequency: 'daily', weekday: 0, hour: 7 });
    const mine = () => a.h.triggers.filter((t) => t.handler === 'runDailyFollowUpCheck');
    expect(mine().map((t) => t.schedule?.atHour)).toEqual([7]);
    const moved = turnOn(a, { frequency: 'daily', weekday: 0, hour: 18 });
    expect(moved.message).toMatch(/The daily check now runs at that hour\.$/);
    expect(mine().map((t) => t.schedule?.atHour)).toEqual([18]);
    expect(a.api.saveReminders({ frequency: 'daily', weekday: 0, hour: 24 })).toEqual({ ok: false, errors: { hour: 'Choose an hour from 0 to 23.' } });
    const off = a.api.saveReminders({ frequency: 'off', weekday: 0, hour: 18 });
    expect(off).toMatchObject({ ok: true, message: 'Reminder emails are off.' });
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(0);
  });

  it('are each user’s own: another editor’s choice sends them nothing', () => {
    const { a } = tracker(MONDAY_LATE);
    turnOn(a);
    a.h.setUser('adviser@example.com');
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent).toHaveLength(0);
    a.h.setUser('student@example.com');
    a.main.runDailyFollowUpCheck();
    expect(a.h.mail.sent.map((m) => m.to)).toEqual(['student@example.com']);
  });
});
