// Decides what one import chunk writes, against Contacts as read under the lock:
// each new row validated and normalised like any other contact and dropped when
// it is already there; each fill re-aimed at its contact and limited to the
// cells that are still empty. No Spreadsheet calls: import-write.ts does those.
import type { Contact, ContactKey } from '../../shared/schema';
import { CONTACT_COLUMNS, emptyRecord } from '../../shared/schema';
import { identityOf, indexContacts } from '../../shared/contacts';
import { cellFault, normalizeCell } from '../../shared/contacts';
import { validateContact } from '../../shared/contacts';
import { IMPORT_FIELDS, importedDefaults, withoutUnusable, type ImportChunk, type ImportChunkResult, type ImportFields, type ImportTarget, type ImportProblem, type LeftOut } from '../../shared/import';

export interface FillPlan {
  /** Index into the table's rows. */
  index: number;
  patch: Partial<Contact>;
}

export interface ChunkPlan {
  add: Contact[];
  fills: FillPlan[];
  /** Fills of rows that have no Contact ID yet: they get one with the fill. */
  needIds: FillPlan[];
  alreadyThere: number;
  problems: ImportProblem[];
  importedWithout: ImportChunkResult['importedWithout'];
}

const NO_REFERRALS = indexContacts([]);

/** The keys that say two records are one person, the same as planImport's in the sidebar. */
function identityKeys(c: Contact): string[] {
  const id = identityOf(c);
  return [id.linkedin && `l ${id.linkedin}`, id.email && `e ${id.email}`, id.person && `p ${id.person}`].filter((k) => k !== '');
}

function normalised(fields: ImportFields): Partial<Contact> {
  const out: Partial<Contact> = {};
  for (const k of IMPORT_FIELDS) {
    const v = fields[k];
    if (v !== undefined && v.trim()) out[k] = normalizeCell(k, v);
  }
  return out;
}

/**
 * A new row as a contact, without the fields that cannot be used (an email
 * cell holding LinkedIn's urn:li:member placeholder): only a row that is still
 * not a contact without them (no name) is refused.
 */
function newContact(fields: ImportFields, format: ImportChunk['format']): { contact: Contact; without: LeftOut[] } | { message: string } {
  const { contact: usable, without } = withoutUnusable(normalised(fields));
  const contact = { ...emptyRecord(CONTACT_COLUMNS), ...usable, ...importedDefaults(format) };
  const errors = validateContact(contact, NO_REFERRALS).filter((p) => p.severity === 'error');
  if (errors.length) return { message: errors.map((p) => `${p.message}.`).join(' ') };
  return { contact, without };
}

function sameAsSeen(row: Contact, t: ImportTarget): boolean {
  return row.name === t.name.trim() && row.company === t.company.trim() && row.email === t.email.trim() && row.linkedin === t.linkedin.trim();
}

/** The table row a fill is for: by Contact ID, else the row the preview saw if it is still that contact. */
function findTarget(rows: Contact[], byId: Map<string, number>, t: ImportTarget, headerRow: number): number {
  const id = t.contactId.trim();
  if (id) return byId.has(id) ? byId.get(id)! : -1;
  const at = t.row - headerRow - 1;
  if (at >= 0 && at < rows.length && !rows[at].contactId && sameAsSeen(rows[at], t)) return at;
  // Sorted since the preview: the one ID-less row that still looks the same.
  let found = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].contactId || !sameAsSeen(rows[i], t)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/** `headerRow` is the sheet row of Contacts' header, which the preview's row numbers count from. */
export function planChunk(rows: Contact[], chunk: ImportChunk, headerRow = 1): ChunkPlan {
  const plan: ChunkPlan = { add: [], fills: [], needIds: [], alreadyThere: 0, problems: [], importedWithout: [] };
  const byId = new Map<string, number>();
  const known = new Set<string>();
  rows.forEach((r, i) => {
    if (r.contactId && !byId.has(r.contactId)) byId.set(r.contactId, i);
    for (const k of identityKeys(r)) known.add(k);
  });

  for (const item of chunk.add) {
    const made = newContact(item.contact, chunk.format);
    const name = (item.contact.name || '').trim();
    if ('message' in made) {
      plan.problems.push({ line: item.line, name, message: `Not imported: ${made.message}` });
      continue;
    }
    const keys = identityKeys(made.contact);
    if (keys.some((k) => known.has(k))) {
      plan.alreadyThere++;
      continue;
    }
    for (const k of keys) known.add(k);
    plan.add.push(made.contact);
    if (made.without.length) plan.importedWithout.push({ line: item.line, name, without: made.without });
  }

  const touched = new Map<number, FillPlan>();
  for (const item of chunk.fill) {
    const name = item.target.name || (item.fields.name || '');
    const index = findTarget(rows, byId, item.target, headerRow);
    if (index < 0) {
      plan.problems.push({ line: item.line, name, message: 'Not filled: this contact is no longer in the sheet, or has changed since the preview.' });
      continue;
    }
    const row = rows[index];
    const fill = touched.get(index) ?? { index, patch: {} };
    for (const k of IMPORT_FIELDS) {
      const v = (item.fields[k] || '').trim();
      // Never overwrite: the user may have typed here since the preview.
      if (!v || row[k] || fill.patch[k]) continue;
      const fault = cellFault(k as ContactKey, v);
      if (fault) {
        plan.problems.push({ line: item.line, name, message: `Not filled: ${fault.message}.` });
        continue;
      }
      fill.patch[k] = normalizeCell(k, v);
    }
    if (Object.keys(fill.patch).length === 0 || touched.has(index)) continue;
    touched.set(index, fill);
    plan.fills.push(fill);
    if (!row.contactId) plan.needIds.push(fill);
  }
  return plan;
}
