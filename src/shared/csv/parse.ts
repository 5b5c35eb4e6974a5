// Import contacts: read a LinkedIn or Google Contacts CSV export into rows, then
// plan what importing them would do, before anything is written.
//
// The API, in the order the sidebar uses it:
//   parseContactsFile(bytes) -> { ok: true, format, rows, skipped, garbled, encoding } | { ok: false, message }
//       bytes as read by FileReader.readAsArrayBuffer, decoded by decode.ts
//       (UTF-8, Windows-1252, both mixed, or UTF-16 with its byte-order mark);
//       `garbled` lists names the preview must show and ask about before writing.
//   parseContactsCsv(text)  -> the same from text already decoded. A file that is
//       not a LinkedIn, Google Contacts or Outlook export gets a message fit to
//       show; nothing else happens.
//   planImport(rows, format, existingContacts) -> ImportPlan   (csv-match.ts)
//       the preview: each row 'new', 'match' (with the empty fields it would
//       fill), 'duplicate' (an earlier row of the file is the same person) or
//       'skip'. Rows the parser skipped are in parse's `skipped`, not in the plan:
//       the preview's skipped count is skipped.length + plan.counts.skip.
//   toContact(row, format) -> Partial<Contact>                 (csv-formats.ts)
//       the contact a 'new' row becomes: How found LinkedIn (Other for Google),
//       Status To contact; the server validates and writes it like any other.
//
//   MESSAGES: every rejection text, for tests and for the sidebar to compare with.
//
// Pure: papaparse runs on a string, synchronously; no DOM, no Node, no Apps Script.
// A feature of its own so that the server, which imports ../import, never pulls
// papaparse into the Apps Script bundle.
import Papa from 'papaparse';
import { decodeBytes, looksGarbled, type Encoding } from './decode';
import {
  classifyHeader,
  mapColumns,
  noNameReason,
  rowFromCells,
  type ImportFormat,
  type ImportRow,
} from '../import';

export interface SkippedLine {
  line: number;
  reason: string;
}

export type ParseResult =
  | { ok: true; format: ImportFormat; rows: ImportRow[]; skipped: SkippedLine[]; garbled: GarbledLine[]; encoding?: Encoding }
  | { ok: false; message: string };

/** A person whose name would be written damaged (a wrong encoding): the preview asks first. */
export interface GarbledLine {
  line: number;
  name: string;
}

export const MESSAGES = {
  empty: "This file is empty. Choose LinkedIn's Connections.csv or a Google Contacts CSV export.",
  zip:
    'This file is a ZIP or Excel file, not a CSV. LinkedIn sends your data as a .zip: ' +
    'open it and choose Connections.csv.',
  binary: "This file is not a text CSV file. Choose LinkedIn's Connections.csv or a Google Contacts CSV export.",
  noHeader:
    'This file is not a LinkedIn Connections.csv or Google Contacts export: no First Name/Last Name header was found.',
  namesOnly:
    'This file is not a LinkedIn Connections.csv or Google Contacts export: it has First Name and Last Name ' +
    "columns but not LinkedIn's Company and Position or Google Contacts' columns. " +
    'In Google Contacts, choose Export, then Google CSV.',
  unclosedQuote: (line: number) =>
    `This file cannot be read as CSV: a quoted value that starts on line ${line} is never closed. ` +
    'Download the export again, or fix the quotes and save it as CSV.',
};

// LinkedIn's preamble is three lines; a little more leaves room for a title row
// someone added by hand without reading a whole unrelated file.
const HEADER_SCAN_RECORDS = 20;
const DELIMITERS = [',', ';', '\t'];

interface RawRecord {
  cells: string[];
  line: number;
  badQuotes: boolean;
}

interface ReadResult {
  records: RawRecord[];
  unclosedQuoteLine: number | null;
}

// Reads records with the line each starts on, which papaparse's plain result
// does not give (quoted values may span lines).
function readRecords(text: string, delimiter: string, limit: number): ReadResult {
  const records: RawRecord[] = [];
  let unclosedQuoteLine: number | null = null;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      const codes = result.errors.map((e) => e.code);
      if (codes.indexOf('MissingQuotes') >= 0) {
        unclosedQuoteLine = line;
        parser.abort();
        return;
      }
      records.push({ cells: result.data, line, badQuotes: codes.indexOf('InvalidQuotes') >= 0 });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) {
        const ch = text.charCodeAt(i);
        // \r\n and \n each end one line; a lone \r (old Mac files) does too.
        if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      start = end;
      if (records.length >= limit) parser.abort();
    },
  });
  return { records, unclosedQuoteLine };
}

function looksBinary(text: string): 'zip' | 'binary' | null {
  // .zip and .xlsx both start with PK\3\4; an old .xls is caught by its NULs.
  if (/^PK\u0003\u0004/.test(text)) return 'zip';
  const head = text.slice(0, 4096);
  if (head.indexOf('\u0000') >= 0) return 'binary';
  const replaced = head.split('\uFFFD').length - 1;
  return replaced > 8 && replaced > head.length / 50 ? 'binary' : null;
}

function onlyDates(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim());
  return filled.length > 0 && filled.every((c) => /^[\d\s./,:-]+(?:[AP]M)?$|^\d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4}$/i.test(c.trim()));
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => !c.trim());
}

interface HeaderFound {
  delimiter: string;
  at: number;
  format: ImportFormat;
}

function findHeader(text: string): HeaderFound | 'names-only' | null {
  let namesOnly = false;
  for (const delimiter of DELIMITERS) {
    const { records } = readRecords(text, delimiter, HEADER_SCAN_RECORDS);
    for (let at = 0; at < records.length; at++) {
      const verdict = classifyHeader(records[at].cells);
      if (verdict === 'names-only') namesOnly = true;
      else if (verdict) return { delimiter, at, format: verdict };
    }
  }
  return namesOnly ? 'names-only' : null;
}

/** Reads a LinkedIn Connections.csv or a Google Contacts CSV export. */
export function parseContactsCsv(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, message: MESSAGES.empty };
  const binary = looksBinary(body);
  if (binary) return { ok: false, message: MESSAGES[binary] };

  const header = findHeader(body);
  if (header === null) return { ok: false, message: MESSAGES.noHeader };
  if (header === 'names-only') return { ok: false, message: MESSAGES.namesOnly };

  const { records, unclosedQuoteLine } = readRecords(body, header.delimiter, Infinity);
  if (unclosedQuoteLine !== null) return { ok: false, message: MESSAGES.unclosedQuote(unclosedQuoteLine) };

  const columns = mapColumns(records[header.at].cells);
  const rows: ImportRow[] = [];
  const skipped: SkippedLine[] = [];
  for (const rec of records.slice(header.at + 1)) {
    if (isBlank(rec.cells)) continue;
    if (rec.badQuotes) {
      skipped.push({ line: rec.line, reason: 'Its quotes are malformed, so its values cannot be told apart.' });
      continue;
    }
    const extra = rec.cells.slice(columns.width).filter((c) => c.trim()).length;
    if (extra > 0) {
      skipped.push({
        line: rec.line,
        reason: `It has ${rec.cells.length} values but the header has ${columns.width} columns, so its values cannot be matched to columns.`,
      });
      continue;
    }
    const row = rowFromCells(header.format, rec.cells, columns, rec.line);
    if (!row.name) skipped.push({ line: rec.line, reason: noNameReason(header.format) + (onlyDates(rec.cells) ? ' (the row holds only a date)' : '') });
    else rows.push(row);
  }
  const garbled = rows.filter((r) => looksGarbled(r.name)).map((r) => ({ line: r.line, name: r.name }));
  return { ok: true, format: header.format, rows, skipped, garbled };
}

/** Reads an export from its bytes (FileReader.readAsArrayBuffer), whatever encoding Excel saved it in. */
export function parseContactsFile(bytes: Uint8Array): ParseResult {
  const { text, encoding } = decodeBytes(bytes);
  const parsed = parseContactsCsv(text);
  return parsed.ok ? { ...parsed, encoding } : parsed;
}
