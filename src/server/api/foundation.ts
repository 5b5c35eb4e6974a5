// Entry points of the foundation: menu, set-up, Check outreach fields, selection.
import type { CellTarget, CheckReport, FoundationApi, Selection } from '../../shared/server-api';
import { buildMenu } from '../menu';
import { showSidebar } from '../sidebar';
import { setUpTracker } from '../setup';
import { buildCheckReport, selectContactCell as selectCell } from '../contacts';
import { currentSelection, selectRowOf } from '../sheet';

/** Runs in every AuthMode, NONE included: menus only. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
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

export function getCheckReport(): CheckReport {
  return buildCheckReport();
}

export function selectContactCell(target: CellTarget): { selected: string } {
  return selectCell(target);
}

export function getSelection(): Selection {
  return currentSelection();
}

export function selectContactRow(contactId: string): { selected: string } {
  return selectRowOf(contactId);
}

const _api = { getCheckReport, selectContactCell, getSelection, selectContactRow } satisfies FoundationApi;
void _api;
