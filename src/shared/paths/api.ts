// The paths part of the server API (see ../server-api.ts). JSON only: no Date.
import type { PathSummary } from './summary';

export interface PathsView {
  paths: PathSummary[];
  /** Today in the spreadsheet's zone, yyyy-MM-dd. */
  today: string;
  /** False before set-up made the Meetings tab. */
  meetingsTab: boolean;
}

/** What the meeting form offers: the earlier paths, and each contact's default (Title · Industry). */
export interface PathChoices {
  names: string[];
  defaults: Record<string, string>;
}

export interface RenamePathInput {
  /** The key of the path renamed (PathSummary.key). */
  fromKey: string;
  to: string;
}

/** A rename brings back the Paths view as it now stands, so the panel shows it without asking again. */
export type RenamePathResult = { ok: true; message: string; changed: number; view: PathsView } | { ok: false; error: string };

export interface PathsApi {
  getPaths: () => PathsView;
  getPathChoices: () => PathChoices;
  /** Rewrites only the Path cells of that path; merging is renaming to another path's name. */
  renamePath: (input: RenamePathInput) => RenamePathResult;
}
