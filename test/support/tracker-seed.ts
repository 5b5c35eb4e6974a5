// A realistic tracker of any size for the call-count tests and `npm run bench`:
// contacts in every status, with dates, referrals and two logged meetings each.
import { sheetWith, type Harness } from '../../fakes';
import { CONTACT_COLUMNS, MEETING_COLUMNS, STATUS } from '../../src/shared/schema';

/** A date cell for a yyyy-MM-dd, at noon UTC so it is that day in any American or European zone. */
export function dateCell(iso: string): Date {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10), 12));
}

function isoDaysBefore(base: string, n: number): string {
  const d = new Date(Date.UTC(+base.slice(0, 4), +base.slice(5, 7) - 1, +base.slice(8, 10)) - n * 86400000);
  return d.toISOString().slice(0, 10);
}

/** Seeds Contacts (with IDs) and Meetings; run Set up tracker afterwards as a user would. */
export function seedTracker(h: Harness, contacts: number, meetingsPerContact = 2, today = '2026-03-04'): void {
  const header = CONTACT_COLUMNS.map((c) => c.header);
  const rows: unknown[][] = [header];
  const meetings: unknown[][] = [MEETING_COLUMNS.map((c) => c.header)];
  for (let i = 1; i <= contacts; i++) {
    const id = `C-${String(i).padStart(5, '0')}`;
    const status = STATUS[i % STATUS.length];
    const last = isoDaysBefore(today, (i * 7) % 120);
    const rec: Record<string, unknown> = {
      contactId: id,
      name: `Person ${i}`,
      title: 'Analyst',
      company: `Company ${i % 50}`,
      industry: 'Finance',
      email: `person${i}@example.com`,
      howFound: i % 5 === 0 ? 'Referral' : 'Alumni network',
      referredBy: i % 5 === 0 && i > 1 ? `Person ${i - 1}` : '',
      priority: ['A', 'B', 'C'][i % 3],
      status,
      firstContacted: dateCell(isoDaysBefore(last, 10)),
      lastContact: dateCell(last),
      meetingDate: status === 'Scheduled' ? dateCell(isoDaysBefore(today, -(i % 4))) : status === 'Met' ? dateCell(isoDaysBefore(today, i % 9)) : '',
      nextFollowUp: i % 11 === 0 ? dateCell(isoDaysBefore(today, (i % 5) - 2)) : '',
    };
    rows.push(CONTACT_COLUMNS.map((c) => rec[c.key] ?? ''));
    for (let m = 1; m <= meetingsPerContact; m++) {
      const date = isoDaysBefore(last, m * 30);
      const mrec: Record<string, unknown> = {
        meetingId: `M-${String((i - 1) * meetingsPerContact + m).padStart(6, '0')}`,
        contactId: id,
        contact: `Person ${i}`,
        date: dateCell(date),
        type: m % 2 ? 'Coffee' : 'Video call',
        durationMin: 30,
        takeaways: 'Talk to the data team',
        thankYouSent: dateCell(isoDaysBefore(date, -1)),
      };
      meetings.push(MEETING_COLUMNS.map((c) => mrec[c.key] ?? ''));
    }
  }
  sheetWith(h, 'Contacts', rows);
  sheetWith(h, 'Meetings', meetings);
}
