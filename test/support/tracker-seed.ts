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

// What a student's tracker holds: people's names (a few with accents, as an
// international class has; a middle initial once the first and last names run
// out, since a LinkedIn export of 7,000 has few exact repeats), varied titles,
// industries and employers, their own takeaways, and the path and interest of
// most meetings. No name or company carries a digit, as real ones rarely do.
const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emeka', 'Fatima', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Nikhil', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sam', 'Tomás', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoë', 'Aiko', 'Bruno', 'Carmen', 'Daniel', 'Elif', 'Farah', 'Gabriel', 'Hannah', 'Ivan', 'Julia', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Paula', 'Rahul', 'Sofia', 'Tariq', 'Valentina', 'William', 'Yara', 'Zain', 'Amara'];
const LAST = ['Ruiz', 'Okafor', 'Dubois', 'Patel', 'Nwosu', 'Haddad', 'Hopper', 'Tanaka', 'García', 'Berg', 'Adeyemi', 'Murphy', 'Cohen', 'Sharma', 'Petrova', 'Iyer', 'Martin', 'López', 'Kim', 'Rivera', 'Nair', 'Hugo', 'Zhang', 'Torres', 'Yılmaz', 'Müller', 'Sato', 'Costa', 'Vega', 'Schmidt', 'Demir', 'Khan', 'Silva', 'Becker', 'Novak', 'Rossi', 'Mensah', 'Fischer', 'Álvarez', 'Larsen', 'Aziz', 'Moreau', 'Gupta', 'Romano', 'Karimi', 'Fernández', 'Walker', 'Said', 'Ali', 'Eze'];
const TITLES = ['Data Analyst', 'Product Manager', 'Software Engineer', 'UX Designer', 'Consultant', 'Policy Advisor', 'Investment Analyst', 'Marketing Manager', 'Research Scientist', 'Operations Lead', 'Data Scientist', 'Audit Associate', 'Teacher', 'Nurse Practitioner', 'Sustainability Manager'];
const INDUSTRIES = ['Finance', 'Healthcare', 'Technology', 'Consulting', 'Public sector', 'Education', 'Renewable energy', 'Retail', 'Media', 'Nonprofit'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella Health', 'Northwind', 'Contoso', 'Fabrikam', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Tyrell', 'Cyberdyne', 'Soylent', 'Vandelay Industries', 'Pied Piper', 'Massive Dynamic', 'Oscorp', 'Gringotts', 'Monarch Solar', 'City Council'];
const TAKEAWAYS = ['Talk to the data team before applying', 'Learn SQL properly', 'The graduate scheme opens in autumn', 'Networking beats cold applications here', 'Ask about rotations', 'Consulting hours are long but varied', 'Public sector pay is lower, the mission matters', 'Build a portfolio first', 'Read the annual report before interviews', 'Mentors matter more than titles'];
const INITIALS = 'ABCDEFGHJKLMNPRSTVW';

/** The i-th student-tracker name: unique for any size the tests and the bench use. */
export function seedName(i: number): string {
  const n = i - 1;
  const pairs = FIRST.length * LAST.length;
  const first = FIRST[n % FIRST.length];
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length];
  const round = Math.floor(n / pairs);
  return round === 0 ? `${first} ${last}` : `${first} ${INITIALS[(round - 1) % INITIALS.length]}. ${last}`;
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
    const name = seedName(i);
    const title = TITLES[(i * 7) % TITLES.length];
    const industry = INDUSTRIES[(i * 3) % INDUSTRIES.length];
    const company = COMPANIES[(i * 11) % COMPANIES.length];
    const rec: Record<string, unknown> = {
      contactId: id,
      name,
      title,
      company,
      industry,
      email: `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ +/g, '.')}.${i}@example.com`,
      howFound: i % 5 === 0 ? 'Referral' : i % 3 === 0 ? 'LinkedIn' : 'Alumni network',
      referredBy: i % 5 === 0 && i > 1 ? seedName(i - 1) : '',
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
      // Most meetings name their path (the person's title in their industry) and how interested the student is now.
      const path = i % 4 === 0 ? '' : `${title} · ${industry}`;
      const mrec: Record<string, unknown> = {
        meetingId: `M-${String((i - 1) * meetingsPerContact + m).padStart(6, '0')}`,
        contactId: id,
        contact: name,
        date: dateCell(date),
        type: m % 2 ? 'Coffee' : 'Video call',
        durationMin: 30,
        takeaways: TAKEAWAYS[(i + m) % TAKEAWAYS.length],
        thankYouSent: dateCell(isoDaysBefore(date, -1)),
        path,
        interest: path ? String(1 + ((i + m) % 5)) : '',
      };
      meetings.push(MEETING_COLUMNS.map((c) => mrec[c.key] ?? ''));
    }
  }
  sheetWith(h, 'Contacts', rows);
  sheetWith(h, 'Meetings', meetings);
}
