// The bytes of an export file as text. Excel re-saves exports as Windows-1252
// (sometimes after a UTF-8 byte-order mark, sometimes with valid UTF-8 mixed
// in): each valid UTF-8 sequence is read as UTF-8 and every other byte as
// Windows-1252, so "Sørensen" stays "Sørensen" whichever way it was saved.
// UTF-16 files (with their byte-order mark) are read as UTF-16. Pure: no
// TextDecoder, so it runs the same in the sidebar and in tests.

// Windows-1252's 0x80–0x9F; the five bytes it leaves undefined map to the C1 controls, as browsers do.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-8 and windows-1252' | 'utf-16';

function cp1252(b: number): number {
  return b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
}

/** The length of the valid UTF-8 sequence starting at i (0 when there is none), and its code point. */
function utf8At(bytes: Uint8Array, i: number): [number, number] {
  const b = bytes[i];
  let n: number;
  let cp: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [n, cp, min] = [2, b & 0x1f, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [n, cp, min] = [3, b & 0x0f, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [n, cp, min] = [4, b & 0x07, 0x10000];
  else return [0, 0];
  if (i + n > bytes.length) return [0, 0];
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return [0, 0];
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [0, 0];
  return [n, cp];
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, true), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, false), encoding: 'utf-16' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  let chunk: number[] = [];
  let utf8 = 0;
  let single = 0;
  const flush = () => {
    parts.push(String.fromCodePoint(...chunk));
    chunk = [];
  };
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      chunk.push(b);
      i++;
    } else {
      const [n, cp] = utf8At(bytes, i);
      if (n > 0) {
        chunk.push(cp);
        utf8++;
        i += n;
      } else {
        chunk.push(cp1252(b));
        single++;
        i++;
      }
    }
    if (chunk.length >= 8192) flush();
  }
  flush();
  const encoding: Encoding = single === 0 ? 'utf-8' : utf8 === 0 ? 'windows-1252' : 'utf-8 and windows-1252';
  return { text: parts.join(''), encoding };
}

// A name that still holds the replacement character, or UTF-8 read as
// Windows-1252 once too often ("Ã©" for "é", "â€™" for "’").
const GARBLED = /\uFFFD|[ÃÂ][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u20AC\u2122]|â€/;

/** Whether a name looks damaged by a wrong encoding: the preview shows it and asks before writing. */
export function looksGarbled(text: string): boolean {
  return GARBLED.test(text);
}
