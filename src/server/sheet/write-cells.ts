// The one place the add-on's cell values reach Range.setValues. Text that
// Sheets would store as written in any cell goes in bare; only when some text
// needs its apostrophe are the range's number formats read in the same batch,
// so that text bound for a plain-text ('@') cell goes in without the
// apostrophe an ordinary cell needs.
import { forFormat, type Cell } from './cell-codec';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The automatic number format, under which a leading apostrophe is always taken off. */
const GENERAL = 'General';

const STARTS_WITH_LETTER = /^\p{L}/u;
// TRUE and FALSE as a spreadsheet's locale spells them (Sheets reads "WAHR" in a German one, "VERO" in an Italian one).
const BOOLEAN = /^(?:true|false|wahr|falsch|vrai|faux|verdadero|falso|vero|verdadeiro|waar|onwaar|sant|falskt|sand|falsk|sann|usann|tosi|epätosi|prawda|fałsz|doğru|yanlış|pravda|nepravda|igaz|hamis|истина|ложь)$/iu;
const DIGIT = /\d/;
/** The add-on's own IDs (C-0007, M-000123): a letter, a hyphen, digits, which no number or date Sheets reads has. */
const ID = /^[A-Z]-\d+$/;

/**
 * Text that an automatic-format cell stores exactly as written, as a plain-text
 * cell does: it begins with a letter (so no formula, number, error, currency
 * or leading space), is not TRUE or FALSE (as the usual locales spell them),
 * and either has no digit (so no date or time: a month name needs a day or a
 * year), or carries a parenthesis after a space, which no date, time or number
 * Sheets reads has ("Send thank-you note (due 2026-03-04)"), or is one of the
 * add-on's IDs. Such text needs no apostrophe, so its write needs no format
 * read. Anything else keeps the apostrophe and the read.
 */
export function storedAsWritten(text: string): boolean {
  // Sheets trims what it reads: "TRUE " is TRUE.
  if (!STARTS_WITH_LETTER.test(text) || BOOLEAN.test(text.trim())) return false;
  return !DIGIT.test(text) || text.indexOf(' (') > 0 || ID.test(text);
}

/** A toCell/keptCell value with its apostrophe dropped where the text needs none. */
function bare(v: Cell): Cell {
  return typeof v === 'string' && v[0] === "'" && storedAsWritten(v.slice(1)) ? v.slice(1) : v;
}

/**
 * Writes a grid of toCell/keptCell values into a range of the same size: one
 * setValues, after one getNumberFormats only when some text keeps its
 * apostrophe; and only when some text for a plain-text cell begins with `'` or
 * `=`, the formats set to automatic for those cells around the write and put
 * back right after (two setNumberFormats). `formatsKnown: 'automatic'`: the
 * caller knows every cell has the automatic format (its own report), so the
 * apostrophes stay and nothing is read.
 */
export function setCells(range: Range, grid: Cell[][], formatsKnown?: 'automatic'): void {
  const values = grid.map((row) => row.map(bare));
  if (formatsKnown === 'automatic' || !values.some((row) => row.some((v) => typeof v === 'string' && v[0] === "'"))) {
    range.setValues(values as unknown as string[][]);
    return;
  }
  const formats = range.getNumberFormats();
  let general = false;
  const out = values.map((row, r) =>
    row.map((v, c) => {
      const w = forFormat(v, formats[r]?.[c] ?? '');
      if (w.viaGeneral) general = true;
      return w;
    }),
  );
  if (!general) {
    range.setValues(out.map((row) => row.map((w) => w.value)) as unknown as string[][]);
    return;
  }
  range.setNumberFormats(out.map((row, r) => row.map((w, c) => (w.viaGeneral ? GENERAL : formats[r][c]))));
  range.setValues(out.map((row) => row.map((w) => w.value)) as unknown as string[][]);
  range.setNumberFormats(formats);
}
