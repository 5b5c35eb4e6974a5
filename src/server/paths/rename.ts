// Rename or merge a path from the Paths view: only the Path cells of that path
// are rewritten (one write for the run of rows, under the document lock), and
// the Dashboard's paths with them in the same execution, so it never shows the
// old name. The reply carries the Paths view as it now stands.
import { planPathRename, summarisePaths, type RenamePathInput, type RenamePathResult } from '../../shared/paths';
import { openDoc, patchRows, requireTable, today as todayOf, withDocumentLock } from '../sheet';
import { replanAfterWrite } from '../follow-ups';

export function renamePath(input: RenamePathInput): RenamePathResult {
  const doc = openDoc();
  return withDocumentLock((): RenamePathResult => {
    const meetings = requireTable(doc, 'meetings');
    if (meetings.header.index.path < 0) return { ok: false, error: 'The Meetings tab has no Path column yet. Run Set up tracker to add it.' };
    const check = planPathRename(meetings.rows, String(input?.fromKey ?? ''), String(input?.to ?? ''));
    if (!check.ok) return { ok: false, error: check.error };
    const { changes, merged } = check.plan;
    patchRows(
      meetings,
      changes.map((c) => ({ index: c.index, patch: { path: c.path } })),
    );
    const n = changes.length;
    const what = `${n} meeting${n === 1 ? '' : 's'}`;
    const message = n === 0 ? `Nothing to change: the path is already called "${check.to}".` : merged ? `Merged into "${check.to}": ${what} changed.` : `Renamed to "${check.to}": ${what} changed.`;
    const contacts = requireTable(doc, 'contacts');
    // No contact's follow-up depends on a path: the re-plan touches no row, and refreshes the Dashboard.
    const now = n > 0 ? replanAfterWrite(doc, { contacts, meetings: meetings.rows, dashboard: true, touched: [] }).today : todayOf(doc);
    return { ok: true, message, changed: n, view: { paths: summarisePaths(meetings.rows, contacts.rows, now), today: now, meetingsTab: true } };
  });
}
