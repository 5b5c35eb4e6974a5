// The simple onEdit(e): when the student types into Contacts, Meetings or
// Questions (a Thank-you sent date, a new Status, a meeting row), Next action
// and Action due are re-planned at once instead of the next morning.
//
// An editor add-on's simple onEdit runs in AuthMode.LIMITED (Apps Script
// reference, "AuthMode" and "Triggers for Editor add-ons"): the current
// document and its document properties only, no user properties, no
// ScriptApp, no UI beyond menus, at most 30 seconds. So this reads the rules
// from the copy every re-plan in FULL mode leaves in the document (the
// user's own store is out of reach), waits for
// the lock a few seconds at most, and never rebuilds the Dashboard (charts
// and the tab's set-up are for the check and the sidebar's saves).
import { rulesOrDefault, type FollowUpRules } from '../../shared/follow-ups';
import { editedRows, ifDocumentLockFree, openDoc, readOptionalTable, requireTable } from '../sheet';
import { loadRules } from '../settings';
import { readJsonProperty } from '../properties';
import { replanAfterWrite, RULES_FOR_EDITS_KEY, type Replanned } from './replan';

const LOCK_WAIT_MS = 5000;

/** The tracker's rules where a LIMITED execution can read them. */
function rulesInLimitedMode(): FollowUpRules {
  try {
    return loadRules();
  } catch (e) {
    return rulesOrDefault(readJsonProperty<unknown>('document', RULES_FOR_EDITS_KEY));
  }
}

export function replanOnEdit(e: { range?: unknown; authMode?: unknown } | undefined): Replanned | null {
  const doc = openDoc();
  const edit = editedRows(doc, e, ['contacts', 'meetings', 'questions']);
  if (!edit) return null;
  return ifDocumentLockFree(LOCK_WAIT_MS, () => {
    const contacts = requireTable(doc, 'contacts');
    const meetings = readOptionalTable(doc, 'meetings')?.rows ?? [];
    const questions = readOptionalTable(doc, 'questions')?.rows ?? [];
    // The edited rows' contacts: on Contacts the rows themselves, elsewhere the Contact ID each row names.
    const rows: ReadonlyArray<{ contactId: string }> = edit.tab === 'contacts' ? contacts.rows : edit.tab === 'meetings' ? meetings : questions;
    const touched = rows.slice(Math.max(0, edit.firstRow - 2), Math.max(0, edit.lastRow - 1)).map((r) => r.contactId);
    return replanAfterWrite(doc, { contacts, meetings, questions, touched, rules: rulesInLimitedMode() });
  });
}
