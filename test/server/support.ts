// Named builders for integration tests: the built dist/Code.js over the fakes.
import { createHarness, loadBundle, runFunction, readTab, type Harness } from '../../fakes';
import { CONTACT_COLUMNS } from '../../src/shared/schema';

export const CONTACT_HEADERS = CONTACT_COLUMNS.map((c) => c.header);

export interface Addon {
  h: Harness;
  gas: Record<string, (...args: unknown[]) => unknown>;
  /** Runs an entry point as one FULL-mode execution, as a menu click or google.script.run does. */
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

/** A spreadsheet with the add-on installed; the clock reads 2026-03-04 10:00 in New York. */
export function addon(options: Parameters<typeof createHarness>[0] = {}): Addon {
  const h = createHarness({ now: () => Date.UTC(2026, 2, 4, 15, 0, 0), ...options });
  const gas = loadBundle(h) as Addon['gas'];
  return { h, gas, run: <T,>(name: string, ...args: unknown[]) => runFunction(h, gas, name, args) as T };
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
