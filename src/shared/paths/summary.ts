// The Paths view: for each career path the student has talked about, the
// conversations and people so far, the latest interest and its trend, their
// most recent takeaways (their own words) and a suggested next step. Pure, so
// the sidebar, the Dashboard tab and the tests agree.
//
// Decisions the issue left open:
// - A conversation is a Meetings row with a Path, dated today or earlier (a
//   meeting logged ahead has not happened yet); an undated row still counts.
// - The trend compares the latest Interest with the one before it: higher is
//   rising, lower is falling, equal is steady; with fewer than two ratings it
//   is "new". A falling path is shown as explored: a result, not a failure.
// - "Not met yet" contacts of a path are those whose Title in their Industry
//   groups with it, with no conversation logged and a Status before Met (a
//   Declined or No response is not suggested again).
import type { Contact, Meeting } from '../schema';
import type { IsoDate } from '../dates';
import { parseDateText } from '../dates';
import { chooseName, cleanPath, defaultPathKey, pathKey, readInterest } from './group';
import { remembered } from '../memo';

export type PathTrend = 'rising' | 'steady' | 'falling' | 'new';

export interface PathTakeaway {
  date: string;
  contact: string;
  text: string;
}

export interface PathNextStep {
  kind: 'more-people' | 'one-more' | 'explored';
  text: string;
  /** Contacts of this path not met yet, at most two. */
  candidates: Array<{ contactId: string; name: string }>;
}

export interface PathSummary {
  key: string;
  name: string;
  /** Every spelling found in the Path cells of this path (what a rename rewrites). */
  spellings: string[];
  conversations: number;
  people: string[];
  /** Each rating in date order. */
  interests: Array<{ date: string; interest: number }>;
  latestInterest: number | null;
  trend: PathTrend;
  explored: boolean;
  /** The latest first, at most three. */
  takeaways: PathTakeaway[];
  nextStep: PathNextStep;
  firstDate: string;
  lastDate: string;
}

const TAKEAWAYS_SHOWN = 3;
const CANDIDATES_SHOWN = 2;
const NOT_SUGGESTED = new Set(['met', 'thanked', 'keeping in touch', 'declined', 'no response']);

interface Row {
  index: number;
  date: string;
  text: string;
  contactId: string;
  contact: string;
  interest: number | null;
  takeaways: string;
}

export function trendOf(ratings: readonly number[]): PathTrend {
  if (ratings.length < 2) return 'new';
  const last = ratings[ratings.length - 1];
  const before = ratings[ratings.length - 2];
  return last > before ? 'rising' : last < before ? 'falling' : 'steady';
}

function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function nextStepOf(p: Omit<PathSummary, 'nextStep'>, candidates: PathNextStep['candidates']): PathNextStep {
  const lastPerson = p.people[p.people.length - 1] || 'the last person you met';
  if (p.explored) {
    const first = p.interests[0]?.interest;
    return {
      kind: 'explored',
      text: `Explored: your interest went from ${first} to ${p.latestInterest} over ${p.conversations} conversations. Knowing what you don't want is a result; put your time into the paths that draw you in.`,
      candidates: [],
    };
  }
  const unrated = p.latestInterest === null ? ' Note how interested you are after each conversation to see where it is going.' : '';
  if (p.trend === 'rising') {
    const picks = candidates.slice(0, CANDIDATES_SHOWN);
    const names = listNames(picks.map((c) => c.name));
    const text =
      picks.length === 2
        ? `Rising: talk to two more people in this path. ${names} are in your contacts and not met yet.`
        : picks.length === 1
          ? `Rising: talk to two more people in this path: ${names} (in your contacts, not met yet), and ask ${lastPerson} for a referral to one more.`
          : `Rising: talk to two more people in this path. Ask ${lastPerson} for a referral to someone else in it.`;
    return { kind: 'more-people', text, candidates: picks };
  }
  const pick = candidates.slice(0, 1);
  const who = pick.length ? ` ${pick[0].name} is in your contacts and not met yet.` : ` Ask ${lastPerson} for a referral.`;
  const lead = p.trend === 'new' ? `${p.conversations === 1 ? 'One conversation so far' : 'Early days'}: talk to another person in this path before deciding.` : 'Steady: one more conversation in this path will show whether it grows on you.';
  return { kind: 'one-more', text: `${lead}${who}${unrated}`, candidates: pick };
}

/** The latest takeaways first, from rows in date order; a path may hold thousands of rows. */
function latestTakeaways(rows: readonly Row[]): PathTakeaway[] {
  const out: PathTakeaway[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < TAKEAWAYS_SHOWN; i--) {
    const r = rows[i];
    if (r.takeaways) out.push({ date: r.date, contact: r.contact, text: r.takeaways });
  }
  return out;
}

// Thousands of Interest cells hold a handful of texts ("4", "", "3/5"): each read once.
const interests = new Map<string, number | null>();

function interestOf(cell: unknown): number | null {
  return typeof cell === 'string' ? remembered(interests, cell, readInterest, 2000) : readInterest(cell);
}

/**
 * Groups the Meetings rows by path and summarises each group, the most
 * recently discussed first and explored paths last.
 */
export function summarisePaths(meetings: readonly Meeting[], contacts: readonly Contact[], today: IsoDate): PathSummary[] {
  const groups = new Map<string, Row[]>();
  const dateOf = (cell: string): string => parseDateText(cell) ?? '';
  // The dates read here, kept for the contacts met (hasMet below): one parse a row with a path, not two.
  const n = meetings.length;
  const dates: Array<string | undefined> = new Array(n);
  for (let index = 0; index < n; index++) {
    const m = meetings[index];
    const text = cleanPath(m.path ?? '');
    const key = pathKey(text);
    if (!key) continue;
    const date = (dates[index] = dateOf(m.date ?? ''));
    if (date && date > today) continue;
    const row: Row = { index, date, text, contactId: m.contactId ?? '', contact: cleanPath(m.contact ?? '') || m.contactId || '', interest: interestOf(m.interest), takeaways: (m.takeaways ?? '').trim() };
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  // No path discussed yet: nothing below would be used (the Dashboard asks on every refresh).
  if (groups.size === 0) return [];

  const byKey = new Map<string, Contact[]>();
  for (const c of contacts) {
    const k = defaultPathKey(c);
    if (!k || !groups.has(k)) continue;
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  // Contacts with a conversation logged (by Contact ID as written), made only when a path has contacts to suggest.
  let metIds: Set<string> | null = null;
  const hasMet = (contactId: string): boolean => {
    if (!metIds) {
      metIds = new Set<string>();
      for (let i = 0; i < n; i++) {
        const m = meetings[i];
        if (m.contactId && (dates[i] ?? dateOf(m.date ?? '')) <= today) metIds.add(m.contactId);
      }
    }
    return metIds.has(contactId);
  };

  const out: PathSummary[] = [];
  for (const [key, unsorted] of groups) {
    // The lists are this function's own: sorted in place, not copied.
    const rows = unsorted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
    const interests = rows.filter((r) => r.interest !== null).map((r) => ({ date: r.date, interest: r.interest as number }));
    const trend = trendOf(interests.map((i) => i.interest));
    const met = new Set<string>();
    for (const r of rows) if (r.contact) met.add(r.contact);
    const people = [...met];
    const partial: Omit<PathSummary, 'nextStep'> = {
      key,
      name: chooseName(rows),
      spellings: [...new Set(rows.map((r) => r.text))],
      conversations: rows.length,
      people,
      interests,
      latestInterest: interests.length ? interests[interests.length - 1].interest : null,
      trend,
      explored: trend === 'falling',
      takeaways: latestTakeaways(rows),
      firstDate: rows[0].date,
      lastDate: rows[rows.length - 1].date,
    };
    // The next step names at most two; a path can hold thousands of contacts.
    const candidates: PathNextStep['candidates'] = [];
    for (const c of byKey.get(key) ?? []) {
      if (candidates.length === CANDIDATES_SHOWN) break;
      if (c.contactId && !hasMet(c.contactId) && !NOT_SUGGESTED.has((c.status ?? '').trim().toLowerCase()) && !met.has(cleanPath(c.name))) {
        candidates.push({ contactId: c.contactId, name: cleanPath(c.name) || c.contactId });
      }
    }
    out.push({ ...partial, nextStep: nextStepOf(partial, candidates) });
  }
  return out.sort((a, b) => Number(a.explored) - Number(b.explored) || (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : a.name.localeCompare(b.name)));
}

/** The earlier paths the meeting form offers, most recent first. */
export function pathNames(paths: readonly PathSummary[]): string[] {
  return paths.map((p) => p.name);
}

/** The path group of a typed path among the summaries, if any. */
export function findPath(paths: readonly PathSummary[], text: string): PathSummary | undefined {
  const key = pathKey(text);
  return key ? paths.find((p) => p.key === key) : undefined;
}

/**
 * The Dashboard chart's table: interest per path over time, for the `max`
 * most recently discussed paths with a rating (a chart of more lines is
 * unreadable). One row per date with a rating; a blank where a path had none.
 */
export function interestSeries(paths: readonly PathSummary[], max = 4): { names: string[]; rows: Array<{ date: string; values: Array<number | null> }> } {
  const chosen = paths
    .filter((p) => p.interests.length > 0)
    .slice()
    .sort((a, b) => (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : 0))
    .slice(0, max)
    // Columns in the order the paths were first discussed, so a line keeps its colour between refreshes.
    .sort((a, b) => (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0));
  const dates = [...new Set(chosen.flatMap((p) => p.interests.map((i) => i.date)))].sort();
  const rows = dates.map((date) => ({
    date,
    values: chosen.map((p) => {
      const on = p.interests.filter((i) => i.date === date);
      return on.length ? on[on.length - 1].interest : null;
    }),
  }));
  return { names: chosen.map((p) => p.name), rows };
}
