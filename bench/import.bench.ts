// Import contacts' benchmark scenarios: a 5,000-connection LinkedIn export
// imported into trackers of each size, chunk by chunk as the sidebar sends it.
// The calls per chunk must not grow with the rows or the contacts.
import { parseContactsCsv, parseContactsFile } from '../src/shared/csv';
import { planImport } from '../src/shared/import';
import { chosenRows, contactFromExisting, importChunks, type ImportChunk } from '../src/shared/import/api';
import { measure, measureEntry, trackerOf, type BenchScenario, type Tracker } from './bench';

const FILE_ROWS = 5000;
// The size of a well-connected student's real export (issue 14).
const REAL_ROWS = 7500;

/**
 * A LinkedIn Connections.csv of n people (preamble, BOM, CRLF, quoted commas).
 * Even rows are the tracker's "Person i" by email (a fill: LinkedIn and Notes);
 * odd rows are new people.
 */
export function connectionsCsv(n: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 1; i <= n; i++) {
    const [first, email] = i % 2 === 0 ? ['Person', `person${i}@example.com`] : ['Connection', ''];
    lines.push(`${first},${i},https://www.linkedin.com/in/person-${i},${email},"Company ${i % 700}, Inc.","Analyst, team ${i % 13}",05 Jan 2024`);
  }
  return '\uFEFF' + lines.join('\r\n');
}

/** The sidebar's part, in the browser in production and so not measured: parse, fetch contacts, plan, chunk. */
function sidebarChunks(t: Tracker, rows: number): ImportChunk[] | null {
  if (typeof t.gas.importContacts !== 'function') return null;
  const parsed = parseContactsCsv(connectionsCsv(rows));
  if (!parsed.ok) throw new Error(parsed.message);
  const ctx = t.api.getImportContext();
  const plan = planImport(parsed.rows, parsed.format, ctx.contacts.map(contactFromExisting));
  const { add, fill } = chosenRows(plan, parsed.format, ctx.contacts);
  return importChunks(parsed.format, add, fill);
}

/** The sidebar's work on the file's bytes (decode, parse, plan against Contacts), with its one server call. */
function sidebarFromBytes(t: Tracker, bytes: Uint8Array): ImportChunk[] {
  const parsed = parseContactsFile(bytes);
  if (!parsed.ok) throw new Error(parsed.message);
  const ctx = t.api.getImportContext();
  const plan = planImport(parsed.rows, parsed.format, ctx.contacts.map(contactFromExisting));
  const { add, fill } = chosenRows(plan, parsed.format, ctx.contacts);
  return importChunks(parsed.format, add, fill);
}

export const scenarios: BenchScenario[] = [
  { name: 'Import preview (getImportContext)', run: (n) => measureEntry(trackerOf(n, true), 'getImportContext') },
  {
    name: 'Import 500 connections (one call)',
    run: (n) => {
      const t = trackerOf(n);
      const chunks = sidebarChunks(t, 500);
      return chunks && measure(t.h, () => t.api.importContacts(chunks[0]));
    },
  },
  {
    name: `Import ${FILE_ROWS.toLocaleString('en')} connections (all calls)`,
    run: (n) => {
      const t = trackerOf(n);
      const chunks = sidebarChunks(t, FILE_ROWS);
      return chunks && measure(t.h, () => chunks.forEach((c) => t.api.importContacts(c)));
    },
  },
  {
    name: `Import ${REAL_ROWS.toLocaleString('en')} LinkedIn rows: sidebar (bytes, plan)`,
    run: (n) => {
      const t = trackerOf(n);
      if (typeof t.gas.importContacts !== 'function') return null;
      const bytes = new TextEncoder().encode(connectionsCsv(REAL_ROWS));
      return measure(t.h, () => void sidebarFromBytes(t, bytes));
    },
  },
  {
    name: `Import ${REAL_ROWS.toLocaleString('en')} LinkedIn rows: server (all calls)`,
    run: (n) => {
      const t = trackerOf(n);
      if (typeof t.gas.importContacts !== 'function') return null;
      const chunks = sidebarFromBytes(t, new TextEncoder().encode(connectionsCsv(REAL_ROWS)));
      return measure(t.h, () => chunks.forEach((c) => t.api.importContacts(c)));
    },
  },
];
