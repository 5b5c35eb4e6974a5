// The server API the sidebar calls through google.script.run: one interface,
// implemented by the `api` object of src/server/main.ts and called by the
// client through src/client/rpc.ts, so a misspelt call does not compile. Each
// feature declares its part in its api.ts; this file joins them. Members are
// in property syntax (name: (...) => R), never method syntax: methods are
// bivariant in their parameters, so `satisfies` would let through a server
// function that takes a narrower type than the sidebar sends.
// Everything here crosses as JSON: dates are yyyy-MM-dd strings, never Date.
import type { ContactsApi } from './contacts';
import type { FollowUpApi } from './follow-ups';
import type { QuestionsApi } from './questions';
import type { DraftsApi } from './drafts';
import type { ImportApi } from './import';
import type { DashboardApi } from './dashboard';

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
  getCheckReport: () => CheckReport;
  selectContactCell: (target: CellTarget) => { selected: string };
  getSelection: () => Selection;
  /** Selects a contact's row in Contacts (found by ID, wherever it moved). */
  selectContactRow: (contactId: string) => { selected: string };
}

export interface ServerApi extends FoundationApi, ContactsApi, FollowUpApi, QuestionsApi, DraftsApi, ImportApi, DashboardApi {}

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
