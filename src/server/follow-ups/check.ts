// The follow-up check: reads Contacts, Meetings and Questions once each, lets
// the shared rules decide each contact's Next action, and writes the Next action
// and Action due columns back in one go, under the document lock so it never
// interleaves with a sidebar save. Shared by the daily trigger, Refresh
// follow-ups, the home page and the workbench's "run as of a date".
import { isIsoDate, type IsoDate } from '../../shared/dates';
import { planFollowUps, preparedContactIds, type FollowUpPlan } from '../../shared/follow-ups';
import type { CheckResult } from '../../shared/follow-ups';
import type { ContactKey } from '../../shared/schema';
import { isBlankContact } from '../../shared/contacts';
import { openDoc, readTracker, refreshHighlights, today, withDocumentLock, writeColumns, type Doc, type Table, type Tracker } from '../sheet';
import { loadRules } from '../settings';
import { refreshDashboard } from '../dashboard';
import { recordCheckFailure, recordCheckSuccess } from './status';
import { UserError } from '../errors';

export interface TrackerPlan {
  contacts: Table<ContactKey>;
  plan: FollowUpPlan;
  asOf: IsoDate;
  /** Contacts whose questions are prepared for their next meeting. */
  prepared: Set<string>;
  /** Contact rows with something in them. */
  nonBlank: number;
}


/** Reads the tracker (one getValues a tab) and plans every contact's follow-up as of a day. */
export function planTracker(doc: Doc, asOf: IsoDate, tracker: Tracker = readTracker(doc)): TrackerPlan {
  const { contacts, meetings, questions } = tracker;
  const prepared = preparedContactIds(contacts.rows, meetings, questions, asOf);
  const plan = planFollowUps(contacts.rows, meetings, prepared, asOf, loadRules());
  let nonBlank = 0;
  for (const r of contacts.rows) if (!isBlankContact(r)) nonBlank++;
  return { contacts, plan, asOf, prepared, nonBlank };
}


/** Writes Next action and Action due for every row, only when a cell would change. */
function writePlan(t: TrackerPlan): number {
  const { rows } = t.contacts;
  let changed = 0;
  t.plan.cells.forEach((cell, i) => {
    if (rows[i].nextAction !== cell.nextAction || rows[i].actionDue !== cell.actionDue) changed++;
  });
  if (changed > 0) writeColumns(t.contacts, ['nextAction', 'actionDue'], t.plan.cells);
  return changed;
}

export function checkSummary(r: Omit<CheckResult, 'summary'>): string {
  const { overdue, today: dueToday, upcoming } = r.counts;
  const open = overdue + dueToday + upcoming;
  const head = `Follow-ups checked for ${r.contacts} contact${r.contacts === 1 ? '' : 's'} as of ${r.asOf}`;
  const body = open === 0 ? 'nothing due' : `${overdue} overdue, ${dueToday} due today, ${upcoming} coming up`;
  const tail = r.changed === 0 ? 'Next action was already up to date.' : `${r.changed} row${r.changed === 1 ? '' : 's'} updated.`;
  return `${head}: ${body}. ${tail}`;
}

/** A yyyy-MM-dd the workbench may pass to judge as of another day; anything else is refused. */
export function checkAsOf(asOf: unknown): IsoDate | undefined {
  if (asOf === undefined || asOf === null || asOf === '') return undefined;
  if (typeof asOf !== 'string' || !isIsoDate(asOf.trim())) {
    throw new UserError(`"${String(asOf)}" is not a date: use yyyy-MM-dd, e.g. 2026-03-04.`);
  }
  return asOf.trim();
}

/**
 * Runs the check now (or as of a day) and records the outcome for the home page,
 * failures included: a trigger's failure is otherwise seen by nobody.
 */
export function runFollowUpCheck(asOfArg?: unknown): CheckResult {
  return checkKeeping(asOfArg).result;
}

/** What the check read and planned: the home page shown next needs no read or plan of its own. */
export interface CheckedTracker {
  doc: Doc;
  day: IsoDate;
  data: Tracker;
  plan: TrackerPlan;
}

/** The check, and what it read and planned. */
export function checkKeeping(asOfArg?: unknown): { result: CheckResult; checked: CheckedTracker } {
  const asOf = checkAsOf(asOfArg);
  try {
    return withDocumentLock(() => {
      const doc = openDoc();
      const day = asOf ?? today(doc);
      const data = readTracker(doc);
      const tracker = planTracker(doc, day, data);
      const changed = writePlan(tracker);
      // A moved column or rows added since set-up would leave the highlights behind.
      refreshHighlights(tracker.contacts, { trustStored: true });
      refreshDashboard(doc, { asOf: day, tracker: data, preparedContactIds: tracker.prepared, followUps: tracker.plan.counts });
      const partial = { asOf: day, contacts: tracker.nonBlank, changed, counts: tracker.plan.counts };
      recordCheckSuccess(day);
      return { result: { ...partial, summary: checkSummary(partial) }, checked: { doc, day, data, plan: tracker } };
    });
  } catch (e) {
    recordCheckFailure(e);
    throw e;
  }
}
