// Which follow-up rules fire for one contact and when each is due, before the
// visibility window and the most-urgent choice that follow-ups.ts applies.
import { addDays, daysBetween, type IsoDate } from '../dates';
import { cellDate, hasHappened, hasMetStatus, isMeeting, lastContactOf, recordsThankYou } from './facts';
import type { FollowUpRules } from './rules';
import type { Contact, Meeting, Status } from '../schema';

import type { ActionKind } from '../due-items';
export type { ActionKind } from '../due-items';

export interface FollowUpContext {
  /** yyyy-MM-dd in the spreadsheet's time zone. */
  today: IsoDate;
  rules: FollowUpRules;
  /** The interactions logged for this contact. */
  meetings: readonly Meeting[];
  /** Questions are already prepared for this contact. */
  questionsPrepared: boolean;
  /** The contact Referred by resolves to, with lastContactOf(that contact); null when none. */
  referrer: { contact: Contact; lastContact: IsoDate } | null;
}

const LABEL = {
  thankYou: 'Send thank-you note',
  noReply: 'Send a polite follow-up',
  noReplyAgain: 'Try another channel or mark No response',
  agreed: 'Follow up as agreed',
  keepInTouch: 'Check in with an update',
  prepare: 'Prepare questions',
  logMeeting: 'Log the meeting',
};

/** A rule that fired: what to do and when, before the visibility window. */
export interface Candidate {
  kind: ActionKind;
  label: string;
  due: IsoDate;
  /** The referrer, for 'referral-loop'. */
  related?: Contact;
}

function thankYouDue(contact: Contact, status: Status | null, ctx: FollowUpContext): IsoDate | null {
  const ownMeeting = cellDate(contact.meetingDate);
  // The latest meeting that happened, and whether its row (any row of that day) records a thank-you.
  let latest = '';
  let latestThanked = false;
  if (status === 'Met' && ownMeeting && hasHappened(ownMeeting, ctx.today, status)) latest = ownMeeting;
  for (let i = 0; i < ctx.meetings.length; i++) {
    const m = ctx.meetings[i];
    if (!isMeeting(m)) continue;
    const date = cellDate(m.date);
    if (!date || date < latest || !hasHappened(date, ctx.today, status)) continue;
    const thankedOnRow = recordsThankYou(m.thankYouSent);
    if (date > latest) {
      latest = date;
      latestThanked = thankedOnRow;
    } else {
      latestThanked = latestThanked || thankedOnRow;
    }
  }
  if (!latest || latestThanked) return null;

  const thankedOn = cellDate(contact.thankYouSent);
  if (thankedOn) {
    if (thankedOn >= latest) return null;
  } else if (status === 'Thanked' || status === 'Keeping in touch') {
    return null;
  } else if (recordsThankYou(contact.thankYouSent) && (!ownMeeting || latest <= ownMeeting)) {
    // A "Yes" in the contact's column speaks for the meeting in its Meeting date, not a later one.
    return null;
  }
  return addDays(latest, ctx.rules.thankYouDays);
}

/** The day the student first met the person, or null when they have not. */
function firstMetOn(contact: Contact, status: Status | null, ctx: FollowUpContext): IsoDate | null {
  let first: IsoDate | null = null;
  if (hasMetStatus(status)) first = earlierMet(first, cellDate(contact.meetingDate), status, ctx.today);
  for (let i = 0; i < ctx.meetings.length; i++) {
    const m = ctx.meetings[i];
    if (isMeeting(m)) first = earlierMet(first, cellDate(m.date), status, ctx.today);
  }
  return first;
}

function earlierMet(first: IsoDate | null, date: IsoDate | null, status: Status | null, today: IsoDate): IsoDate | null {
  return date && hasHappened(date, today, status) && (!first || date < first) ? date : first;
}

export function candidatesFor(contact: Contact, status: Status | null, ctx: FollowUpContext): Candidate[] {
  const { today, rules } = ctx;
  const out: Candidate[] = [];
  const last = lastContactOf(contact, ctx.meetings, today);

  const agreedOn = cellDate(contact.nextFollowUp);
  if (agreedOn && !(last && last >= agreedOn)) out.push({ kind: 'agreed', label: LABEL.agreed, due: agreedOn });
  if (status === 'Declined' || status === 'No response') return out;

  const thankYou = thankYouDue(contact, status, ctx);
  if (thankYou) out.push({ kind: 'thank-you', label: LABEL.thankYou, due: thankYou });

  if (last && (status === 'Contacted' || status === 'Follow-up sent')) {
    const label = status === 'Contacted' ? LABEL.noReply : LABEL.noReplyAgain;
    out.push({ kind: 'no-reply', label, due: addDays(last, rules.noReplyDays) });
  }
  if (last && (status === 'Thanked' || status === 'Keeping in touch')) {
    out.push({ kind: 'keep-in-touch', label: LABEL.keepInTouch, due: addDays(last, rules.keepInTouchDays) });
  }

  const referrer = ctx.referrer;
  const metOn = referrer && referrer.contact !== contact ? firstMetOn(contact, status, ctx) : null;
  if (referrer && metOn && !(referrer.lastContact >= metOn)) {
    const who = referrer.contact.name.trim() || referrer.contact.contactId.trim() || 'your referrer';
    out.push({ kind: 'referral-loop', label: `Tell ${who} you met them`, due: addDays(metOn, rules.referralLoopDays), related: referrer.contact });
  }

  const meeting = cellDate(contact.meetingDate);
  if (meeting && !ctx.questionsPrepared && !hasHappened(meeting, today, status)) {
    const until = daysBetween(today, meeting);
    if (until >= 0 && until <= rules.prepareDays) out.push({ kind: 'prepare', label: LABEL.prepare, due: meeting });
  }
  // A Scheduled meeting whose day has come and that nobody logged: without the
  // log, no thank-you or loop-back can ever fall due.
  if (meeting && status === 'Scheduled' && meeting <= today && !ctx.meetings.some((m) => isMeeting(m) && (cellDate(m.date) ?? '') >= meeting)) {
    out.push({ kind: 'log-meeting', label: LABEL.logMeeting, due: meeting });
  }
  return out;
}

