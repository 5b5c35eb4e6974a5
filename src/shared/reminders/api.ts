// The reminders part of the server API (see ../server-api.ts): the "Email me
// what is due" setting, the Schedule step and the calendar links. JSON only.

export const REMINDER_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

/** Monday first, as a student's week is read; index = the number stored. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** One user's choice for this spreadsheet. hour is 0-23 in the spreadsheet's zone. */
export interface ReminderSettings {
  frequency: ReminderFrequency;
  /** 0 = Monday … 6 = Sunday; used when weekly. */
  weekday: number;
  hour: number;
}

/** What the last daily check did about the email, shown on home. */
export interface ReminderStatus {
  settings: ReminderSettings;
  /** The address the digest goes to ('' when unknown or off). */
  address: string;
  /** yyyy-MM-dd of the last digest sent, '' if none. */
  lastSentDay: string;
  /** A plain sentence about the last run (sent, skipped and why), '' before the first. */
  lastOutcome: string;
  /** The last failure (quota, refused permission, send error), '' when the latest run was fine. */
  lastError: string;
  /** True when reminders are on but the mail permission was not granted. */
  needsPermission: boolean;
}

export interface RemindersView {
  status: ReminderStatus;
  timeZone: string;
}

export type ReminderSaveResult =
  | { ok: true; message: string; status: ReminderStatus }
  | { ok: false; errors: Record<string, string>; message?: string };

/** A meeting as a calendar entry: what both the Google Calendar link and the .ics are made from. */
export interface CalendarLinks {
  /** https://calendar.google.com/calendar/render?action=TEMPLATE&… */
  googleUrl: string;
  /** The whole .ics file (CRLF lines, folded). */
  ics: string;
  /** A file name for the download, e.g. meeting-ana-ruiz-2026-03-10.ics */
  icsName: string;
}

/** What the Schedule step sends: date yyyy-MM-dd, time HH:mm (the spreadsheet's zone). */
export interface ScheduleInput {
  contactId: string;
  date: string;
  time: string;
  /** In person · Phone · Video, or '' to leave Preferred mode as it is. */
  mode: string;
  /** An address, a phone number or a video link. */
  place: string;
  durationMin?: string;
}

export type ScheduleResult =
  | { ok: true; message: string; links: CalendarLinks }
  | { ok: false; errors: Record<string, string> };

/** A scheduled meeting home lists, with its calendar links. */
export interface UpcomingMeeting {
  contactId: string;
  contactName: string;
  date: string;
  /** HH:mm, '' when no time was given (then no calendar links). */
  time: string;
  place: string;
  links: CalendarLinks | null;
}

export interface RemindersApi {
  getReminders: () => RemindersView;
  saveReminders: (input: ReminderSettings) => ReminderSaveResult;
  scheduleMeeting: (input: ScheduleInput) => ScheduleResult;
}
