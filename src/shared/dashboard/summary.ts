// The numbers of the Dashboard tab and the sidebar's home summary: the outreach
// funnel, response and meeting rates, recent activity, follow-up counts,
// referrals and sources. Pure, so the tab, the sidebar and the tests agree.
//
// Decisions the issue left open:
// - Funnel "now" counts each contact once, at its Status; Follow-up sent counts as
//   Contacted (still waiting for a reply). No response, Declined and a blank or
//   unrecognised Status ("No status") are kept apart.
// - Funnel "reached" counts everyone who got at least that far, from their cells
//   and meetings: a To contact row with a logged meeting reached Met; a No
//   response row reached Contacted.
// - Replied = Scheduled or later, or a meeting logged (the definition: a
//   Declined is an answer but not a yes, so it is not a reply here). Contacted =
//   any status past To contact, a First contacted or Last contact date, or a reply.
// - Meetings: Meetings rows other than Email and Event, plus a Contacts Meeting
//   date with a Met status when no row logs that day. Rows for a deleted contact
//   still count in the monthly activity, not in any contact's figures.
// - Weeks start on Monday; the last week and month are the current ones.
import type { IsoDate } from '../dates';
import { gatherFacts, APART, PIPELINE, type ApartStage, type Facts, type PipelineStage } from './facts';
import { referralTree, type ReferralLine } from './referral-tree';
import { cellDate, planFollowUps, type FollowUpCounts, type FollowUpRules } from '../follow-ups';
import { HOW_FOUND, type Contact, type Meeting } from '../schema';
import { interestSeries, summarisePaths, type PathSummary } from '../paths';

export { PIPELINE, APART } from './facts';
export type { PipelineStage, ApartStage } from './facts';
export type { ReferralLine } from './referral-tree';

export interface FunnelRow {
  stage: PipelineStage;
  /** Contacts whose Status is this stage now. */
  now: number;
  /** Contacts who got at least this far. */
  reached: number;
}

export interface Rates {
  contacted: number;
  replied: number;
  met: number;
  /** replied / contacted, 0..1; null before anyone is contacted. */
  responseRate: number | null;
  meetingRate: number | null;
}

export interface SourceRow {
  source: string;
  contacts: number;
  replied: number;
  meetings: number;
}

export interface DashboardSummary {
  asOf: IsoDate;
  contacts: number;
  funnel: FunnelRow[];
  apart: Array<{ stage: ApartStage; now: number }>;
  rates: Rates;
  monthlyMeetings: Array<{ month: string; label: string; meetings: number }>;
  weeklyOutreach: Array<{ weekStart: IsoDate; contacted: number }>;
  followUps: FollowUpCounts;
  referrals: ReferralLine[];
  sources: SourceRow[];
  /** Meetings rows (that happened) whose contact is no longer in Contacts. */
  unmatchedMeetings: number;
  /** The career paths of the conversations (see ../paths). */
  paths: PathSummary[];
  /** The table the interest-per-path chart draws. */
  pathInterest: ReturnType<typeof interestSeries>;
}

export interface DashboardInput {
  contacts: readonly Contact[];
  meetings: readonly Meeting[];
  /** Contact IDs with questions prepared (the follow-up check's "prepare" rule). */
  preparedContactIds: ReadonlySet<string>;
  today: IsoDate;
  rules: FollowUpRules;
  /** The plan's counts when the caller has just planned these rows as of today with these rules: planning again would double the work. */
  followUps?: FollowUpCounts;
}

export function summariseDashboard(input: DashboardInput): DashboardSummary {
  const { today } = input;
  const facts = gatherFacts(input.contacts, input.meetings, today);
  const { funnel, apart, rates } = tally(facts);
  return {
    asOf: today,
    contacts: facts.contacts.length,
    funnel,
    apart,
    rates,
    monthlyMeetings: monthlyMeetings(facts, today),
    weeklyOutreach: weeklyOutreach(facts, today),
    followUps: followUpCounts(input),
    referrals: referralTree(facts),
    sources: sourcesOf(facts),
    unmatchedMeetings: facts.unmatchedMeetings,
    ...pathsOf(input),
  };
}

/**
 * The figures the sidebar's home page shows (its DashboardHome), the same as
 * summariseDashboard's, without the rest: the referral tree, the sources, the
 * paths and the monthly and weekly series would be most of the work for home.
 */
export function summariseHome(input: DashboardInput): Pick<DashboardSummary, 'asOf' | 'contacts' | 'funnel' | 'apart' | 'rates' | 'followUps'> {
  const facts = gatherFacts(input.contacts, input.meetings, input.today);
  const { funnel, apart, rates } = tally(facts);
  return { asOf: input.today, contacts: facts.contacts.length, funnel, apart, rates, followUps: followUpCounts(input) };
}

function followUpCounts(input: DashboardInput): FollowUpCounts {
  return input.followUps ?? planFollowUps(input.contacts, input.meetings, input.preparedContactIds, input.today, input.rules).counts;
}

function pathsOf(input: DashboardInput): Pick<DashboardSummary, 'paths' | 'pathInterest'> {
  const paths = summarisePaths(input.meetings, input.contacts, input.today);
  return { paths, pathInterest: interestSeries(paths) };
}

function ratio(n: number, of: number): number | null {
  return of === 0 ? null : n / of;
}

// Where each place a contact can be now is counted: a funnel stage (0..) or a status kept apart (-1, -2, ...).
const NOW_AT = {} as Record<PipelineStage | ApartStage, number>;
PIPELINE.forEach((stage, i) => (NOW_AT[stage] = i));
APART.forEach((stage, i) => (NOW_AT[stage] = -1 - i));

/** The funnel, the statuses kept apart and the rates, in one pass over the contacts (the home page asks on every open). */
function tally(facts: Facts): { funnel: FunnelRow[]; apart: DashboardSummary['apart']; rates: Rates } {
  const now = PIPELINE.map(() => 0);
  const apartNow = APART.map(() => 0);
  // How many got exactly this far; "reached" is everyone this far or further.
  const furthest = PIPELINE.map(() => 0);
  let contacted = 0;
  let replied = 0;
  let met = 0;
  const all = facts.contacts;
  for (let i = 0; i < all.length; i++) {
    const f = all[i];
    const at = NOW_AT[f.now];
    if (at >= 0) now[at] += 1;
    else apartNow[-1 - at] += 1;
    furthest[f.reached] += 1;
    if (f.contacted) contacted += 1;
    if (f.replied) replied += 1;
    if (f.met) met += 1;
  }
  const funnel: FunnelRow[] = PIPELINE.map((stage, i) => ({ stage, now: now[i], reached: 0 }));
  let reached = 0;
  for (let i = PIPELINE.length - 1; i >= 0; i--) funnel[i].reached = reached += furthest[i];
  return {
    funnel,
    apart: APART.map((stage, i) => ({ stage, now: apartNow[i] })),
    rates: { contacted, replied, met, responseRate: ratio(replied, contacted), meetingRate: ratio(met, contacted) },
  };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The 12 months up to and including today's, oldest first: yyyy-MM keys and "Mar 2026" labels. */
export function lastMonths(today: IsoDate, n = 12): Array<{ month: string; label: string }> {
  let y = +today.slice(0, 4);
  let m = +today.slice(5, 7);
  const out: Array<{ month: string; label: string }> = [];
  for (let i = 0; i < n; i++) {
    out.unshift({ month: `${y}-${String(m).padStart(2, '0')}`, label: `${MONTH_NAMES[m - 1]} ${y}` });
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

function monthlyMeetings(facts: Facts, today: IsoDate): DashboardSummary['monthlyMeetings'] {
  const months = lastMonths(today);
  const counts = new Map(months.map((m) => [m.month, 0]));
  // Only dates from the first month shown up to today count: compared as text, no key cut from most dates.
  const from = `${months[0].month}-01`;
  const add = (dates: readonly IsoDate[]) => {
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      if (d < from || d > today) continue;
      const key = d.slice(0, 7);
      counts.set(key, counts.get(key)! + 1);
    }
  };
  const all = facts.contacts;
  for (let i = 0; i < all.length; i++) if (all[i].meetingDates.length) add(all[i].meetingDates);
  add(facts.unmatchedMeetingDates);
  return months.map((m) => ({ ...m, meetings: counts.get(m.month) ?? 0 }));
}

function utcDay(iso: IsoDate): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

function isoOf(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Mondays starting the last n weeks, oldest first; the last is this week's. */
export function lastWeekStarts(today: IsoDate, n = 8): IsoDate[] {
  const t = utcDay(today);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * 86400000;
  const out: IsoDate[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(isoOf(monday - i * 7 * 86400000));
  return out;
}

function weeklyOutreach(facts: Facts, today: IsoDate): DashboardSummary['weeklyOutreach'] {
  const weeks = lastWeekStarts(today);
  const counts = weeks.map(() => 0);
  const first = weeks[0];
  const all = facts.contacts;
  for (let i = 0; i < all.length; i++) {
    const d = cellDate(all[i].contact.firstContacted);
    if (!d || d < first || d > today) continue;
    // The weeks are consecutive, the last holds today: a day is in the last week starting on or before it.
    let w = counts.length - 1;
    while (weeks[w] > d) w--;
    counts[w] += 1;
  }
  return weeks.map((weekStart, i) => ({ weekStart, contacted: counts[i] }));
}

const SOURCE_BY_KEY = new Map<string, string>(HOW_FOUND.map((s) => [s.toLowerCase(), s]));
export const NOT_SET = 'Not set';

function sourcesOf(facts: Facts): SourceRow[] {
  const rows = new Map<string, SourceRow>([...HOW_FOUND, NOT_SET].map((s) => [s, { source: s, contacts: 0, replied: 0, meetings: 0 }]));
  // Thousands of contacts, a handful of ways of writing How found: each read once.
  const sourceOf = new Map<string, string>();
  for (const f of facts.contacts) {
    let source = sourceOf.get(f.contact.howFound);
    if (source === undefined) {
      const typed = f.contact.howFound.trim().replace(/\s+/g, ' ').toLowerCase();
      // Adopted templates hold free text ("Career fair"): it is a source, just not one of the list's.
      source = typed === '' ? NOT_SET : (SOURCE_BY_KEY.get(typed) ?? 'Other');
      sourceOf.set(f.contact.howFound, source);
    }
    const row = rows.get(source)!;
    row.contacts += 1;
    if (f.replied) row.replied += 1;
    row.meetings += f.meetings;
  }
  return [...rows.values()];
}
