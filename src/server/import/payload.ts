// Checks the shape of an import call before anything is read or written: the
// payload comes from the sidebar, but a stale or tampered page must not get a
// half-understood chunk into the sheet.
import {
  IMPORT_CHUNK_MAX,
  IMPORT_FIELDS,
  type ImportChunk,
  type ImportFields,
  type ImportFill,
  type ImportNew,
  type ImportTarget,
} from '../../shared/import';
import { UserError } from '../errors';

const MAX_CELL = 50000; // Sheets' limit for one cell's text
const FIELD_SET: Record<string, true> = {};
for (const f of IMPORT_FIELDS) FIELD_SET[f] = true;

class Malformed extends Error {}

function fail(what: string): never {
  throw new Malformed(what);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, what: string): string {
  if (typeof v !== 'string') fail(`${what} is not text`);
  if (v.length > MAX_CELL) fail(`${what} is longer than a cell can hold`);
  return v;
}

function lineOf(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail('a row has no line number');
  return v;
}

function fields(v: unknown, what: string): ImportFields {
  if (!isObject(v)) fail(`${what} is not a set of fields`);
  const out: ImportFields = {};
  for (const k of Object.keys(v)) {
    if (!FIELD_SET[k]) fail(`${what} has an unknown field "${k.slice(0, 40)}"`);
    out[k as keyof ImportFields] = text(v[k], `${what}'s ${k}`);
  }
  return out;
}

function addOf(v: unknown, i: number): ImportNew {
  if (!isObject(v)) fail(`new row ${i + 1} is not a row`);
  return { line: lineOf(v.line), contact: fields(v.contact, `new row ${i + 1}`) };
}

function targetOf(v: unknown, what: string): ImportTarget {
  if (!isObject(v)) fail(`${what} names no contact`);
  const row = v.row;
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 0) fail(`${what} has no row`);
  return {
    contactId: text(v.contactId, `${what}'s Contact ID`),
    row,
    name: text(v.name, `${what}'s name`),
    company: text(v.company, `${what}'s company`),
    email: text(v.email, `${what}'s email`),
    linkedin: text(v.linkedin, `${what}'s LinkedIn`),
  };
}

function fillOf(v: unknown, i: number): ImportFill {
  const what = `matched row ${i + 1}`;
  if (!isObject(v)) fail(`${what} is not a row`);
  return { line: lineOf(v.line), target: targetOf(v.target, what), fields: fields(v.fields, what) };
}

/** The chunk, copied with only the fields it may have; a UserError when it is not one. */
export function readChunk(payload: unknown): ImportChunk {
  try {
    if (!isObject(payload)) fail('it is not an import');
    const format = payload.format;
    if (format !== 'linkedin' && format !== 'google' && format !== 'outlook') fail('the file format is missing');
    if (!Array.isArray(payload.add) || !Array.isArray(payload.fill)) fail('the rows are missing');
    if (payload.add.length + payload.fill.length > IMPORT_CHUNK_MAX) fail(`more than ${IMPORT_CHUNK_MAX} rows came in one call`);
    return { format, add: payload.add.map(addOf), fill: payload.fill.map(fillOf) };
  } catch (e) {
    if (e instanceof Malformed) {
      throw new UserError(`The import could not be read (${e.message}), so nothing was written. Close the sidebar and choose the file again.`);
    }
    throw e;
  }
}
