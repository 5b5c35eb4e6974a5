// Set up tracker's message, in the student's words: which of their columns it
// recognised and as what, which it left alone, and what it added.
import { headerKey, writtenHeader } from '../../shared/headers';
import type { ColumnSpec } from '../../shared/schema';
import type { HeaderMap } from '../../shared/headers';
import type { AdoptedTab, SetupReport } from './report';

const quoted = (s: string) => `"${s.trim()}"`;

/** What set-up says about a student's tab it has just met, from its header map. */
export function adoptedTab<K extends string>(tab: string, headerRow: number, raw: readonly unknown[], header: HeaderMap<K>, columns: readonly ColumnSpec<K>[]): AdoptedTab {
  const mapped: AdoptedTab['mapped'] = [];
  for (const c of columns) {
    const at = header.index[c.key];
    const text = String(raw[at] ?? '');
    if (at >= 0 && at < raw.length && text.trim()) mapped.push({ header: text, column: c.header });
  }
  mapped.sort((a, b) => raw.indexOf(a.header) - raw.indexOf(b.header));
  const leftAlone = header.userColumns.map((i) => String(raw[i] ?? '')).filter((h) => h.trim() !== '');
  const shadowed = header.shadowed.map((k) => {
    const c = columns.find((col) => col.key === k)!;
    return { header: String(raw.find((h) => headerKey(h) === headerKey(c.header)) ?? c.header), own: writtenHeader(c) };
  });
  return { tab, headerRow, mapped, leftAlone, shadowed };
}

function adoptedSentence(a: AdoptedTab): string {
  const where = a.headerRow > 1 ? ` (its header is on row ${a.headerRow}; the rows above it are left as they are)` : '';
  const parts = [`Using your "${a.tab}" tab for your contacts${where}.`];
  if (a.mapped.length) {
    const same = (m: { header: string; column: string }) => m.header.trim().toLowerCase() === m.column.toLowerCase();
    parts.push(`Recognised ${a.mapped.map((m) => (same(m) ? quoted(m.header) : `${quoted(m.header)} as ${m.column}`)).join(', ')}.`);
  }
  if (a.leftAlone.length) parts.push(`Left alone, as yours: ${a.leftAlone.map(quoted).join(', ')}.`);
  for (const s of a.shadowed) {
    parts.push(`${quoted(s.header)} stays yours: the add-on writes its suggestions in its own "${s.own}" column instead.`);
  }
  return parts.join(' ');
}

export function summarise(r: SetupReport): string {
  const parts: string[] = [];
  if (r.created.length) parts.push(`Created ${r.created.join(', ')}.`);
  for (const a of r.adopted) parts.push(adoptedSentence(a));
  for (const a of r.addedColumns) parts.push(`Added ${a.headers.length} column${a.headers.length === 1 ? '' : 's'} to ${a.tab}: ${a.headers.join(', ')}.`);
  if (r.questionsSeeded) parts.push(`Added ${r.questionsSeeded} starter questions to the Question Bank.`);
  if (r.idsAssigned) parts.push(`Gave ${r.idsAssigned} row${r.idsAssigned === 1 ? '' : 's'} an ID.`);
  return parts.length ? parts.join(' ') : 'The tracker is set up; nothing needed repair.';
}
