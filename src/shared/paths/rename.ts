// Rename or merge a path: every Path cell of that path (all its spellings)
// gets the new name; no other cell changes. Merging is renaming one path to
// another's name, after which they group as one.
import type { Meeting } from '../schema';
import { cleanPath, pathKey } from './group';

export interface PathRenamePlan {
  /** Indexes into the meetings rows whose Path cell changes, and the new text. */
  changes: Array<{ index: number; path: string }>;
  /** True when the new name groups with another existing path (a merge). */
  merged: boolean;
}

export type PathRenameCheck = { ok: true; plan: PathRenamePlan; to: string } | { ok: false; error: string };

/** Plans a rename of the path whose key is `fromKey` to `toName`. */
export function planPathRename(meetings: readonly Meeting[], fromKey: string, toName: string): PathRenameCheck {
  const to = cleanPath(toName);
  if (!pathKey(to)) return { ok: false, error: 'Enter the new name of the path, for example "Data scientist · Healthcare".' };
  if (to.length > 500) return { ok: false, error: `This is ${to.length} characters; keep a path name under 500.` };
  const toKey = pathKey(to);
  const changes: PathRenamePlan['changes'] = [];
  let merged = false;
  meetings.forEach((m, index) => {
    const text = cleanPath(m.path ?? '');
    const key = pathKey(text);
    if (key === fromKey && (m.path ?? '') !== to) changes.push({ index, path: to });
    else if (key === toKey && key !== fromKey) merged = true;
  });
  const found = meetings.some((m) => pathKey(m.path ?? '') === fromKey);
  if (!found) return { ok: false, error: 'That path is no longer in the Meetings tab: someone changed it. Reopen the Paths view.' };
  return { ok: true, plan: { changes, merged }, to };
}
