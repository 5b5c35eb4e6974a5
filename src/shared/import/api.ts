// The import part of the server API (see ../server-api.ts): what the sidebar needs to
// preview an import, and the chunks it sends to write one. JSON only: no Date.
import type { DueNow } from '../due-items';
import { CONTACT_COLUMNS, emptyRecord, type Contact } from '../schema';
import { toContact, type ImportFormat } from './formats';
import type { ImportPlan } from './match';
import { withoutUnusable, type LeftOut } from './usable';

/** The contact fields an import may write; How found and Status are the server's to set. */
export const IMPORT_FIELDS = ['name', 'title', 'company', 'email', 'linkedin', 'phone', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ImportFields = Partial<Record<ImportField, string>>;

/** An existing contact, reduced to what matching and the preview need. */
export interface ExistingContact {
  contactId: string;
  /** The sheet row when read: only used, re-verified, for a contact that has no ID yet. */
  row: number;
  name: string;
  title: string;
  company: string;
  email: string;
  linkedin: string;
  phone: string;
  /** Notes can be long; matching only needs to know whether they are empty. */
  hasNotes: boolean;
}

export interface ImportContext {
  contacts: ExistingContact[];
}

/** Who a fill is for, as the preview saw them, so the server can find them again. */
export interface ImportTarget {
  contactId: string;
  row: number;
  name: string;
  company: string;
  email: string;
  linkedin: string;
}

export interface ImportNew {
  /** The line of the file, for reporting. */
  line: number;
  contact: ImportFields;
}

export interface ImportFill {
  line: number;
  target: ImportTarget;
  fields: ImportFields;
}

export interface ImportChunk {
  format: ImportFormat;
  add: ImportNew[];
  fill: ImportFill[];
}

export interface ImportProblem {
  line: number;
  name: string;
  message: string;
}

export interface ImportChunkResult {
  added: number;
  filled: number;
  /** New rows that are already in Contacts (imported before, or sent twice): left as they are. */
  alreadyThere: number;
  problems: ImportProblem[];
  /** New contacts written without a field that was unusable (the rest of the person is kept). */
  importedWithout: Array<{ line: number; name: string; without: LeftOut[] }>;
  /** The home page's follow-ups, re-planned in the same execution as the import. */
  home?: DueNow;
}

/** Rows the sidebar sends a call: well under google.script.run's payload limits. */
export const IMPORT_CHUNK_SIZE = 500;
/** The most rows the server accepts in one call. */
export const IMPORT_CHUNK_MAX = 1000;

export interface ImportApi {
  getImportContext: () => ImportContext;
  importContacts: (chunk: ImportChunk) => ImportChunkResult;
}


/** Only the fields an import writes, non-empty. */
export function importFields(c: Partial<Contact>): ImportFields {
  const out: ImportFields = {};
  for (const k of IMPORT_FIELDS) {
    const v = c[k];
    if (v && v.trim()) out[k] = v;
  }
  return out;
}

/** The Contact record planImport compares with: notes stand in by emptiness only. */
export function contactFromExisting(e: ExistingContact): Contact {
  const c = emptyRecord(CONTACT_COLUMNS);
  for (const k of ['contactId', 'name', 'title', 'company', 'email', 'linkedin', 'phone'] as const) c[k] = e[k];
  c.notes = e.hasNotes ? '…' : '';
  return c;
}

/** Splits the chosen rows into calls of at most `size` rows, adds and fills together. */
export function importChunks(format: ImportFormat, add: ImportNew[], fill: ImportFill[], size = IMPORT_CHUNK_SIZE): ImportChunk[] {
  const chunks: ImportChunk[] = [];
  let current: ImportChunk = { format, add: [], fill: [] };
  const flush = () => {
    if (current.add.length + current.fill.length > 0) chunks.push(current);
    current = { format, add: [], fill: [] };
  };
  for (const a of add) {
    current.add.push(a);
    if (current.add.length + current.fill.length >= size) flush();
  }
  for (const f of fill) {
    current.fill.push(f);
    if (current.add.length + current.fill.length >= size) flush();
  }
  flush();
  return chunks;
}

/** What the ticked rows of a preview ask the server to write (lines in `unticked` are left out). */
export function chosenRows(
  plan: ImportPlan,
  format: ImportFormat,
  existing: readonly ExistingContact[],
  unticked: ReadonlySet<number> = new Set(),
): { add: ImportNew[]; fill: ImportFill[] } {
  const add: ImportNew[] = [];
  const fill: ImportFill[] = [];
  for (const item of plan.items) {
    if (unticked.has(item.row.line)) continue;
    if (item.action === 'new') add.push({ line: item.row.line, contact: importFields(withoutUnusable(toContact(item.row, format)).contact) });
    const c = item.contactIndex === undefined ? undefined : existing[item.contactIndex];
    if (item.action === 'match' && c && item.fill && Object.keys(item.fill).length > 0) {
      fill.push({
        line: item.row.line,
        target: { contactId: c.contactId, row: c.row, name: c.name, company: c.company, email: c.email, linkedin: c.linkedin },
        fields: importFields(item.fill),
      });
    }
  }
  return { add, fill };
}
