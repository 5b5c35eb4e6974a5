// The server API the sidebar calls through google.script.run: one interface,
// implemented by the exports of src/server/main.ts and called by the client
// through src/client/rpc.ts, so a misspelt call does not compile. Each feature
// declares its part in a wire-*.ts file; this file joins them.
// Everything here crosses as JSON: dates are yyyy-MM-dd strings, never Date.
import { CONTACTS_API_NAMES, type ContactsApi } from './contacts';
import { FOLLOW_UP_API_NAMES, type FollowUpApi } from './follow-ups';
import { QUESTIONS_API_NAMES, type QuestionsApi } from './questions';
import { DRAFTS_API_NAMES, type DraftsApi } from './drafts';
import { IMPORT_API_NAMES, type ImportApi } from './import';
import { DASHBOARD_API_NAMES, type DashboardApi } from './dashboard';

export const PAGES = ['home', 'check', 'contact', 'meeting', 'questions', 'interview', 'outreach', 'thanks', 'import', 'settings'] as const;
export type Page = (typeof PAGES)[number];

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
  getCheckReport(): CheckReport;
  selectContactCell(target: CellTarget): { selected: string };
  getSelection(): Selection;
  /** Selects a contact's row in Contacts (found by ID, wherever it moved). */
  selectContactRow(contactId: string): { selected: string };
}
const FOUNDATION_API_NAMES = ['getCheckReport', 'selectContactCell', 'getSelection', 'selectContactRow'] as const satisfies ReadonlyArray<keyof FoundationApi>;

export interface ServerApi extends FoundationApi, ContactsApi, FollowUpApi, QuestionsApi, DraftsApi, ImportApi, DashboardApi {}

/** The API's names at run time (tests check each is a top-level function of dist/Code.js). */
export const API_NAMES = [
  ...FOUNDATION_API_NAMES,
  ...CONTACTS_API_NAMES,
  ...FOLLOW_UP_API_NAMES,
  ...QUESTIONS_API_NAMES,
  ...DRAFTS_API_NAMES,
  ...IMPORT_API_NAMES,
  ...DASHBOARD_API_NAMES,
] as const;
type Unlisted = Exclude<keyof ServerApi, (typeof API_NAMES)[number]>;
export const _allApiNamesListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** Fails to compile when a type that cannot cross google.script.run (Date, functions) appears in the API. */
type WireSafe<T> = T extends Date | ((...a: never[]) => unknown)
  ? never
  : T extends readonly (infer U)[]
    ? WireSafe<U>[]
    : T extends object
      ? { [K in keyof T]: WireSafe<T[K]> }
      : T;
type ApiTypes = { [K in keyof ServerApi]: [Parameters<ServerApi[K]>, ReturnType<ServerApi[K]>] };
export const _apiIsWireSafe: ApiTypes extends WireSafe<ApiTypes> ? true : false = true;
