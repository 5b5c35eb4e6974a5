// The vocabulary of PRODUCT.md in one place: tab names, headers, drop-down lists.
// Everything else (set-up, validation, the sidebar, the tests) reads it from here.

export const TAB = {
  contacts: 'Contacts',
  meetings: 'Meetings',
  questions: 'Questions',
  bank: 'Question Bank',
} as const;
export type TabKey = keyof typeof TAB;

export const HOW_FOUND = [
  'Alumni network',
  'Referral',
  'Professor',
  'Former employer',
  'Friends & family',
  'LinkedIn',
  'Online research',
  'Event or career fair',
  'Other',
] as const;
export type HowFound = (typeof HOW_FOUND)[number];

export const STATUS = [
  'To contact',
  'Contacted',
  'Follow-up sent',
  'Scheduled',
  'Met',
  'Thanked',
  'Keeping in touch',
  'No response',
  'Declined',
] as const;
export type Status = (typeof STATUS)[number];

export const PRIORITY = ['A', 'B', 'C'] as const;
export const PREFERRED_MODE = ['In person', 'Phone', 'Video'] as const;
export const MEETING_TYPE = [
  'Informational interview',
  'Phone call',
  'Video call',
  'Coffee',
  'Email',
  'Event',
] as const;
export type MeetingType = (typeof MEETING_TYPE)[number];
/** How interested the student is in a meeting's path afterwards: 1 (not at all) to 5 (very). */
export const INTEREST = ['1', '2', '3', '4', '5'] as const;

/** What the student is after: their current status, and the goal a question list is shaped by. */
export const GOALS = ['Career exploration', 'Industry research', 'Job search'] as const;
export type Goal = (typeof GOALS)[number];

export const QUESTION_CATEGORY = [
  'Career path',
  'Day to day',
  'Skills and preparation',
  'Industry trends',
  'Organisation and culture',
  'Current projects and goals',
  'Challenges',
  'Advice',
  'Next steps',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORY)[number];

/** How a column is formatted and validated by Set up tracker. */
export type ColumnKind = 'id' | 'text' | 'longText' | 'email' | 'url' | 'phone' | 'date' | 'number' | 'list' | 'checkbox';

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  kind: ColumnKind;
  /**
   * Pixels. Few distinct widths, most of them shared by neighbours, and 100
   * (Sheets' default) where it fits: set-up sets widths a run of equal ones a
   * call, and a new tab's default-wide columns cost none.
   */
  width: number;
  /** Drop-down values for kind 'list'. */
  values?: readonly string[];
  /** Other headers that mean this column (career-centre templates, older versions). */
  aliases?: readonly string[];
}

function col<K extends string>(
  key: K,
  header: string,
  kind: ColumnKind,
  width: number,
  extra: Partial<ColumnSpec<K>> = {},
): ColumnSpec<K> {
  return { key, header, kind, width, ...extra };
}

export const CONTACT_COLUMNS = [
  col('contactId', 'Contact ID', 'id', 100, { aliases: ['ID', 'Contact number'] }),
  col('name', 'Name', 'text', 150, { aliases: ['Full name', 'Contact name', 'Contact', 'Person'] }),
  col('status', 'Status', 'list', 150, { values: STATUS, aliases: ['Stage', 'Outreach status'] }),
  col('nextAction', 'Next action', 'text', 260, { aliases: [] }),
  // Written by the follow-up check beside Next action, so the highlight rules
  // compare a real date with TODAY() and stay right between runs.
  col('actionDue', 'Action due', 'date', 100, { aliases: [] }),
  col('priority', 'Priority', 'list', 100, { values: PRIORITY, aliases: ['Rank', 'Tier'] }),
  col('title', 'Title', 'text', 150, { aliases: ['Job title', 'Position', 'Role', 'Job'] }),
  col('company', 'Company', 'text', 150, { aliases: ['Organization', 'Organisation', 'Employer', 'Firm', 'Company name'] }),
  col('industry', 'Industry', 'text', 150, { aliases: ['Field', 'Sector'] }),
  col('email', 'Email', 'email', 200, { aliases: ['E-mail', 'Email address', 'E-mail address', 'Mail'] }),
  col('linkedin', 'LinkedIn', 'url', 200, { aliases: ['LinkedIn URL', 'LinkedIn profile', 'Profile URL', 'URL'] }),
  col('phone', 'Phone', 'phone', 150, { aliases: ['Phone number', 'Telephone', 'Mobile', 'Cell'] }),
  col('howFound', 'How found', 'list', 150, { values: HOW_FOUND, aliases: ['Source', 'How I found them', 'How met', 'Connection', 'Lead source'] }),
  col('referredBy', 'Referred by', 'text', 150, { aliases: ['Referral', 'Referrer', 'Introduced by'] }),
  col('preferredMode', 'Preferred mode', 'list', 150, { values: PREFERRED_MODE, aliases: ['Mode', 'Meeting mode', 'Format'] }),
  col('firstContacted', 'First contacted', 'date', 120, { aliases: ['Date contacted', 'Contacted on', 'Date of first contact', 'Outreach date'] }),
  col('lastContact', 'Last contact', 'date', 120, { aliases: ['Last contacted', 'Date of last contact', 'Last contact date'] }),
  col('meetingDate', 'Meeting date', 'date', 120, { aliases: ['Interview date', 'Date of interview', 'Meeting', 'Date of meeting'] }),
  // Written by the Schedule step beside Meeting date. Plain text ('@', as the
  // 'id' kind is formatted) so a typed 09:30 stays 09:30 instead of becoming a
  // time serial; HH:mm in the spreadsheet's zone.
  col('meetingTime', 'Meeting time', 'id', 100, { aliases: ['Interview time', 'Time of meeting'] }),
  col('meetingPlace', 'Meeting place', 'text', 200, { aliases: ['Meeting link', 'Meeting location'] }),
  col('thankYouSent', 'Thank-you sent', 'date', 120, { aliases: ['Thank you sent', 'Thank you note sent', 'Thank-you note', 'Thank you'] }),
  col('nextFollowUp', 'Next follow-up', 'date', 120, { aliases: ['Follow-up date', 'Follow up date', 'Follow-up', 'Next follow up'] }),
  col('notes', 'Notes', 'longText', 260, { aliases: ['Comments', 'Remarks'] }),
] as const;

export type ContactKey = (typeof CONTACT_COLUMNS)[number]['key'];

export const MEETING_COLUMNS = [
  col('meetingId', 'Meeting ID', 'id', 100),
  col('contactId', 'Contact ID', 'id', 100),
  col('contact', 'Contact', 'text', 150),
  col('date', 'Date', 'date', 100),
  col('type', 'Type', 'list', 150, { values: MEETING_TYPE }),
  col('durationMin', 'Duration (min)', 'number', 100),
  col('takeaways', 'Takeaways', 'longText', 200),
  col('advice', 'Advice', 'longText', 200),
  col('referralsGiven', 'Referrals given', 'longText', 200),
  col('thankYouSent', 'Thank-you sent', 'date', 120),
  col('followUpAgreed', 'Follow-up agreed', 'text', 200),
  col('path', 'Path', 'text', 200, { aliases: ['Career path'] }),
  col('interest', 'Interest (1-5)', 'list', 100, { values: INTEREST, aliases: ['Interest'] }),
  col('notes', 'Notes', 'longText', 200),
] as const;
export type MeetingKey = (typeof MEETING_COLUMNS)[number]['key'];

export const QUESTION_COLUMNS = [
  col('contactId', 'Contact ID', 'id', 100),
  col('contact', 'Contact', 'text', 150),
  col('order', 'Order', 'number', 60),
  col('category', 'Category', 'list', 170, { values: QUESTION_CATEGORY }),
  col('question', 'Question', 'longText', 420),
  col('asked', 'Asked', 'checkbox', 60),
  col('answerNotes', 'Answer notes', 'longText', 300),
  col('preparedOn', 'Prepared on', 'date', 100),
  col('meetingId', 'Meeting ID', 'id', 100),
] as const;
export type QuestionKey = (typeof QUESTION_COLUMNS)[number]['key'];

export const BANK_PRIORITY = ['High', 'Medium', 'Low'] as const;
export const BANK_STAGE = ['First meeting', 'Follow-up', 'Any'] as const;
export type BankPriority = (typeof BANK_PRIORITY)[number];
export type BankStage = (typeof BANK_STAGE)[number];
export const BANK_COLUMNS = [
  col('category', 'Category', 'list', 170, { values: QUESTION_CATEGORY }),
  col('question', 'Question', 'longText', 480),
  col('priority', 'Priority', 'list', 100, { values: BANK_PRIORITY }),
  col('goals', 'Goals', 'text', 260),
  col('stage', 'Stage', 'list', 110, { values: BANK_STAGE }),
] as const;
export type BankKey = (typeof BANK_COLUMNS)[number]['key'];

export const TAB_COLUMNS = {
  contacts: CONTACT_COLUMNS,
  meetings: MEETING_COLUMNS,
  questions: QUESTION_COLUMNS,
  bank: BANK_COLUMNS,
} as const;

/** A contact row as the shared logic sees it: every cell as text, dates as yyyy-MM-dd. */
export type Contact = Record<ContactKey, string>;
export type Meeting = Record<MeetingKey, string>;
export type QuestionRow = Record<QuestionKey, string>;
export type BankRow = Record<BankKey, string>;

export function emptyRecord<K extends string>(columns: readonly ColumnSpec<K>[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const c of columns) out[c.key] = '';
  return out;
}
