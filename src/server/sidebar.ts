// Opens the one sidebar file on a given page: the page is written into the
// body's data-page, so the sidebar renders the right panel without a round trip.
import { PAGES, type Page } from '../shared/wire';

export const SIDEBAR_TITLE = 'Info Interviews';

export function showSidebar(page: Page): void {
  if (PAGES.indexOf(page) < 0) throw new Error(`Unknown sidebar page ${page}`);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .getContent()
    .replace('data-page="home"', `data-page="${page}"`);
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(SIDEBAR_TITLE));
}
