// What a benchmark scenario is, and the helpers every *.bench.ts shares: a
// tracker of n contacts over the fakes, and one measured run of an action.
// scripts/bench.mjs bundles every bench/*.bench.ts and runs their scenarios.
import * as path from 'path';
import * as fs from 'fs';
import { Session } from 'inspector';
import { createHarness, fakeMs, loadBundle, type BundleContext, type Harness } from '../fakes';
import { seedTracker } from '../test/support/tracker-seed';
import { callers, type EntryPoints } from '../test/server/support';
import type { ServerApi } from '../src/shared/server-api';

// Bundled into a temporary file, so __dirname no longer says where the repository is.
const DIST = path.join(process.env.BENCH_ROOT ?? path.resolve(__dirname, '..'), 'dist');

export interface Measurement {
  /** Spreadsheet service calls (calls.total: I/O plus builders and rules). */
  calls: number;
  /** SpreadsheetApp, Spreadsheet, Sheet and Range calls only. */
  io: number;
  /**
   * Calls to the other services (Properties, Lock, Script, Session, Utilities, Mail…): each
   * crosses into Apps Script's services too, and the Spreadsheet count alone would hide them.
   * Logging is left out.
   */
  other: number;
  /** Wall time of the action, fakes included. */
  ms: number;
  /** Of ms, the time spent inside the fake services (Google's servers in production): ms - fakeMs is the add-on's own work. */
  fakeMs: number;
  /** The counted calls by method, for BENCH_DETAIL=1. */
  byMethod: Record<string, number>;
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
  /** The sidebar's server calls and the menu's entry points, each one execution (see test/server/support.ts). */
  api: ServerApi;
  main: EntryPoints;
}

/** A spreadsheet on 2026-03-04 with n contacts and two logged meetings each (or a new spreadsheet's blank Sheet1), optionally set up. */
export function trackerOf(contacts: number, setUp = true, seed = true): Tracker {
  const h = createHarness({ now: () => Date.UTC(2026, 2, 4, 15), distDir: DIST });
  const gas = loadBundle(h, path.join(DIST, 'Code.js'));
  if (seed) {
    seedTracker(h, contacts, 2);
    // A real sheet has room below its rows (a new tab has 1,000): an append then grows nothing, as in the call-count tests.
    for (const tab of ['Contacts', 'Meetings']) h.sheet(tab).insertRowsAfter(h.sheet(tab).getMaxRows(), 50);
  }
  const t = { h, gas, ...callers(h, gas) };
  if (setUp) t.main.menuSetUpTracker();
  return t;
}

// The types fakes/runtime.ts counts in calls.total (the Spreadsheet service).
const COUNTED = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DataValidationBuilder|DataValidation|ConditionalFormatRuleBuilder|ConditionalFormatRule|BooleanCondition)\./;
// Logging costs no service call worth counting.
const LOGGING = /^(Logger|console)\./;

// BENCH_PROFILE=dir writes a V8 CPU profile of each measured action alone (not
// the seeding or set-up around it), e.g. dir/Follow-up_check@10000.cpuprofile:
// open it in Chrome DevTools (Performance > Load profile) or aggregate it by function.
const PROFILE_DIR = process.env.BENCH_PROFILE;
let profileName = 'action';
/** Names the next measured action's profile file (scripts/bench.mjs sets it per scenario and size). */
export function profileAs(name: string): void {
  profileName = name.replace(/[^\w@.-]+/g, '_');
}

/** Runs fn under the in-process inspector's CPU profiler (its callbacks are synchronous on this thread). */
function profiled(fn: () => void): void {
  if (!PROFILE_DIR) return fn();
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
  try {
    fn();
  } finally {
    session.post('Profiler.stop', (err, res) => {
      if (!err) {
        fs.mkdirSync(PROFILE_DIR, { recursive: true });
        fs.writeFileSync(path.join(PROFILE_DIR, `${profileName}.cpuprofile`), JSON.stringify(res.profile));
      }
    });
    session.disconnect();
  }
}

/** Counts and times fn alone: the calls it makes, the milliseconds it takes and how many of them were spent in the fakes. */
export function measure(h: Harness, fn: () => void): Measurement {
  h.calls.reset();
  const fakesBefore = fakeMs(h.calls);
  const start = process.hrtime.bigint();
  profiled(fn);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const byMethod = Object.fromEntries(Object.entries(h.calls.byMethod).filter(([name]) => !LOGGING.test(name)));
  const other = Object.entries(byMethod).reduce((n, [name, count]) => (COUNTED.test(name) ? n : n + count), 0);
  return { calls: h.calls.total, io: h.calls.io, other, ms, fakeMs: fakeMs(h.calls) - fakesBefore, byMethod };
}

/** Runs a server call of dist/Code.js as one execution, measured; null when a dist/Code.js built before it lacks it. */
export function measureEntry<K extends keyof ServerApi>(t: Tracker, name: K, ...args: Parameters<ServerApi[K]>): Measurement | null {
  if (typeof t.gas[name] !== 'function') return null;
  const call = t.api[name] as (...a: Parameters<ServerApi[K]>) => unknown;
  return measure(t.h, () => call(...args));
}
