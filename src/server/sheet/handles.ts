// The opaque handles features hold (a document, a tab) and their unwrapping,
// which only files of src/server/sheet/ import: features never call a Sheet or
// Spreadsheet method themselves. Not exported from index.ts.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

declare const TAB_BRAND: unique symbol;
declare const DOC_BRAND: unique symbol;

/** One of the spreadsheet's tabs; pass it back to the functions of src/server/sheet/. */
export interface Tab {
  readonly [TAB_BRAND]: true;
}

/** The active spreadsheet, as far as features are concerned: something to pass back. */
export interface DocRef {
  readonly [DOC_BRAND]: true;
}

// A handle is the object itself, so wrapping costs no service call.
export const asTab = (sheet: Sheet): Tab => sheet as unknown as Tab;
export const sheetOf = (tab: Tab): Sheet => tab as unknown as Sheet;

interface HeldDoc {
  ss: Spreadsheet;
}
export const asDocRef = <T extends object>(ss: Spreadsheet, extra: T): DocRef & T => ({ ss, ...extra }) as unknown as DocRef & T;
export const ssOf = (doc: DocRef): Spreadsheet => (doc as unknown as HeldDoc).ss;
