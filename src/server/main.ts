// The add-on's entry points, and nothing else: every export becomes a top-level
// function of dist/Code.js (scripts/build.mjs), which Apps Script can call from
// the menu, a trigger or google.script.run.
import type { CellTarget, CheckReport, ServerApi } from '../shared/wire';
import { buildMenu } from './menu';
import { showSidebar } from './sidebar';
import { setUpTracker } from './setup';
import { buildCheckReport, selectContactCell as selectCell } from './check-fields';

// --- menu and simple triggers ---

/** Runs in every AuthMode, NONE included: menus only. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetUpTracker(): void {
  setUpTracker();
}

export function menuOpenSidebar(): void {
  showSidebar('home');
}

export function menuCheckOutreachFields(): void {
  showSidebar('check');
}

// --- google.script.run: the ServerApi of src/shared/wire.ts ---

export function getCheckReport(): CheckReport {
  return buildCheckReport();
}

export function selectContactCell(target: CellTarget): { selected: string } {
  return selectCell(target);
}

// Compile-time proof that the exports above implement the whole ServerApi.
const _api: ServerApi = { getCheckReport, selectContactCell };
void _api;
