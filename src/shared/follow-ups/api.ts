// The follow-ups part of the server API (see ../server-api.ts). JSON only: no Date.
// The item types live in ../due-items.ts: every save's result carries them.
export type { ActionKind, DueNow, FollowUpCounts, FollowUpItem, Urgency } from '../due-items';
import type { DueNow, FollowUpCounts } from '../due-items';
import type { MarkKind } from './marks';

/** What the last follow-up check did, kept in document properties for the home page. */
export interface CheckStatus {
  /** When the last successful check ran, 'yyyy-MM-dd HH:mm' in the spreadsheet's zone; '' if never. */
  lastRunAt: string;
  /** The date it judged as "today" (differs from the run day for a run as of a date). */
  lastAsOf: string;
  /** The last failure's message, '' when the latest run succeeded. */
  lastError: string;
  lastErrorAt: string;
  /** Who runs the daily check: 'you', 'another editor' (one check per document), or '' when it is off. */
  runBy?: 'you' | 'another editor' | '';
  /** The daily check's owner must open the add-on again: Apps Script asked for authorisation when it fired. */
  needsReauthorisation?: boolean;
}

export interface CheckResult {
  asOf: string;
  /** Contact rows with something in them. */
  contacts: number;
  /** Rows whose Next action or Action due changed. */
  changed: number;
  counts: FollowUpCounts;
  summary: string;
}

export interface DailyCheckState {
  on: boolean;
  /** False when it already was in the requested state. */
  changed: boolean;
  /** Set when another editor's trigger runs this spreadsheet's check (one per document). */
  runBy?: 'another editor';
}

export interface MarkFollowUpInput {
  contactId: string;
  mark: MarkKind;
  /** yyyy-MM-dd, for marks that take a date (scheduled: the meeting's day). */
  date?: string;
}

export interface MarkFollowUpResult {
  message: string;
  /** The contact's Status after the mark. */
  status: string;
  home: DueNow;
}

export interface FollowUpApi {
  /** Marks a step done by the marks table and re-plans at once; returns the home page's refreshed items. */
  markFollowUp: (input: MarkFollowUpInput) => MarkFollowUpResult;
  /** Runs the follow-up check now; asOf (yyyy-MM-dd) judges as of another day (the workbench). */
  refreshFollowUps: (asOf?: string) => CheckResult;
  setDailyCheck: (on: boolean) => DailyCheckState;
  /** Set up tracker from the home page's call to action. */
  setUpFromSidebar: () => { summary: string };
}

