// The demo spreadsheet a first start (and Reset) creates: the real "Set up tracker" (so headers,
// drop-downs, IDs and highlights are the add-on's own), then a dozen contacts in every status with
// referrals between them and some logged meetings. Dates are relative to today.
import { readTab, runFunction, sheetWith, type BundleContext, type Harness, toInstant, toLocal, DAY_MS } from '../fakes';
import { CONTACT_COLUMNS, MEETING_COLUMNS, TAB, type ColumnSpec, type ContactKey, type MeetingKey } from '../src/shared/schema';

type Row<K extends string> = Partial<Record<K, string | number>>;

// Numbers in date columns are days from today (negative: in the past).
const CONTACTS: Array<Row<ContactKey>> = [
  { name: 'Priya Raman', title: 'Product Manager', company: 'Duolingo', industry: 'EdTech', email: 'priya.raman@example.com', linkedin: 'https://www.linkedin.com/in/priya-raman-demo', howFound: 'Alumni network', priority: 'A', status: 'Met', preferredMode: 'Video', firstContacted: -20, lastContact: -3, meetingDate: -3, notes: 'Class of 2019; leads learner-growth experiments.' },
  { name: 'Marcus Okafor', title: 'Senior Data Analyst', company: 'Kaiser Permanente', industry: 'Healthcare', email: 'marcus.okafor@example.com', howFound: 'Referral', referredBy: 'Priya Raman', priority: 'B', status: 'Scheduled', preferredMode: 'In person', firstContacted: -8, lastContact: -5, meetingDate: 1, notes: 'Coffee near the Oakland office.' },
  { name: 'Sofía Herrera', title: 'UX Researcher', company: 'IDEO', industry: 'Design', email: 'sofia.herrera@example.com', linkedin: 'https://www.linkedin.com/in/sofia-herrera-demo', howFound: 'Professor', priority: 'A', status: 'Thanked', preferredMode: 'Video', firstContacted: -50, lastContact: -39, meetingDate: -40, thankYouSent: -39, notes: 'Introduced by Prof. Lindqvist (HCI seminar).' },
  { name: 'Wei Zhang', title: 'Software Engineer', company: 'Stripe', industry: 'Fintech', linkedin: 'https://www.linkedin.com/in/wei-zhang-demo', howFound: 'LinkedIn', priority: 'B', status: 'Contacted', preferredMode: 'Video', firstContacted: -9, lastContact: -9 },
  { name: 'Aisha Mohammed', title: 'Policy Analyst', company: 'Urban Institute', industry: 'Public policy', email: 'aisha.mohammed@example.com', howFound: 'Event or career fair', priority: 'B', status: 'To contact', notes: 'Met briefly at the spring policy career fair.' },
  { name: 'Daniel Kim', title: 'Associate', company: 'McKinsey & Company', industry: 'Consulting', email: 'daniel.kim@example.com', howFound: 'Former employer', priority: 'A', status: 'Follow-up sent', preferredMode: 'Phone', firstContacted: -16, lastContact: -6, notes: 'Overlapped during my summer internship.' },
  { name: 'Hannah Schmidt', title: 'Environmental Engineer', company: 'AECOM', industry: 'Engineering', email: 'hannah.schmidt@example.com', howFound: 'Online research', priority: 'C', status: 'No response', firstContacted: -45, lastContact: -30 },
  { name: 'Tomás Rivera', title: 'Marketing Manager', company: 'Patagonia', industry: 'Retail', email: 'tomas.rivera@example.com', phone: '+1 805 555 0142', howFound: 'Friends & family', priority: 'B', status: 'Keeping in touch', preferredMode: 'In person', firstContacted: -130, lastContact: -100, meetingDate: -100, thankYouSent: -99 },
  { name: 'Grace Liu', title: 'Research Scientist', company: 'Genentech', industry: 'Biotech', email: 'grace.liu@example.com', howFound: 'Referral', referredBy: 'Sofía Herrera', priority: 'A', status: 'Met', preferredMode: 'In person', firstContacted: -21, lastContact: -10, meetingDate: -10, thankYouSent: -9, nextFollowUp: 0, notes: 'Agreed to send her my poster after the symposium.' },
  { name: 'Jamal Washington', title: 'Department Chair, Mathematics', company: 'Chicago Public Schools', industry: 'Education', email: 'jamal.washington@example.com', howFound: 'Alumni network', priority: 'C', status: 'Declined', firstContacted: -25, lastContact: -20, notes: 'Busy until summer; suggested writing again in June.' },
  { name: 'Emily Nguyen', title: 'Financial Analyst', company: 'Goldman Sachs', industry: 'Finance', linkedin: 'https://www.linkedin.com/in/emily-nguyen-demo', howFound: 'LinkedIn', priority: 'B', status: 'To contact' },
  { name: 'Ravi Patel', title: 'Nurse Practitioner', company: 'Mayo Clinic', industry: 'Healthcare', email: 'ravi.patel@example.com', phone: '507-555-0199', howFound: 'Referral', referredBy: 'Marcus Okafor', priority: 'B', status: 'Contacted', preferredMode: 'Phone', firstContacted: -2, lastContact: -2 },
];

const MEETINGS: Array<Row<MeetingKey>> = [
  { contact: 'Tomás Rivera', date: -100, type: 'Coffee', durationMin: 30, takeaways: 'Brand marketing rewards field experience; retail stints count.', advice: 'Volunteer with a local environmental group.', thankYouSent: -99, path: 'Marketing Manager · Retail', interest: 3 },
  { contact: 'Sofía Herrera', date: -40, type: 'Informational interview', durationMin: 30, takeaways: 'Research ops is a way in; portfolios matter more than titles.', advice: 'Write up one study end to end.', referralsGiven: 'Grace Liu', thankYouSent: -39, path: 'UX Researcher · Design', interest: 3 },
  { contact: 'Grace Liu', date: -10, type: 'Coffee', durationMin: 20, takeaways: 'Industry labs hire from the postdoc pool, but also BS/MS associates.', advice: 'Learn Python for lab automation.', thankYouSent: -9, followUpAgreed: 'Send poster after symposium', path: 'Research Scientist · Biotech', interest: 4 },
  { contact: 'Daniel Kim', date: -6, type: 'Email', takeaways: 'Case interviews: practise out loud with a partner.', path: 'Marketing manager, retail', interest: 2 },
  { contact: 'Priya Raman', date: -3, type: 'Video call', durationMin: 30, takeaways: 'PMs at Duolingo start as analysts or designers more often than as PMs.', advice: 'Ship a small side project and measure it.', referralsGiven: 'Marcus Okafor', path: 'ux researcher, design', interest: 5 },
];

/** Fills an empty harness with the demo tracker, as a student would have it a few weeks after set-up. */
export function buildDemo(h: Harness, gas: BundleContext): void {
  const tz = h.spreadsheet._tz;
  const todayLocal = Math.floor(toLocal(h.rt.nowMs(), tz) / DAY_MS) * DAY_MS;
  const day = (offset: number) => new h.Date(toInstant(todayLocal + offset * DAY_MS, tz));
  // Rows go under the headers set-up made, matched by header text, as a student types them.
  const writeRows = <K extends string>(tab: string, columns: ReadonlyArray<ColumnSpec<K>>, records: Array<Row<K>>) => {
    const header = readTab(h, tab)[0].map(String);
    const specs = header.map((text) => columns.find((c) => c.header === text));
    sheetWith(h, tab, [header, ...records.map((r) => specs.map((c) => {
      const v = c ? r[c.key] : undefined;
      return v === undefined ? '' : c!.kind === 'date' && typeof v === 'number' ? day(v) : v;
    }))]);
  };
  runFunction(h, gas, 'menuSetUpTracker');
  writeRows(TAB.contacts, CONTACT_COLUMNS, CONTACTS);
  runFunction(h, gas, 'menuSetUpTracker');
  // Meetings name their contact by ID, which set-up has just given each contact.
  const [header, ...rows] = readTab(h, TAB.contacts);
  const idOf = new Map(rows.map((r) => [String(r[header.indexOf('Name')]), String(r[header.indexOf('Contact ID')])]));
  writeRows(TAB.meetings, MEETING_COLUMNS, MEETINGS.map((m) => ({ ...m, contactId: idOf.get(String(m.contact)) ?? '' })));
  runFunction(h, gas, 'menuSetUpTracker');
  h.spreadsheet.setActiveSheet(h.sheet(TAB.contacts));
  h.ui.toasts.length = 0;
}
