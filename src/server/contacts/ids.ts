// Contact and Meeting IDs: assigned once, never reused, so a deleted contact's
// ID cannot come back and attach its meetings to someone else.
import { isBlankContact } from '../../shared/contacts';
import { isBlankRecord, writeColumnTexts, type Table } from '../sheet';
import { readProperty, writeProperty } from '../properties';

export type IdKind = 'contacts' | 'meetings';
const PREFIX: Record<IdKind, string> = { contacts: 'C-', meetings: 'M-' };
const counterKey = (kind: IdKind) => `infoInterviews.nextId.${kind}`;

/** n fresh IDs: above every ID in the table and every ID handed out before. Call under the document lock (the counter then reads as stored). */
export function allocateIds<K extends string>(kind: IdKind, table: Table<K>, n: number): string[] {
  if (n <= 0) return [];
  const idKey = table.columns[0].key;
  const pattern = new RegExp(`^${PREFIX[kind]}(\\d+)$`);
  let next = Number(readProperty('document', counterKey(kind))) || 1;
  for (const r of table.rows) {
    const m = pattern.exec(r[idKey]);
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${PREFIX[kind]}${String(next + i).padStart(4, '0')}`);
  writeProperty('document', counterKey(kind), String(next + n));
  return out;
}

/**
 * Gives every non-blank row without an ID one, and a row whose ID an earlier
 * row already holds (a row copied in the sheet) a new one, in one write of the
 * ID column.
 */
export function assignIds<K extends string>(kind: IdKind, table: Table<K>): number {
  const idKey = table.columns[0].key;
  const at = table.header.index[idKey];
  if (at < 0) return 0;
  const seen = new Set<string>();
  const needing = table.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => {
      if (kind === 'contacts' ? isBlankContact(r) : isBlankRecord({ ...r, [idKey]: '' })) return false;
      if (r[idKey] === '' || seen.has(r[idKey])) return true;
      seen.add(r[idKey]);
      return false;
    });
  if (needing.length === 0) return 0;
  const ids = allocateIds(kind, table, needing.length);
  // Only the rows that get an ID are written (and the cells between, as read), so no ID the user typed changes.
  const texts = new Map<number, string>();
  needing.forEach(({ r, i }, n) => {
    r[idKey] = ids[n];
    texts.set(i, ids[n]);
  });
  writeColumnTexts(table, idKey, texts);
  return needing.length;
}
