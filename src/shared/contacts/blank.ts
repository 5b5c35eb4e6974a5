// Which Contacts rows are contacts, written once: Check outreach fields, the
// follow-up plan, the dashboard, the import and the sidebar's pickers all skip
// the same rows.
import { CONTACT_COLUMNS, type ContactKey } from '../schema';

/**
 * Cells the add-on writes itself (the ID at set-up, the plan's Next action and
 * Action due): a row holding only these was never filled in by the student, for
 * example a row they cleared by hand, which keeps its ID.
 */
export const ADDON_WRITTEN: readonly ContactKey[] = ['contactId', 'nextAction', 'actionDue'];

/** True for a row with nothing in it but what the add-on wrote. */
export function isBlankContact(row: Partial<Record<ContactKey, string>>): boolean {
  for (const col of CONTACT_COLUMNS) {
    if (ADDON_WRITTEN.indexOf(col.key) >= 0) continue;
    const v = row[col.key];
    if (v !== undefined && v !== null && String(v).trim() !== '') return false;
  }
  return true;
}
