// The follow-up feature's benchmark scenarios, and the actions it shares the
// tracker with: set-up, the check, Check outreach fields, logging a meeting,
// and a per-row reference check to show what batching saves.
import { CONTACT_COLUMNS, MEETING_COLUMNS, type Contact, type Meeting } from '../src/shared/schema';
import { DEFAULT_RULES, planFollowUps } from '../src/shared/follow-ups/plan';
import type { MeetingInput } from '../src/shared/contacts';
import { measure, measureEntry, trackerOf, type BenchScenario, type Tracker } from './bench';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The check as a naive script would write it: the same rules, but one
 * getValues and one setValues per contact row (Meetings still in one read).
 */
function perRowCheck(t: Tracker): void {
  const app = t.h.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Contacts') as Sheet;
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
  const at = (h: string) => header.indexOf(h);
  const meetingsSheet = app.getActiveSpreadsheet().getSheetByName('Meetings') as Sheet;
  const mValues = meetingsSheet.getRange(1, 1, meetingsSheet.getLastRow(), meetingsSheet.getLastColumn()).getValues();
  const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
  const meetings = mValues.slice(1).map((r) => Object.fromEntries(MEETING_COLUMNS.map((c, i) => [c.key, text(r[i])])) as Meeting);
  const contacts: Contact[] = [];
  for (let row = 2; row <= sheet.getLastRow(); row++) {
    const values = sheet.getRange(row, 1, 1, width).getValues()[0];
    contacts.push(Object.fromEntries(CONTACT_COLUMNS.map((c) => [c.key, text(values[at(c.header)])])) as Contact);
  }
  const plan = planFollowUps(contacts, meetings, new Set(), '2026-03-04', DEFAULT_RULES);
  const first = at('Next action') + 1;
  const last = at('Action due') + 1;
  plan.cells.forEach((cell, i) => {
    const range = sheet.getRange(i + 2, first, 1, last - first + 1);
    const current = range.getValues()[0];
    current[0] = cell.nextAction;
    current[current.length - 1] = cell.actionDue;
    range.setValues([current]);
  });
}

function sampleMeeting(t: Tracker): MeetingInput {
  const [header, first] = t.h.sheet('Contacts').getRange(1, 1, 2, 1).getValues();
  void header;
  return {
    contactId: String(first[0]),
    date: '2026-03-03',
    type: 'Coffee',
    durationMin: '30',
    takeaways: 'Learn SQL before the internship season.',
    advice: 'Talk to the analytics team.',
    referralsGiven: '',
    thankYouSent: '',
    followUpAgreed: 'Send my CV',
    nextFollowUp: '2026-03-10',
    notes: '',
  };
}

export const scenarios: BenchScenario[] = [
  {
    name: 'Set up tracker',
    run: (n) => {
      const t = trackerOf(n, false);
      return measure(t.h, () => t.main.menuSetUpTracker());
    },
  },
  {
    name: 'Set up tracker again (no repair)',
    run: (n) => {
      const t = trackerOf(n);
      return measure(t.h, () => t.main.menuSetUpTracker());
    },
  },
  {
    // The same at every size: a new spreadsheet has no contacts.
    name: 'Set up tracker, new spreadsheet',
    run: () => {
      const t = trackerOf(0, false, false);
      return measure(t.h, () => t.main.menuSetUpTracker());
    },
  },
  { name: 'Follow-up check', run: (n) => measureEntry(trackerOf(n), 'refreshFollowUps') },
  {
    name: 'Follow-up check, per-row reference',
    comparedWith: 'Follow-up check',
    run: (n) => {
      const t = trackerOf(n);
      return measure(t.h, () => perRowCheck(t));
    },
  },
  { name: 'Home page (getHome)', run: (n) => measureEntry(trackerOf(n), 'getHome') },
  { name: 'Check outreach fields', run: (n) => measureEntry(trackerOf(n), 'getCheckReport') },
  {
    name: 'Log a meeting',
    run: (n) => {
      const t = trackerOf(n);
      return measureEntry(t, 'logMeeting', sampleMeeting(t));
    },
  },
  // Each mark re-plans in the same execution (BENCH_SIZES=10,5000 for the sizes).
  ...(
    [
      ['Mark follow-up sent', 'C-00001', 'follow-up-sent'],
      ['Mark no response', 'C-00002', 'no-response'],
      ['Mark scheduled', 'C-00001', 'scheduled'],
      ['Mark thank-you sent', 'C-00004', 'thank-you-sent'],
      ['Mark told the referrer', 'C-00005', 'told-referrer'],
      ['Mark check-in sent', 'C-00005', 'checked-in'],
    ] as const
  ).map(([name, contactId, mark]): BenchScenario => ({
    name,
    run: (n) => measureEntry(trackerOf(Math.max(n, 10)), 'markFollowUp', { contactId, mark, date: mark === 'scheduled' ? '2026-03-12' : undefined }),
  })),
  { name: 'Mark as contacted', run: (n) => measureEntry(trackerOf(Math.max(n, 10)), 'markContacted', 'C-00009') },
];
