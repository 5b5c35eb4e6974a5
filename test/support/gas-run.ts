// A google.script.run for the sidebar outside Apps Script (browser tests and
// the workbench): the page-side shim relays each call to Node, which runs the
// real dist/Code.js function over the fakes. As strict as Apps Script: only
// top-level functions not ending in _, JSON-only arguments and results, no Date.

/** The global scripts/build.mjs gives the bundle's module in dist/Code.js. */
const BUNDLE_GLOBAL = 'InfoInterviews';

/**
 * The names google.script.run serves: the keys of main.ts's `api` object, read
 * off the loaded bundle (`gas`, its context), so no list of names is kept by hand.
 */
export function apiNames(gas: object): string[] {
  const mod = (gas as Record<string, { api?: object } | undefined>)[BUNDLE_GLOBAL];
  if (!mod || !mod.api) throw new Error(`The bundle has no ${BUNDLE_GLOBAL}.api: was dist/Code.js built by scripts/build.mjs?`);
  return Object.keys(mod.api);
}

export type Relay = (name: string, argsJson: string) => Promise<{ ok: true; json: string } | { ok: false; message: string }>;

function hasDate(value: unknown, seen = new Set<unknown>()): boolean {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  if (value && typeof value === 'object') {
    if (seen.has(value)) return false;
    seen.add(value);
    return Object.values(value as object).some((v) => hasDate(v, seen));
  }
  return false;
}

/**
 * Runs one call through `invoke` (which runs the bundle's top-level function as
 * one execution). Never throws: failures come back as messages.
 */
export function dispatch(invoke: (name: string, args: unknown[]) => unknown, name: string, argsJson: string): { ok: true; json: string } | { ok: false; message: string } {
  if (name.endsWith('_') || !/^[A-Za-z_$][\w$]*$/.test(name)) {
    return { ok: false, message: `Script function not found: ${name}` };
  }
  let args: unknown[];
  try {
    args = JSON.parse(argsJson);
    if (!Array.isArray(args)) throw new Error('arguments must be an array');
  } catch (e) {
    return { ok: false, message: `Bad request: ${(e as Error).message}` };
  }
  try {
    const result = invoke(name, args);
    if (hasDate(result)) return { ok: false, message: `${name} returned a Date, which google.script.run cannot carry` };
    return { ok: true, json: JSON.stringify(result === undefined ? null : result) };
  } catch (e) {
    const err = e as Error;
    return { ok: false, message: err && err.message ? err.message : String(e) };
  }
}

/**
 * Page-side source of google.script.run and google.script.host. `relayExpr` is
 * a JS expression evaluating to (name, argsJson) => Promise<result>. Handlers
 * fire asynchronously, as in Apps Script; each runner method is an own
 * enumerable property (gas-client style libraries enumerate them).
 */
export function gasRunShim(relayExpr: string, names: readonly string[]): string {
  return `(() => {
  const relay = ${relayExpr};
  const names = ${JSON.stringify(names)};
  function hasDate(v) {
    if (v instanceof Date) return true;
    if (v && typeof v === 'object') return Object.values(v).some(hasDate);
    return false;
  }
  function runner(success, failure, userObject) {
    const r = {
      withSuccessHandler: (fn) => runner(fn, failure, userObject),
      withFailureHandler: (fn) => runner(success, fn, userObject),
      withUserObject: (o) => runner(success, failure, o),
    };
    for (const name of names) {
      r[name] = (...args) => {
        if (hasDate(args)) throw new Error('Failed due to illegal value in property: a Date cannot be sent to the server');
        relay(name, JSON.stringify(args)).then((res) => {
          if (res.ok) { if (success) success(JSON.parse(res.json), userObject); }
          else if (failure) failure(new Error(res.message), userObject);
        });
      };
    }
    return r;
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() { window.__closed = true; }, setHeight() {}, setWidth() {}, editor: { focus() {} } } } };
})();`;
}
