// The drafts and Settings part of the server API (see ../server-api.ts). JSON only: no Date.
// The server hands the sidebar the facts a draft needs; the draft itself is
// built in the sidebar with the shared draft modules, so tone changes are instant.
import type { Contact, Meeting } from '../schema';
import type { Profile } from '../settings';
import type { DueNow, FollowUpRules } from '../follow-ups';
import type { ContactSummary } from '../contacts';

export interface SettingsView {
  profile: Profile;
  rules: FollowUpRules;
}

/** What the Settings form sends: the fields as typed (validated on the server). */
export interface SettingsInput {
  profile: Record<string, string>;
  rules: Record<string, string>;
}

/** Field errors are keyed by profile field (name, school, ...) or rule key (thankYouDays, ...). */
export type SettingsSaveResult =
  | { ok: true; message: string; settings: SettingsView }
  | { ok: false; errors: Record<string, string> };

export interface DraftContextBase {
  /** Every contact, for the picker. */
  contacts: ContactSummary[];
  /** The contact the draft is for: the one asked for, else the one on the active row; null when none. */
  contact: Contact | null;
  profile: Profile;
  /** Labels of the profile fields a draft needs that are empty ('School', 'Graduation year'). */
  missingProfile: string[];
  /** Today in the spreadsheet's zone, yyyy-MM-dd. */
  today: string;
}

export interface OutreachContext extends DraftContextBase {
  /** The referrer's name when How found is Referral and Referred by resolves (or is a typed name); else ''. */
  referrerName: string;
}

export interface ThanksContext extends DraftContextBase {
  /** The contact's latest logged meeting, or null. */
  meeting: Meeting | null;
  /** People the contact referred the student to, as names (Contact IDs resolved). */
  referralNames: string[];
}

/** A follow-up, referrer loop-back or check-in draft's facts. */
export interface FollowUpDraftContext extends DraftContextBase {
  kind: 'follow-up' | 'loop-back' | 'check-in';
  /** Who the message goes to: the contact, or for a loop-back their referrer. */
  recipient: Contact | null;
  /** follow-up: First contacted (else Last contact), yyyy-MM-dd or ''. */
  firstMessageOn: string;
  /** loop-back: the person met (the contact). */
  metName: string;
  /** One thing learned from the latest meeting with the contact (its takeaways, else its advice), or ''. */
  takeaway: string;
  /** check-in: the last contact with them, yyyy-MM-dd or ''. */
  lastConversationOn: string;
}

export interface MarkResult {
  message: string;
  /** The contact's Status after the change. */
  status: string;
  /** The home page's follow-ups, re-planned in the same execution. */
  home?: DueNow;
}

export interface DraftsApi {
  getSettings: () => SettingsView;
  saveSettings: (input: SettingsInput) => SettingsSaveResult;
  /** contactId '' means the contact on the active row. */
  getOutreachContext: (contactId: string) => OutreachContext;
  getThanksContext: (contactId: string) => ThanksContext;
  /** To contact -> Contacted, First contacted if empty, Last contact today: starts the no-reply clock. */
  markContacted: (contactId: string) => MarkResult;
  /** Today in the contact's and the meeting's Thank-you sent; Met -> Thanked. meetingId '' when none is logged. */
  markThankYouSent: (input: { contactId: string; meetingId: string }) => MarkResult;
  /** The facts for a follow-up, loop-back (written to the referrer) or check-in draft for a contact. */
  getFollowUpDraftContext: (input: { contactId: string; kind: FollowUpDraftContext['kind'] }) => FollowUpDraftContext;
}

