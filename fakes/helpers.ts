// Small pieces every fake needs: A1 notation, Apps Script-style enums, colours and argument checks.

/** An Apps Script enum value: compares by identity, prints its name, as in the real runtime. */
export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type EnumOf<K extends string> = { readonly [P in K]: EnumValue };

export function makeEnum<K extends string>(names: readonly K[]): EnumOf<K> {
  const out: Record<string, EnumValue> = {};
  names.forEach((n, i) => {
    out[n] = Object.freeze({ name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out) as EnumOf<K>;
}

/** The name of an enum value, or undefined when `v` is not one of ours. */
export function enumName(v: unknown): string | undefined {
  if (v && typeof v === 'object' && typeof (v as EnumValue).name === 'function' && typeof (v as EnumValue).ordinal === 'function') {
    return (v as EnumValue).name();
  }
  return undefined;
}

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = colToLetters(col) + row;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${colToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** A parsed A1 reference; missing bounds (`A:A`, `2:2`, `A2:A`) are left open for the sheet to fill. */
export interface A1Ref {
  sheetName?: string;
  row1?: number;
  col1?: number;
  row2?: number;
  col2?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function parseA1(text: string): A1Ref | null {
  let ref = text.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    if (/^'.*'$/.test(sheetName)) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const parts = ref.split(':');
  if (parts.length > 2 || parts[0] === '') return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m || (m[1] === '' && m[2] === ''))) return null;
  const [m1, m2] = cells as RegExpExecArray[];
  const out: A1Ref = { sheetName };
  if (m1[1]) out.col1 = lettersToCol(m1[1]);
  if (m1[2]) out.row1 = Number(m1[2]);
  if (!m2) {
    if (!m1[1] || !m1[2]) return null; // a single cell needs both parts
    return { ...out, row2: out.row1, col2: out.col1 };
  }
  if (m2[1]) out.col2 = lettersToCol(m2[1]);
  if (m2[2]) out.row2 = Number(m2[2]);
  if (out.row1 === 0 || out.row2 === 0) return null;
  return out;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080', purple: '#800080',
};

/** Sheets stores colours as lowercase #rrggbb; null resets to the default. */
export function normalizeColor(color: string | null, fallback: string): string {
  if (color === null || color === '') return fallback;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  return c;
}

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The type names Apps Script prints in "The parameters (...) don't match" errors. */
export function gasTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return (v.length ? gasTypeName(v[0]) : 'Object') + '[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDateObject(v)) return 'Date';
  if (enumName(v)) return 'Enum';
  return 'Object';
}

export function signatureMessage(fullName: string, args: readonly unknown[]): string {
  return `The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for ${fullName}.`;
}

/** Apps Script converts JS numbers to Java ints by truncation; NaN and non-numbers do not match. */
export function isIntLike(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A tiny deterministic generator so ids and UUIDs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
