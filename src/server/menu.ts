// The add-on menu. onOpen may run in AuthMode.NONE, where only the menu calls
// below are allowed: nothing here may read the document or properties.
export const MENU_ITEMS: ReadonlyArray<readonly [caption: string, handler: string] | null> = [
  ['Set up tracker', 'menuSetUpTracker'],
  ['Open sidebar', 'menuOpenSidebar'],
  null,
  ['Check outreach fields', 'menuCheckOutreachFields'],
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}
