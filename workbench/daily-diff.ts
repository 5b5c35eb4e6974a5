// What the daily follow-up check changed, in words, for the workbench's toast: the trigger itself
// shows nothing (it runs with nobody watching), so without this a click on "Run daily follow-up
// check" looks like it did nothing.
import type { Harness } from '../fakes';

export type Snapshot = Map<string, string[][]>;

export function snapshotTabs(h: Harness): Snapshot {
  const out: Snapshot = new Map();
  for (const sheet of h.spreadsheet._sheets) {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    out.set(sheet._name, rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getDisplayValues() : []);
  }
  return out;
}

/** Up to this many rows are named; the rest are counted. */
const NAMED = 3;

export function describeChanges(before: Snapshot, after: Snapshot, asOf: string): string {
  const parts: string[] = [];
  for (const [tab, rows] of after) {
    const old = before.get(tab) ?? [];
    const changed: number[] = [];
    const height = Math.max(rows.length, old.length);
    for (let r = 1; r < height; r++) {
      const a = rows[r] ?? [];
      const b = old[r] ?? [];
      const width = Math.max(a.length, b.length);
      for (let c = 0; c < width; c++) {
        if ((a[c] ?? '') !== (b[c] ?? '')) { changed.push(r); break; }
      }
    }
    if (changed.length === 0) continue;
    const header = rows[0] ?? [];
    const name = header.indexOf('Name');
    const action = header.indexOf('Next action');
    if (name < 0) { parts.push(`${tab} updated.`); continue; }
    const named = changed.slice(0, NAMED).map((r) => {
      const who = rows[r]?.[name] || `row ${r + 1}`;
      const what = action >= 0 ? rows[r]?.[action] : '';
      return what ? `${who}: ${what}` : `${who}: Next action cleared`;
    });
    const more = changed.length > NAMED ? `; and ${changed.length - NAMED} more` : '';
    parts.push(`${tab}, ${changed.length} row${changed.length === 1 ? '' : 's'} changed: ${named.join('; ')}${more}.`);
  }
  return `As of ${asOf}: ${parts.length ? parts.join(' ') : 'nothing changed, Next action was already up to date.'}`;
}
