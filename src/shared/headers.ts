// Finds the add-on's columns by header text, wherever the user moved them, and
// recognises a career-centre template's headers as the same columns.
import type { ColumnSpec } from './schema';

/** "Thank-you sent", "thank you  SENT" and "Thank_you_sent" are one header. */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

export interface HeaderMap<K extends string> {
  /** 0-based column index of each key, -1 when the sheet lacks it. */
  index: Record<K, number>;
  missing: K[];
  /** Headers the add-on does not own: the user's own columns, left alone. */
  userColumns: number[];
  /** Columns recognised through an alias (template headers), for the set-up toast. */
  adopted: Array<{ key: K; header: string }>;
}

/**
 * Maps a header row to column specs. Exact headers win over aliases so a sheet
 * holding both `Name` and `Contact` keeps `Contact` as the user's own column;
 * the first of two equal headers wins and the second is left to the user.
 */
export function mapHeaders<K extends string>(headerRow: readonly unknown[], columns: readonly ColumnSpec<K>[]): HeaderMap<K> {
  const keys = headerRow.map(headerKey);
  const index = {} as Record<K, number>;
  const taken = new Set<number>();
  const adopted: Array<{ key: K; header: string }> = [];
  for (const c of columns) index[c.key] = -1;

  const claim = (c: ColumnSpec<K>, candidates: string[], viaAlias: boolean) => {
    if (index[c.key] >= 0) return;
    for (const cand of candidates) {
      const at = keys.findIndex((k, i) => k === cand && k !== '' && !taken.has(i));
      if (at >= 0) {
        index[c.key] = at;
        taken.add(at);
        if (viaAlias) adopted.push({ key: c.key, header: String(headerRow[at]) });
        return;
      }
    }
  };
  for (const c of columns) claim(c, [headerKey(c.header)], false);
  for (const c of columns) claim(c, (c.aliases ?? []).map(headerKey), true);

  adopted.sort((a, b) => index[a.key] - index[b.key]);
  const missing = columns.filter((c) => index[c.key] < 0).map((c) => c.key);
  const userColumns = keys.map((_, i) => i).filter((i) => !taken.has(i));
  return { index, missing, userColumns, adopted };
}

/**
 * Whether a tab's first row looks like a contacts list the student already keeps:
 * a name column and at least two other recognised columns.
 */
export function looksLikeContacts<K extends string>(headerRow: readonly unknown[], columns: readonly ColumnSpec<K>[], nameKey: K): boolean {
  const m = mapHeaders(headerRow, columns);
  const found = columns.length - m.missing.length;
  return m.index[nameKey] >= 0 && found >= 3;
}
