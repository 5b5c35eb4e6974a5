// Time spent inside the fake services, so the bench can report the add-on's
// own compute apart from the fakes' (which stand in for Google's servers and
// cost nothing like the same there). Kept per Calls counter, outside it, so the
// proxy's hook is one line; nested fake calls (a fake calling back into the
// bundle that calls a fake again) are counted once, at the outermost call.

import type { Calls } from './runtime';

interface Clock {
  ms: number;
  depth: number;
}

const clocks = new WeakMap<Calls, Clock>();

function clockOf(calls: Calls): Clock {
  let c = clocks.get(calls);
  if (!c) clocks.set(calls, (c = { ms: 0, depth: 0 }));
  return c;
}

/** Runs one service call, adding its duration to the counter's fake time. */
export function timedCall<T>(calls: Calls, run: () => T): T {
  const c = clockOf(calls);
  if (c.depth > 0) return run();
  c.depth++;
  const start = performance.now();
  try {
    return run();
  } finally {
    c.ms += performance.now() - start;
    c.depth--;
  }
}

/** Milliseconds spent inside fake service calls since the counter was made (take differences). */
export function fakeMs(calls: Calls): number {
  return clockOf(calls).ms;
}
