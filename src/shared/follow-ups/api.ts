// The follow-ups part of the server API (see ../server-api.ts). JSON only: no Date.
import type { ActionKind } from './rule-triggers';

/** How soon an open action is due, as the home page groups and the highlights colour it. */
export type Urgency = 'overdue' | 'today' | 'upcoming';

/** One open follow-up as the home page lists it. */
export interface FollowUpItem {
  contactId: string;
  contactName: string;
  kind: ActionKind;
  label: string;
  /** yyyy-MM-dd in the spreadsheet's zone. */
  due: string;
  /** Days past due; 0 on the due day; negative = days until due. */
  daysOverdue: number;
  urgency: Urgency;
  /** The Next action cell text. */
  text: string;
}

export interface FollowUpCounts {
  overdue: number;
  today: number;
  upcoming: number;
}

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

export interface FollowUpApi {
  /** Runs the follow-up check now; asOf (yyyy-MM-dd) judges as of another day (the workbench). */
  refreshFollowUps: (asOf?: string) => CheckResult;
  setDailyCheck: (on: boolean) => DailyCheckState;
  /** Set up tracker from the home page's call to action. */
  setUpFromSidebar: () => { summary: string };
}

