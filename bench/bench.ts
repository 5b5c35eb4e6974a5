// What a benchmark scenario is, and the helpers every *.bench.ts shares: a
// tracker of n contacts over the fakes, and one measured run of an action.
// scripts/bench.mjs bundles every bench/*.bench.ts and runs their scenarios.
import * as path from 'path';
import { createHarness, loadBundle, runFunction, type BundleContext, type Harness } from '../fakes';
import { seedTracker } from '../test/support/tracker-seed';

// Bundled into a temporary file, so __dirname no longer says where the repository is.
const DIST = path.join(process.env.BENCH_ROOT ?? path.resolve(__dirname, '..'), 'dist');

export interface Measurement {
  /** Spreadsheet service calls (calls.total: I/O plus builders and rules). */
  calls: number;
  /** SpreadsheetApp, Spreadsheet, Sheet and Range calls only. */
  io: number;
  ms: number;
}

export interface BenchScenario {
  name: string;
  /** Measures one run at this many contacts; null when the action does not exist (yet) in dist/Code.js. */
  run(contacts: number): Measurement | null;
  /** A scenario whose calls this one is compared with: the ratio is printed beside it. */
  comparedWith?: string;
}

export interface Tracker {
  h: Harness;
  gas: BundleContext;
}

/** A spreadsheet on 2026-03-04 with n contacts and two logged meetings each, optionally set up. */
export function trackerOf(contacts: number, setUp = true): Tracker {
  const h = createHarness({ now: () => Date.UTC(2026, 2, 4, 15), distDir: DIST });
  const gas = loadBundle(h, path.join(DIST, 'Code.js'));
  seedTracker(h, contacts, 2);
  if (setUp) runFunction(h, gas, 'menuSetUpTracker');
  return { h, gas };
}

/** Counts and times fn alone: the calls it makes and the milliseconds it takes (fakes included). */
export function measure(h: Harness, fn: () => void): Measurement {
  h.calls.reset();
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { calls: h.calls.total, io: h.calls.io, ms };
}

/** Runs an entry point of dist/Code.js as one execution, measured. */
export function measureEntry(t: Tracker, name: string, ...args: unknown[]): Measurement | null {
  if (typeof t.gas[name] !== 'function') return null;
  return measure(t.h, () => runFunction(t.h, t.gas, name, args));
}
