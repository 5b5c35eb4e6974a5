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

// Every plan and the Dashboard ask this of every row: the columns to look at are listed once.
const STUDENT_WRITTEN: readonly ContactKey[] = CONTACT_COLUMNS.map((c) => c.key).filter((k) => ADDON_WRITTEN.indexOf(k) < 0);

/** True for a row with nothing in it but what the add-on wrote. */
export function isBlankContact(row: Partial<Record<ContactKey, string>>): boolean {
  // Indexed: called for every row several times an execution, while the code is still cold (no iterator made per call).
  for (let i = 0; i < STUDENT_WRITTEN.length; i++) {
    const v = row[STUDENT_WRITTEN[i]];
    if (v !== undefined && v !== null && v !== '' && String(v).trim() !== '') return false;
  }
  return true;
}
