// Reads what the dashboard summarises (one getValues a tab) and hands it to the
// shared summaries; the same figures feed the Dashboard tab and the sidebar.
import { summariseDashboard, type DashboardSummary } from '../../shared/dashboard';
import type { DashboardHome } from '../../shared/dashboard';
import type { IsoDate } from '../../shared/dates';
import type { ContactKey } from '../../shared/schema';
import { today, type Doc, type Table } from '../sheet';
import { readTracker, type Tracker } from '../sheet';
import { preparedContactIds } from '../follow-ups';
import { loadRules } from '../settings';

export interface DashboardData {
  summary: DashboardSummary;
  contacts: Table<ContactKey>;
}

/** The figures as of a day; pass the tracker when the caller has read it already. */
export function loadDashboard(doc: Doc, asOf: IsoDate = today(doc), tracker: Tracker = readTracker(doc)): DashboardData {
  const { contacts, meetings, questions } = tracker;
  const summary = summariseDashboard({
    contacts: contacts.rows,
    meetings,
    // The follow-up check's own reading, so the counts here match its Next action column.
    preparedContactIds: preparedContactIds(contacts.rows, meetings, questions, asOf),
    today: asOf,
    rules: loadRules(),
  });
  return { summary, contacts };
}

/** The part of the figures the sidebar's home page shows. */
export function homeSummary(s: DashboardSummary): DashboardHome {
  return { asOf: s.asOf, contacts: s.contacts, funnel: s.funnel, apart: s.apart, rates: s.rates, followUps: s.followUps };
}
