// What the fakes assume where Google's reference is silent, in one place, each with a switch so the
// add-on can be tested under every answer real Sheets might give. docs/REAL-SHEETS.md keeps the
// answers runSelfTest saw in a real spreadsheet; each default here follows a row of that table.

import type { Runtime } from './runtime';

export interface RealSheetsAssumptions {
  /**
   * A leading `'` written by a script into a cell formatted as plain text (`@`): 'kept' as the
   * cell's first character, or 'consumed' as in a general cell. (REAL-SHEETS.md: "apostrophe in @")
   */
  plainTextApostrophe: 'kept' | 'consumed';
  /**
   * Whether a custom-formula conditional-format rule's formula comes back from getCriteriaValues()
   * with its relative row numbers moved when rows are inserted or deleted above its range, as its
   * range moves (`$U2` becomes `$U3`). (REAL-SHEETS.md: "highlight formula after a row insert")
   */
  ruleFormulaFollowsRows: boolean;
  /**
   * How getCriteriaValues() spells a custom formula: as written, upper-cased or lower-cased function
   * names and references, or with the `;` argument separator of comma-decimal locales.
   */
  ruleFormulaSpelling: 'as-written' | 'upper' | 'lower' | 'semicolons';
  /**
   * Whether LockService.getDocumentLock(), PropertiesService.getDocumentProperties() and
   * SpreadsheetApp.getActiveSpreadsheet() see a document (false: they return null, as outside a
   * document context). (REAL-SHEETS.md: "inside a time-driven trigger")
   */
  documentContext: boolean;
  /** Users whose authorisation lapsed (new scopes, revoked access): getAuthorizationInfo says REQUIRED. */
  needsAuthorization: Set<string>;
}

export function defaultAssumptions(): RealSheetsAssumptions {
  return {
    plainTextApostrophe: 'kept',
    ruleFormulaFollowsRows: true,
    ruleFormulaSpelling: 'as-written',
    documentContext: true,
    needsAuthorization: new Set(),
  };
}

/** The value a script's string becomes in a `@` cell when it begins with an apostrophe. */
export function plainTextWrite(rt: Runtime, text: string): string {
  return rt.assume.plainTextApostrophe === 'consumed' && text[0] === "'" ? text.slice(1) : text;
}

// A cell reference in a formula, outside string literals: optional $, column letters, optional $, row.
const REF = /("[^"]*")|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(])/g;

/** A formula with its relative row numbers moved by `delta`, as Sheets keeps a rule relative to its range. */
export function shiftFormulaRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  return formula.replace(REF, (all, str: string | undefined, c$: string, col: string, r$: string, row: string, at: number) => {
    if (str !== undefined) return all;
    // A function name such as LOG10( is excluded by the lookahead; a longer name is not a reference.
    if (at > 0 && /[A-Za-z0-9_.]/.test(formula[at - 1])) return all;
    if (r$) return all;
    const n = Number(row) + delta;
    return n < 1 ? `${c$}${col}${r$}#REF!` : `${c$}${col}${r$}${n}`;
  });
}

/** A custom formula as getCriteriaValues() would spell it under the current assumption. */
export function spellFormula(rt: Runtime, formula: string): string {
  const parts = formula.split(/("[^"]*")/);
  const out = parts.map((p, i) => {
    if (i % 2 === 1) return p;
    switch (rt.assume.ruleFormulaSpelling) {
      case 'upper': return p.toUpperCase();
      case 'lower': return p.toLowerCase();
      case 'semicolons': return p.replace(/,/g, ';');
      default: return p;
    }
  });
  return out.join('');
}
