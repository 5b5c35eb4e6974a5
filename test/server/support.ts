// Named builders for integration tests: the built dist/Code.js over the fakes.
import { createHarness, loadBundle, runFunction, readTab, sheetWith, type BundleContext, type Harness } from '../../fakes';
import { CONTACT_COLUMNS, TAB, type TabKey } from '../../src/shared/schema';
import type { ServerApi } from '../../src/shared/server-api';
import type { HomeView } from '../../src/shared/home';

export const CONTACT_HEADERS = CONTACT_COLUMNS.map((c) => c.header);

type Main = typeof import('../../src/server/main');
/** An Apps Script event object as the fakes make it (h.event()), in place of GoogleAppsScript's event types. */
type FakeEvents<P extends unknown[]> = { [I in keyof P]: NonNullable<P[I]> extends object ? Record<string, unknown> | undefined : P[I] };
/** main.ts's exported functions: menu items, onOpen/onInstall, the trigger's handler. */
export type EntryPoints = {
  [K in keyof Main as Main[K] extends (...args: never[]) => unknown ? K : never]: Main[K] extends (...args: infer A) => infer R ? (...args: FakeEvents<A>) => R : never;
};
export type EntryPoint = keyof EntryPoints;

export interface Addon {
  h: Harness;
  gas: Record<string, (...args: unknown[]) => unknown>;
  /** The sidebar's server calls: each runs dist/Code.js's top-level function as one FULL-mode execution, as google.script.run does. */
  api: ServerApi;
  /** Menu items, onOpen/onInstall and the trigger's handler, each one FULL-mode execution as a menu click is. */
  main: EntryPoints;
}

/** A spreadsheet with the add-on installed; the clock reads 2026-03-04 10:00 in New York. */
export function addon(options: Parameters<typeof createHarness>[0] = {}): Addon {
  const h = createHarness({ now: () => Date.UTC(2026, 2, 4, 15, 0, 0), ...options });
  const gas = loadBundle(h) as Addon['gas'];
  return { h, gas, ...callers(h, gas) };
}

/** Typed calls into a loaded bundle, each one FULL-mode execution of its top-level function. */
export function callers(h: Harness, gas: BundleContext): { api: ServerApi; main: EntryPoints } {
  // By name, through the bundle's top-level functions, so a stub build.mjs failed to emit fails the test.
  const byName = <T extends object>() =>
    new Proxy({} as T, { get: (_t, name) => (typeof name === 'string' ? (...args: unknown[]) => runFunction(h, gas, name, args) : undefined) });
  return { api: byName<ServerApi>(), main: byName<EntryPoints>() };
}

/** A Contacts row in the default column order from a few named fields. */
export function contactRow(fields: Partial<Record<(typeof CONTACT_COLUMNS)[number]['key'], unknown>>): unknown[] {
  return CONTACT_COLUMNS.map((c) => fields[c.key] ?? '');
}

/** The tab's rows as objects keyed by header, for assertions that read like the sheet. */
export function rowsByHeader(h: Harness, tab: string): Array<Record<string, unknown>> {
  const [header, ...rows] = readTab(h, tab);
  return rows.map((r) => Object.fromEntries(header.map((k, i) => [String(k), r[i]])));
}

/** The home page of a set-up tracker; fails the test when the tracker is not set up. */
export function setUpHome(home: HomeView): Extract<HomeView, { setUp: true }> {
  if (!home.setUp) throw new Error(`Expected a set-up tracker, got the home page's message: ${home.message}`);
  return home;
}

/**
 * One of the add-on's tabs with these rows, remembered by id as the add-on
 * remembers each tab it makes (Prepare questions makes Questions): a tab that is
 * merely called so is the student's.
 */
export function addonTabWith(a: Addon, key: TabKey, rows: unknown[][]): void {
  const sheet = sheetWith(a.h, TAB[key], rows);
  const ids = JSON.parse(a.h.properties.document.get('infoInterviews.tabs') ?? '{}') as Record<string, number>;
  ids[key] = sheet.getSheetId();
  a.h.properties.document.set('infoInterviews.tabs', JSON.stringify(ids));
}
