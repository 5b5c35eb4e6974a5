// The contacts and meetings part of the server API (see ../server-api.ts): the contact
// form, Log a meeting, referrals. JSON only: dates are yyyy-MM-dd strings.
import { CONTACT_COLUMNS, type Contact, type ContactKey } from '../schema';
import type { DueNow } from '../due-items';

/** The fields the contact form edits: every column but those the add-on writes itself. */
export const CONTACT_FORM_FIELDS: readonly ContactKey[] = CONTACT_COLUMNS.map((c) => c.key).filter(
  (k) => k !== 'contactId' && k !== 'nextAction' && k !== 'actionDue',
);

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
  /** The career path the meeting was about (Meetings' Path); '' for none. */
  path?: string;
  /** How interested the student is in that path now, '1'..'5', '' when not said. */
  interest?: string;
}

/** A form save: either done, with what changed, or field errors and nothing written. */
export type SaveResult =
  | {
      ok: true;
      message: string;
      contactId: string;
      meetingId?: string;
      /** Names of the contacts a save added (referrals). */
      createdContacts?: string[];
      /** Names of existing contacts a save linked (referrals). */
      linkedContacts?: string[];
      /** Headers of the contact's cells the save changed. */
      changed?: string[];
      /** The home page's follow-ups, re-planned in the same execution as the save. */
      home?: DueNow;
      /** The contact's Status after the save. */
      status?: string;
      /** The contact form as it reads after the save (saveContact), so the panel shows it without asking again. */
      form?: ContactFormData;
    }
  | { ok: false; errors: Record<string, string> };

/** What the contact form opens with. */
export interface ContactFormData {
  /** The contact to edit (every cell as text), or null for a new contact. */
  contact: Contact | null;
  /** Every contact, for the Referred by picker and "edit another". */
  contacts: ContactSummary[];
  /** Today in the spreadsheet's time zone, yyyy-MM-dd. */
  today: string;
}

/** What the contact form saves: contactId '' for a new contact; fields holds only what the user changed. */
export interface ContactSaveInput {
  contactId: string;
  fields: Partial<Contact>;
}

export interface ContactsApi {
  /** The form for a contact by ID; '' means the contact on the active row of Contacts (null when none). */
  getContactForm: (contactId: string) => ContactFormData;
  saveContact: (input: ContactSaveInput) => SaveResult;
  logMeeting: (input: MeetingInput) => SaveResult;
}


export type { Contact };

// Check outreach fields and "which contact?": the foundation of every panel.
export interface ProblemView {
  contactId: string;
  contactName: string;
  /** The sheet row when the report was made; the click re-finds it by contactId. */
  row: number;
  a1: string;
  field: string;
  header: string;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
}

export interface CheckGroup {
  contactId: string;
  contactName: string;
  row: number;
  problems: ProblemView[];
}

export interface CheckReport {
  tabName: string;
  contactsChecked: number;
  errors: number;
  warnings: number;
  groups: CheckGroup[];
}

export interface CellTarget {
  contactId: string;
  field: string;
  row: number;
}

/** A contact as pickers and headers in the sidebar show it. */
export interface ContactSummary {
  contactId: string;
  name: string;
  title: string;
  company: string;
  status: string;
}

/** "Which contact?": the one on the active row of Contacts (if any) and all of them for a picker. */
export interface Selection {
  selected: ContactSummary | null;
  contacts: ContactSummary[];
  /** Today in the spreadsheet's time zone, yyyy-MM-dd. */
  today: string;
}

export interface FoundationApi {
  getCheckReport: () => CheckReport;
  selectContactCell: (target: CellTarget) => { selected: string };
  getSelection: () => Selection;
  /** Selects a contact's row in Contacts (found by ID, wherever it moved). */
  selectContactRow: (contactId: string) => { selected: string };
}
