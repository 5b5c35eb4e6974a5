// The sidebar's home page in one server call: the open follow-ups as of today
// (computed fresh, not read from Next action, so it is right even before the
// day's check ran), the last check's outcome and the daily trigger's state.
import { toFollowUpItem, type FollowUpItem } from '../../shared/follow-ups';
import type { HomeView } from '../../shared/home';
import type { IsoDate } from '../../shared/dates';
import { findTab, openDoc, readTracker, today, type Doc, type Tracker } from '../sheet';
import { loadHomeSummary } from '../dashboard';
import { checkStatus, planTracker, type TrackerPlan } from '../follow-ups';
import { UserError } from '../errors';
import { startHereState } from './start-here';
import { upcomingPrep } from '../meetings';
import { remindersHome } from '../reminders';

export function buildHome(): HomeView {
  const doc = openDoc();
  const contactsTab = findTab(doc, 'contacts');
  if (!contactsTab) return { setUp: false, message: 'This spreadsheet has no tracker yet.' };
  const day = today(doc);
  let tracker;
  let data;
  try {
    data = readTracker(doc, contactsTab);
    tracker = planTracker(doc, day, data);
  } catch (e) {
    // A Contacts tab without its Contact ID column needs set-up, not an error box.
    if (e instanceof UserError) return { setUp: false, message: e.message };
    throw e;
  }
  return homeFrom(doc, day, data, tracker);
}

/** The home page from a tracker read and planned already (by buildHome, or by the check just run). */
export function homeFrom(doc: Doc, day: IsoDate, data: Tracker, tracker: TrackerPlan): HomeView {
  // Every due item of every contact (a thank-you and a loop-back both show), not one per contact.
  const followUps: FollowUpItem[] = tracker.plan.due.map(toFollowUpItem);
  // The check is on exactly when someone runs it (isDailyCheckOn's answer), so the triggers are asked once.
  const check = checkStatus(doc);
  return {
    setUp: true,
    today: day,
    contacts: tracker.nonBlank,
    followUps,
    counts: tracker.plan.counts,
    check,
    dailyCheckOn: check.runBy !== '',
    summary: loadHomeSummary({ asOf: day, tracker: data, preparedContactIds: tracker.prepared, followUps: tracker.plan.counts }),
    startHere: startHereState(data.contacts.rows),
    prep: upcomingPrep(data, day, tracker.prepared),
    ...remindersHome(doc, tracker.contacts.rows, day),
  };
}
