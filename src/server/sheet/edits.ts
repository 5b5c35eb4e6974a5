// What a simple onEdit(e) needs from the edit event, read here so that no
// other server file calls the Spreadsheet service: which of the add-on's tabs
// the edit was on. Runs in AuthMode.LIMITED: the current document only.
import type { TabKey } from '../../shared/schema';
import { findTab, storedTabIds, tabId, type DocRef } from './table';

export interface EditedRows {
  tab: TabKey;
  /** Sheet rows of the edited range, first to last. */
  firstRow: number;
  lastRow: number;
}

/** Which of our tabs the edit was on and its rows, or null when it is none of ours (or the event has no range). */
export function editedRows(doc: DocRef, e: { range?: unknown } | undefined, keys: readonly TabKey[]): EditedRows | null {
  const range = e && (e.range as GoogleAppsScript.Spreadsheet.Range | undefined);
  if (!range || typeof range.getSheet !== 'function') return null;
  const id = range.getSheet().getSheetId();
  const ids = storedTabIds();
  for (const key of keys) {
    const tab = findTab(doc, key, ids);
    if (tab && tabId(tab) === id) {
      const firstRow = range.getRow();
      return { tab: key, firstRow, lastRow: firstRow + range.getNumRows() - 1 };
    }
  }
  return null;
}

/**
 * Runs fn holding the document lock if it is free within waitMs, else skips
 * it and returns null: a simple trigger has 30 seconds in all, and whoever
 * holds the lock is a save that re-plans by itself.
 */
export function ifDocumentLockFree<T>(waitMs: number, fn: () => T): T | null {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) return null;
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
