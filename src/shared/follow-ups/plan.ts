// The follow-up check of PRODUCT.md ("Follow-up rules"): from the Contacts and
// Meetings rows and today's date, each contact's one Next action and the list the
// sidebar shows. Pure, so the daily trigger, Refresh follow-ups and the workbench
// all decide the same way.
//
// API
//   planFollowUps(contacts, meetings, preparedContactIds, today, rules)
//     -> { cells: { nextAction, actionDue }[] (same order as contacts),
//          actions: FollowUpAction[] (one per contact, most urgent first),
//          counts: { overdue, today, upcoming } }
//   actionsForContact(contact, ctx) -> every visible action for one contact, most urgent first
//   formatActionText(label, due, daysOverdue) -> 'Send thank-you note (due 2026-03-04, 2 days overdue)'
//   lastContactOf, meetingsByContact (follow-up-facts); DEFAULT_RULES, validateRules (follow-up-rules)
//
// Decisions the spec left open:
// - An action appears once its due date is within UPCOMING_DAYS (7) or past;
//   Prepare questions appears for its own window (a meeting within prepareDays).
// - One contact, several actions: the most overdue wins, then due today, then the
//   soonest upcoming; a tie goes to the earlier kind in RULE_ORDER: what is owed
//   to someone who gave their time first, then what the student promised, then
//   nudges.
// - Across contacts the actions list sorts the same way, then by Priority (A, B,
//   C, none), then sheet order.
// - Declined and No response contacts get only an agreed follow-up.
// - "The last contact" also counts First contacted, Thank-you sent and a past
//   Meeting date (templates fill only some), and skips dates after today.
// - A meeting dated today has happened only once Status says Met (or Thanked,
//   Keeping in touch): the daily check runs before an afternoon meeting.
// - Date cells holding text that is not a date are ignored; a date typed as text
//   (3/4/2026, 4 Mar 2026) is read. A Thank-you sent of "Yes" or TRUE counts.
// - Thank-you: the latest meeting that has happened (Status Met with its Meeting
//   date, or a logged meeting that is not an Email or an Event) and is not thanked
//   (a thank-you on that meeting's row, the contact's Thank-you sent on or after
//   it, or Status Thanked / Keeping in touch with no later meeting logged).
// - Agreed follow-up is done once the student has been in touch on or after its date.
// - No reply: Status Contacted says "Send a polite follow-up"; after Follow-up
//   sent, another noReplyDays of silence says "Try another channel or mark No response".
// - Referral loop-back goes on the referred person's row, due referralLoopDays
//   after their first meeting, until the referrer's last contact is on or after it.
//   Only one hop is read, so cycles in Referred by cannot loop.
import { indexContacts, isBlankContact, resolveContactRef } from '../contacts';
import { daysBetween, isIsoDate, type IsoDate } from '../dates';
import { lastContactOf, meetingsByContact, statusOf } from './facts';
import type { FollowUpCounts, Urgency } from '../due-items';
import type { FollowUpRules } from './rules';
import { candidatesFor, type ActionKind, type FollowUpContext } from './rule-triggers';
import type { Contact, Meeting } from '../schema';

export { cellDate, isMeeting, lastContactOf, meetingsByContact, recordsThankYou } from './facts';
export { DEFAULT_RULES, RULE_KEYS, RULE_LIMITS, rulesOrDefault, validateRules } from './rules';
export type { FollowUpRules, RuleKey, RuleLimit, RulesValidation } from './rules';
export type { ActionKind, FollowUpContext } from './rule-triggers';

export type { Urgency } from './api';

export interface FollowUpAction {
  contactId: string;
  contactName: string;
  kind: ActionKind;
  /** What to do, e.g. 'Send thank-you note'. */
  label: string;
  due: IsoDate;
  /** Days past due; 0 on the due day; negative = days until due. */
  daysOverdue: number;
  urgency: Urgency;
  /** The Next action cell text. */
  text: string;
  /** For 'referral-loop', the referrer to tell; '' otherwise. */
  relatedContactId: string;
  relatedContactName: string;
}

export interface FollowUpPlan {
  cells: Array<{ nextAction: string; actionDue: string }>;
  actions: FollowUpAction[];
  /** Every visible action of every contact (one contact may have several), most urgent first: the home page's list. */
  due: FollowUpAction[];
  counts: FollowUpCounts;
}

export const UPCOMING_DAYS = 7;
export const RULE_ORDER: readonly ActionKind[] = ['thank-you', 'prepare', 'log-meeting', 'agreed', 'referral-loop', 'no-reply', 'keep-in-touch'];

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** The Next action cell text: `Label (due 2026-03-04, 2 days overdue)`, `(due today)`, `(due …, in 3 days)`. */
export function formatActionText(label: string, due: IsoDate, daysOverdue: number): string {
  if (daysOverdue === 0) return `${label} (due today)`;
  if (daysOverdue > 0) return `${label} (due ${due}, ${days(daysOverdue)} overdue)`;
  return `${label} (due ${due}, in ${days(-daysOverdue)})`;
}

function urgencyOf(daysOverdue: number): Urgency {
  return daysOverdue > 0 ? 'overdue' : daysOverdue === 0 ? 'today' : 'upcoming';
}

// Sorting thousands of actions compares kinds many times over.
const RULE_RANK = {} as Record<ActionKind, number>;
RULE_ORDER.forEach((kind, i) => (RULE_RANK[kind] = i));

/** Most overdue first, then due today, then soonest; ties by RULE_ORDER. */
export function compareUrgency(a: FollowUpAction, b: FollowUpAction): number {
  return b.daysOverdue - a.daysOverdue || RULE_RANK[a.kind] - RULE_RANK[b.kind];
}

/** Every action the rules give this contact today, visible ones only, most urgent first. */
export function actionsForContact(contact: Contact, ctx: FollowUpContext): FollowUpAction[] {
  checkToday(ctx.today);
  return actionsOf(contact, ctx);
}

function checkToday(today: IsoDate): void {
  if (!isIsoDate(today)) throw new Error(`today must be yyyy-MM-dd, got "${today}"`);
}

function actionsOf(contact: Contact, ctx: FollowUpContext): FollowUpAction[] {
  if (isBlankContact(contact)) return [];
  const actions: FollowUpAction[] = [];
  const candidates = candidatesFor(contact, statusOf(contact), ctx);
  // Indexed loops here and in the rules: they run once a contact, mostly before V8 has optimised them.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const daysOverdue = daysBetween(c.due, ctx.today);
    if (c.kind !== 'prepare' && daysOverdue < -UPCOMING_DAYS) continue;
    actions.push({
      contactId: contact.contactId.trim(),
      contactName: contact.name.trim(),
      kind: c.kind,
      label: c.label,
      due: c.due,
      daysOverdue,
      urgency: urgencyOf(daysOverdue),
      text: formatActionText(c.label, c.due, daysOverdue),
      relatedContactId: c.related ? c.related.contactId.trim() : '',
      relatedContactName: c.related ? c.related.name.trim() : '',
    });
  }
  // Most contacts have one action or none: nothing to sort then.
  return actions.length > 1 ? actions.sort(compareUrgency) : actions;
}

const PRIORITIES = ['A', 'B', 'C'];

const NO_MEETINGS: readonly Meeting[] = [];
// One cell for every row with nothing to do: the callers only read the cells.
const NO_ACTION: FollowUpPlan['cells'][number] = Object.freeze({ nextAction: '', actionDue: '' });

function priorityRank(contact: Contact): number {
  const i = PRIORITIES.indexOf(contact.priority.trim().toUpperCase());
  return i < 0 ? 3 : i;
}

/**
 * Where an action goes in the plan's lists as one number: most overdue first,
 * then RULE_ORDER, then Priority (A, B, C, none), then sheet row; the same
 * order as comparing those in turn (compareUrgency, then rank, then row) while
 * the number is a safe integer (whole days; rows below `rows`).
 */
export function sortKey(action: Pick<FollowUpAction, 'daysOverdue' | 'kind'>, rank: number, row: number, rows: number): number {
  return ((-action.daysOverdue * RULE_ORDER.length + RULE_RANK[action.kind]) * (PRIORITIES.length + 1) + rank) * (rows + 1) + row;
}

/**
 * The follow-up check over the whole tracker: one Next action (and its due date)
 * per contact row, in row order, and the chosen actions most urgent first.
 * Linear in rows: meetings are grouped by contact once, referrers resolved by index.
 */
export function planFollowUps(
  contacts: readonly Contact[],
  meetings: readonly Meeting[],
  preparedContactIds: ReadonlySet<string>,
  today: IsoDate,
  rules: FollowUpRules,
): FollowUpPlan {
  checkToday(today);
  const index = indexContacts(contacts);
  const byContact = meetingsByContact(contacts, meetings, index);
  const lastContactCache = new Map<Contact, IsoDate>();
  const lastContactOfReferrer = (c: Contact): IsoDate => {
    let last = lastContactCache.get(c);
    if (last === undefined) {
      last = lastContactOf(c, byContact.get(c) ?? NO_MEETINGS, today);
      lastContactCache.set(c, last);
    }
    return last;
  };

  const cells: FollowUpPlan['cells'] = [];
  // Each entry's place in the order below as one number (sortKey), when every place fits one; sorting thousands compares them often.
  const rows = contacts.length;
  let keyed = true;
  const entry = (action: FollowUpAction, rank: number, row: number) => {
    const key = sortKey(action, rank, row, rows);
    if (!Number.isSafeInteger(key)) keyed = false;
    return { action, rank, row, key };
  };
  const chosen: Array<{ action: FollowUpAction; rank: number; row: number; key: number }> = [];
  const every: typeof chosen = [];
  const counts: FollowUpCounts = { overdue: 0, today: 0, upcoming: 0 };
  contacts.forEach((contact, row) => {
    const ref = resolveContactRef(contact.referredBy, index);
    const id = contact.contactId.trim();
    const ctx: FollowUpContext = {
      today,
      rules,
      meetings: byContact.get(contact) ?? NO_MEETINGS,
      questionsPrepared: id !== '' && preparedContactIds.has(id),
      referrer: ref && ref !== contact ? { contact: ref, lastContact: lastContactOfReferrer(ref) } : null,
    };
    const all = actionsOf(contact, ctx);
    const action = all[0];
    if (!action) {
      cells.push(NO_ACTION);
      return;
    }
    const rank = priorityRank(contact);
    const first = entry(action, rank, row);
    every.push(first);
    for (let i = 1; i < all.length; i++) every.push(entry(all[i], rank, row));
    cells.push({ nextAction: action.text, actionDue: action.due });
    chosen.push(first);
    counts[action.urgency] += 1;
  });

  const byParts = (a: (typeof chosen)[number], b: (typeof chosen)[number]) => compareUrgency(a.action, b.action) || a.rank - b.rank || a.row - b.row;
  const order = keyed ? (a: (typeof chosen)[number], b: (typeof chosen)[number]) => a.key - b.key : byParts;
  chosen.sort(order);
  // Sorted on first use: the daily check writes cells and never lists every item.
  let due: FollowUpAction[] | null = null;
  return {
    cells,
    actions: chosen.map((c) => c.action),
    get due() {
      return (due ??= every.sort(order).map((c) => c.action));
    },
    counts,
  };
}
