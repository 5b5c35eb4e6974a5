// The server API the sidebar calls through google.script.run: one interface,
// implemented by src/server/main.ts (`satisfies ServerApi`) and called by the
// client through a proxy typed from it, so a misspelt call does not compile.
// Everything here crosses as JSON: dates are yyyy-MM-dd strings, never Date.

export const PAGES = ['home', 'check'] as const;
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

export interface ServerApi {
  getCheckReport(): CheckReport;
  selectContactCell(target: CellTarget): { selected: string };
}

/** The API's names at run time (tests check each is a top-level function of dist/Code.js). */
export const API_NAMES = ['getCheckReport', 'selectContactCell'] as const satisfies ReadonlyArray<keyof ServerApi>;
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
