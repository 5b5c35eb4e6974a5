// The contacts and meetings part of the server API (see wire.ts): the contact
// form, Log a meeting, referrals. JSON only: dates are yyyy-MM-dd strings.
import type { Contact } from './schema';

/** What Log a meeting sends. Dates are yyyy-MM-dd; durationMin is digits or ''. */
export interface MeetingInput {
  contactId: string;
  date: string;
  type: string;
  durationMin: string;
  takeaways: string;
  advice: string;
  /** "Name, Company" per line (or separated by semicolons); each becomes or links a contact. */
  referralsGiven: string;
  /** yyyy-MM-dd when a thank-you was sent, else ''. */
  thankYouSent: string;
  /** What was agreed, e.g. "Send my resume"; free text. */
  followUpAgreed: string;
  /** yyyy-MM-dd of the agreed follow-up, becomes the contact's Next follow-up; '' for none. */
  nextFollowUp: string;
  notes: string;
}

/** A form save: either done, with what changed, or field errors and nothing written. */
export type SaveResult =
  | { ok: true; message: string; contactId: string; meetingId?: string; createdContacts?: string[]; linkedContacts?: string[] }
  | { ok: false; errors: Record<string, string> };

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ContactsApi {}

export const CONTACTS_API_NAMES = [] as const satisfies ReadonlyArray<keyof ContactsApi>;

export type { Contact };
