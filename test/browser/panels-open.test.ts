// Opening any panel is one google.script.run round trip (several hundred
// milliseconds each in Apps Script): every page of the sidebar, opened as the
// menu opens it, with the active cell on a contact's row, counted at the relay.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../fakes';
import { useBrowser } from '../support/browser';
import { openSidebar } from '../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS } from '../server/support';
import { PAGES } from '../../src/shared/server-api';
import { ROUND_TRIPS } from '../support/round-trips';

let browser: Browser;
useBrowser((b) => (browser = b));

function tracker() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Met', howFound: 'Alumni network', meetingDate: '2026-03-02' }),
    contactRow({ name: 'Ben Okafor', company: 'Initech', email: 'ben@initech.com', status: 'To contact', howFound: 'LinkedIn' }),
  ]);
  a.main.menuSetUpTracker();
  // The student is on Ana's row, as when they pick a menu item about her.
  a.h.spreadsheet.setActiveRange(a.h.sheet('Contacts').getRange(2, 2));
  a.main.menuOpenSidebar();
  return a;
}

/** The calls a page makes until it has been quiet for half a second. */
async function callsToOpen(page: string): Promise<string[]> {
  const a = tracker();
  const html = a.h.ui.sidebars.at(-1)!.html.replace('data-page="home"', `data-page="${page}"`);
  const sidebar = await openSidebar(browser, a.h, a.gas, html);
  try {
    let seen = -1;
    while (seen !== sidebar.calls.length) {
      seen = sidebar.calls.length;
      await sidebar.page.waitForTimeout(500);
    }
    expect(sidebar.errors).toEqual([]);
    return [...sidebar.calls];
  } finally {
    await sidebar.page.close();
  }
}

// The pages whose open, save and next the bench prints (test/support/round-trips.ts).
const TASK: Partial<Record<(typeof PAGES)[number], string>> = {
  home: 'Home: mark done',
  contact: 'Contact form',
  meeting: 'Log a meeting',
  questions: 'Prepare questions',
  interview: 'Prepare questions',
  settings: 'Settings',
};

describe('opening a panel', () => {
  it.each(PAGES.map((p) => [p]))('%s takes at most one round trip', async (page) => {
    const calls = await callsToOpen(page);
    expect({ page, calls: calls.length <= 1 ? 'at most one' : calls }).toEqual({ page, calls: 'at most one' });
    const task = TASK[page];
    if (task) expect(calls).toEqual(ROUND_TRIPS[task].open);
  });
});
