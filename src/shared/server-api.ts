// The server API the sidebar calls through google.script.run: one interface,
// implemented by the `api` object of src/server/main.ts and called by the
// client through src/client/rpc.ts, so a misspelt call does not compile. Each
// feature declares its part in its api.ts; this file joins them. Members are
// in property syntax (name: (...) => R), never method syntax: methods are
// bivariant in their parameters, so `satisfies` would let through a server
// function that takes a narrower type than the sidebar sends.
// Everything here crosses as JSON: dates are yyyy-MM-dd strings, never Date.
import type { ContactsApi, FoundationApi } from './contacts';
import type { FollowUpApi } from './follow-ups';
import type { QuestionsApi } from './questions';
import type { DraftsApi, SettingsView } from './drafts';
import type { ImportApi } from './import';
import type { DashboardApi } from './dashboard';
import type { HomeApi } from './home';
import type { MeetingsApi } from './meetings';
import type { PathsApi } from './paths';
import type { RemindersApi, RemindersView } from './reminders';

export const PAGES = ['home', 'check', 'contact', 'meeting', 'questions', 'interview', 'outreach', 'thanks', 'import', 'settings', 'paths', 'schedule'] as const;
export type Page = (typeof PAGES)[number];

/** What the Settings panel opens with: its settings and the reminder email's choice, one round trip. */
export interface SettingsOpen extends SettingsView {
  /** Absent when it could not be read: the reminder section then asks for it itself. */
  reminders?: RemindersView;
}

export interface ServerApi
  extends FoundationApi, ContactsApi, HomeApi, FollowUpApi, QuestionsApi, Omit<DraftsApi, 'getSettings'>, ImportApi, DashboardApi, MeetingsApi, PathsApi, RemindersApi {
  getSettings: () => SettingsOpen;
}

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
