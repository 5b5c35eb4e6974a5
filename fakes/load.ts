// Loads the built bundle (only that file) into a context whose globals are exactly the Apps Script
// ones, and runs its entry points the way Apps Script does (menu clicks, triggers, opening the file).
//
// gas-local is kept: it is a thin vm.createContext + runInContext over the globals we pass, and adds
// nothing of Node's. A fresh vm context still has V8's own `console`, which our globals replace.

import * as path from 'path';
import * as vm from 'vm';
import type { Harness } from './index';
import type { AuthModeName, TriggerRecord } from './runtime';
import { AuthMode } from './triggers';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const gasLocal = require('gas-local') as { require(folder: string, globals: object, options: { filter(f: string): boolean }): object };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BundleContext = Record<string, any>;

const DEFAULT_BUNDLE = path.resolve(__dirname, '..', 'dist', 'Code.js');

export function loadBundle(h: Harness, bundlePath: string = DEFAULT_BUNDLE): BundleContext {
  const file = path.resolve(bundlePath);
  const globals = { ...h.globals };
  const ctx = gasLocal.require(path.dirname(file), globals, { filter: (f: string) => path.resolve(f) === file }) as BundleContext;
  h.rt.ErrorCtor = vm.runInContext('Error', ctx as vm.Context) as ErrorConstructor;
  h.rt.context = ctx;
  return ctx;
}

function entry(ctx: BundleContext, name: string): (...args: unknown[]) => unknown {
  const fn = ctx[name];
  if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
  return fn;
}

/**
 * Runs a top-level function as one execution (a menu click or google.script.run call): FULL auth by
 * default, locks it still holds are released at the end, as Apps Script does.
 */
export function runFunction(h: Harness, ctx: BundleContext, name: string, args: unknown[] = [], authMode: AuthModeName = 'FULL'): unknown {
  const fn = entry(ctx, name);
  const before = h.authMode;
  const id = h.beginExecution();
  h.setAuthMode(authMode);
  try {
    return fn(...args);
  } finally {
    h.endExecution(id);
    h.setAuthMode(before);
  }
}

/** Fires an installable trigger as its owner, in FULL, with the event object Apps Script sends. */
export function fireTrigger(h: Harness, ctx: BundleContext, trigger: TriggerRecord): unknown {
  const at = new h.Date();
  const e: Record<string, unknown> = { authMode: AuthMode.FULL, triggerUid: trigger.id };
  if (trigger.eventType === 'CLOCK') {
    Object.assign(e, { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, 'day-of-month': at.getUTCDate(), hour: at.getUTCHours(), minute: at.getUTCMinutes(), second: at.getUTCSeconds(), timezone: 'UTC' });
  } else {
    e.source = h.rt.expose(h.spreadsheet);
  }
  const user = h.rt.user;
  h.setUser(trigger.user);
  try {
    return runFunction(h, ctx, trigger.handler, [e], 'FULL');
  } finally {
    h.setUser(user);
  }
}

/** Opening the file: the simple onOpen(e) in the given mode, then the user's installable open triggers. */
export function openDocument(h: Harness, ctx: BundleContext, authMode: AuthModeName = 'LIMITED'): void {
  if (typeof ctx.onOpen === 'function') {
    const before = h.authMode;
    h.setAuthMode(authMode);
    try {
      runFunction(h, ctx, 'onOpen', [h.event()], authMode);
    } finally {
      h.setAuthMode(before);
    }
  }
  for (const t of h.triggers.filter((x) => x.eventType === 'ON_OPEN' && x.user === h.rt.user)) fireTrigger(h, ctx, t);
}
