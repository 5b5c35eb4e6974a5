// Finds the add-on's columns by header text, wherever the user moved them, and
// recognises a career-centre template's or a student's own headers as the same
// columns; finds the header row itself when a title sits above it.
import type { ColumnSpec } from './schema';

/** "Thank-you sent", "thank you  SENT" and "Thank_you_sent" are one header. */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Columns the follow-up check rewrites whole. A student's own column of the same
 * name ("Next Action" in a tracker they made) is theirs: the add-on then keeps
 * its own beside it under this suffix, and only ever writes that one.
 */
export const ADD_ON_WRITTEN: readonly string[] = ['nextAction', 'actionDue'];
export const WRITTEN_SUFFIX = ' (Info Interviews)';

export function writtenHeader(c: ColumnSpec): string {
  return c.header + WRITTEN_SUFFIX;
}

export interface HeaderMap<K extends string> {
  /** 0-based column index of each key, -1 when the sheet lacks it. */
  index: Record<K, number>;
  missing: K[];
  /** Headers the add-on does not own: the user's own columns, left alone. */
  userColumns: number[];
  /** Columns recognised through an alias or a looser form of the header (a student's headers), for the set-up message. */
  adopted: Array<{ key: K; header: string }>;
  /**
   * Add-on-written columns whose plain header is the student's own column: the
   * add-on's column, when added, is named with WRITTEN_SUFFIX.
   */
  shadowed: K[];
}

export interface MapOptions {
  /**
   * The tab is the student's, met for the first time: a plain header of a column
   * the add-on rewrites ("Next action") is the student's, never taken over,
   * unless the tab has the add-on's ID column (then it is a tracker it made).
   */
  foreign?: boolean;
}

// "contact_title", "Contact Email": the person's own field in a tracker that
// also has the job sought ("role") or the company's details.
const PERSON_PREFIX = /^(?:contact|contacts|person|persons)(?=[a-z])/;

/**
 * Looser forms of one header cell, each a key: "Company Name - link to company
 * page" is "Company Name"; "Comments / Notes" is either; "contact_title" is "title".
 */
function variants(header: unknown): string[] {
  const text = String(header ?? '').normalize('NFKC');
  const out: string[] = [];
  const add = (s: string) => {
    const k = headerKey(s);
    if (k && out.indexOf(k) < 0) out.push(k);
  };
  const head = text.split(/\s[-–—:(]\s?|\(/)[0];
  if (head !== text) add(head);
  const parts = text.split(/\s*[\/|]\s*/);
  if (parts.length > 1) parts.forEach(add);
  const key = headerKey(text);
  const stripped = key.replace(PERSON_PREFIX, '');
  if (stripped !== key) add(stripped);
  return out.filter((k) => k !== key);
}

/**
 * Maps a header row to column specs. Exact headers win over looser forms, and
 * those over aliases, so a sheet holding both `Name` and `Contact` keeps
 * `Contact` as the user's own column and `contact_title` beats `role` for
 * Title; the first of two equal headers wins and the second is left to the user.
 */
export function mapHeaders<K extends string>(headerRow: readonly unknown[], columns: readonly ColumnSpec<K>[], options: MapOptions = {}): HeaderMap<K> {
  const keys = headerRow.map(headerKey);
  const loose = headerRow.map(variants);
  const index = {} as Record<K, number>;
  const taken = new Set<number>();
  const adopted: Array<{ key: K; header: string }> = [];
  const shadowed: K[] = [];
  for (const c of columns) index[c.key] = -1;
  const written = (c: ColumnSpec<K>) => ADD_ON_WRITTEN.indexOf(c.key) >= 0;
  // A tab with the add-on's ID column is a tracker it made (a copy loses the
  // document's memory of it): there "Next action" is the add-on's own.
  const foreign = options.foreign === true && columns.length > 0 && keys.indexOf(headerKey(columns[0].header)) < 0;

  const claim = (c: ColumnSpec<K>, candidates: string[], viaAlias: boolean, looser: boolean) => {
    if (index[c.key] >= 0) return;
    for (const cand of candidates) {
      if (!cand) continue;
      const at = keys.findIndex((k, i) => !taken.has(i) && (looser ? loose[i].indexOf(cand) >= 0 : k === cand));
      if (at >= 0) {
        index[c.key] = at;
        taken.add(at);
        if (viaAlias) adopted.push({ key: c.key, header: String(headerRow[at]) });
        return;
      }
    }
  };
  for (const c of columns) if (written(c)) claim(c, [headerKey(writtenHeader(c))], false, false);
  for (const c of columns) {
    if (!written(c)) claim(c, [headerKey(c.header)], false, false);
    else if (index[c.key] < 0 && keys.indexOf(headerKey(c.header)) >= 0) {
      if (foreign) shadowed.push(c.key);
      else claim(c, [headerKey(c.header)], false, false);
    }
  }
  const others = columns.filter((c) => !written(c));
  for (const c of others) claim(c, [headerKey(c.header)], true, true);
  for (const c of others) claim(c, (c.aliases ?? []).map(headerKey), true, false);
  for (const c of others) claim(c, (c.aliases ?? []).map(headerKey), true, true);

  adopted.sort((a, b) => index[a.key] - index[b.key]);
  const missing = columns.filter((c) => index[c.key] < 0).map((c) => c.key);
  const userColumns = keys.map((_, i) => i).filter((i) => !taken.has(i));
  return { index, missing, userColumns, adopted, shadowed };
}

/** How far down a title, a blank row or rows of group labels may push the header. */
export const HEADER_SCAN_ROWS = 10;

function recognised<K extends string>(row: readonly unknown[], columns: readonly ColumnSpec<K>[]): number {
  const m = mapHeaders(row, columns);
  return columns.length - m.missing.length;
}

/**
 * The 0-based row of the header among the first rows of a tab: the row that
 * names the most of the add-on's columns (at least three, or all of a shorter
 * table), the first of equals. Row 0 when none does, so an empty or new tab
 * gets its header on row 1.
 */
export function findHeaderRow<K extends string>(values: readonly (readonly unknown[])[], columns: readonly ColumnSpec<K>[]): number {
  const need = Math.min(3, columns.length);
  let best = 0;
  let bestScore = 0;
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const score = recognised(values[r], columns);
    if (score >= need && score > bestScore) {
      best = r;
      bestScore = score;
      // Every column recognised: no row below can do better (the add-on's own tabs stop at row 1).
      if (score === columns.length) break;
    }
  }
  return best;
}

/**
 * Whether a header row looks like a contacts list the student already keeps:
 * a name column and at least two other recognised columns.
 */
export function looksLikeContacts<K extends string>(headerRow: readonly unknown[], columns: readonly ColumnSpec<K>[], nameKey: K): boolean {
  const m = mapHeaders(headerRow, columns);
  const found = columns.length - m.missing.length;
  return m.index[nameKey] >= 0 && found >= 3;
}

/** Whether a header row has a name column at all: a tab that might be the tracker, worth asking about. */
export function mightBeContacts<K extends string>(headerRow: readonly unknown[], columns: readonly ColumnSpec<K>[], nameKey: K): boolean {
  return mapHeaders(headerRow, columns).index[nameKey] >= 0;
}
