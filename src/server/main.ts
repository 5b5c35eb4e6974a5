// The add-on's entry points, and nothing else: every export (its own and those
// of ./api/*) becomes a top-level function of dist/Code.js (scripts/build.mjs),
// which Apps Script can call from the menu, a trigger or google.script.run.
// Each ./api/* module proves with `satisfies` that it implements its part of
// the ServerApi of src/shared/wire.ts.
export * from './api';
export * from './api';
export * from './api';
export * from './api';
export * from './api';
export * from './api';
export * from './api';
