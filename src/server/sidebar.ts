// Opens the one sidebar file on a given page: the page is written into the
// body's data-page, so the sidebar renders the right panel without a round trip.
import { PAGES, type Page } from '../shared/server-api';
import { spreadsheetUi } from './sheet';

export const SIDEBAR_TITLE = 'Info Interviews';

/** `view` picks a view within a page (e.g. the Questions page's bank check), as body data-view. */
export function showSidebar(page: Page, view = ''): void {
  if (PAGES.indexOf(page) < 0) throw new Error(`Unknown sidebar page ${page}`);
  if (!/^[a-z-]*$/.test(view)) throw new Error(`Unknown sidebar view ${view}`);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .getContent()
    .replace('data-page="home"', view ? `data-page="${page}" data-view="${view}"` : `data-page="${page}"`);
  spreadsheetUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(SIDEBAR_TITLE));
}
