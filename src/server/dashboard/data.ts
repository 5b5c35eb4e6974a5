// Hands what the dashboard summarises (the tracker its caller read) to the
// shared summaries; the same figures feed the Dashboard tab and the sidebar.
import { summariseDashboard, summariseHome, type DashboardSummary } from '../../shared/dashboard';
import type { DashboardHome } from '../../shared/dashboard';
import type { FollowUpCounts } from '../../shared/follow-ups';
import type { IsoDate } from '../../shared/dates';
import type { ContactKey } from '../../shared/schema';
import type { Table, Tracker } from '../sheet';
import { loadRules } from '../settings';

/** What the figures are made from: the tracker as read, and the follow-up check's reading of it. */
export interface DashboardInput {
  asOf: IsoDate;
  tracker: Tracker;
  /** Contacts whose questions are prepared for their next meeting (the follow-up check decides). */
  preparedContactIds: Set<string>;
  /** The follow-up plan's counts, when the caller planned the same tracker as of the same day. */
  followUps?: FollowUpCounts;
}

export interface DashboardData {
  summary: DashboardSummary;
  contacts: Table<ContactKey>;
}

/** The figures as of a day, from the tracker the caller read. */
export function loadDashboard({ asOf, tracker, preparedContactIds, followUps }: DashboardInput): DashboardData {
  const { contacts, meetings } = tracker;
  const summary = summariseDashboard({
    contacts: contacts.rows,
    meetings,
    // The follow-up check's own reading, so the counts here match its Next action column.
    preparedContactIds,
    today: asOf,
    rules: loadRules(),
    followUps,
  });
  return { summary, contacts };
}

/** The part of the figures the sidebar's home page shows, as of a day, without working out the rest. */
export function loadHomeSummary({ asOf, tracker, preparedContactIds, followUps }: DashboardInput): DashboardHome {
  return summariseHome({ contacts: tracker.contacts.rows, meetings: tracker.meetings, preparedContactIds, today: asOf, rules: loadRules(), followUps });
}
