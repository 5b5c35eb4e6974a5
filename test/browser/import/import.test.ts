// The Import contacts sidebar in headless Chromium, served by dist/Code.js:
// choose a file, read the preview, untick a row, import, find the rows in the sheet.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../../server/support';
import { MESSAGES } from '../../../src/shared/csv';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'csv');
let browser: Browser;
useBrowser((b) => (browser = b));

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: "Marcus O'Neill", email: 'marcus.oneill@example.com', company: 'Smith Jones', status: 'Contacted', howFound: 'Referral' }),
  ]);
  a.main.menuSetUpTracker();
  a.main.menuImportContacts();
  return a;
}

describe('Import contacts sidebar', () => {
  it('previews a LinkedIn export, imports the ticked rows and fills the matched contact', async () => {
    const a = seeded();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'linkedin-connections.csv'));
    await page
      .getByText('linkedin-connections.csv (LinkedIn connections): 3 new contacts, 1 already in Contacts, 0 duplicates in the file, 1 row skipped.')
      .waitFor();
    await page.getByText(/Already in Contacts as Marcus O'Neill \(same email\); would fill Title, LinkedIn, Notes/).waitFor();
    await page.getByText(/No name: LinkedIn leaves the name out/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: /Priya Raman/ }).uncheck();
    await page.getByRole('button', { name: 'Import 2 new contacts and fill 1 contact' }).click();
    await page.getByText('Import finished: 2 new contacts added, 1 contact filled in.').waitFor();

    const rows = rowsByHeader(a.h, 'Contacts');
    expect(rows.map((r) => r.Name)).toEqual(["Marcus O'Neill", '-Ann Lee', 'José Núñez']);
    expect(rows[0]).toMatchObject({ Title: 'Associate, Strategy & Operations', Company: 'Smith Jones', Status: 'Contacted' });
    expect(rows[1]).toMatchObject({ Company: '=Acme Labs', 'How found': 'LinkedIn', Status: 'To contact' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says clearly when a file is not an export, and writes nothing', async () => {
    const a = seeded();
    const sidebar = await openSidebar(browser, a.h, a.gas);
    const before = rowsByHeader(a.h, 'Contacts');
    await sidebar.page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'bank-statement.csv'));
    await sidebar.page.getByRole('alert').getByText(MESSAGES.noHeader).waitFor();
    await sidebar.page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'malformed-unclosed-quote.csv'));
    await sidebar.page.getByRole('alert').getByText(/quoted value that starts on line 3 is never closed/).waitFor();
    expect(sidebar.calls).toEqual([]);
    expect(rowsByHeader(a.h, 'Contacts')).toEqual(before);
    expect(await axeViolations(sidebar.page)).toEqual([]);
    await sidebar.page.close();
  });

  it('imports a large file in chunks, with the first 100 rows listed and the rest on request', async () => {
    const a = seeded();
    const { page, calls } = await openSidebar(browser, a.h, a.gas);
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 1200; i++) lines.push(`Person,Number${i},https://www.linkedin.com/in/person-${i},,Company ${i},Analyst,05 Jan 2024`);
    await page.getByLabel('CSV file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
    await page.getByText(/1,200 new contacts/).first().waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(100);
    await page.getByRole('button', { name: /Show 100 more \(1,100 not shown\)/ }).click();
    expect(await page.getByRole('checkbox').count()).toBe(200);
    // Progress messages are transient: record every one the page shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => document.querySelectorAll('[role=status]').forEach((e) => seen.push(e.textContent || ''))).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.getByRole('button', { name: 'Import 1,200 new contacts' }).click();
    await page.getByText('Import finished: 1,200 new contacts added, 0 contacts filled in.').waitFor({ timeout: 30000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(expect.arrayContaining(['Imported 0 of 1,200', 'Imported 500 of 1,200', 'Imported 1,000 of 1,200']));
    expect(calls.filter((c) => c === 'importContacts')).toHaveLength(3);
    await eventually(() => rowsByHeader(a.h, 'Contacts').length === 1201);
    await page.close();
  }, 60000);

  it('shows a failed chunk with a retry that finishes the import without duplicates', async () => {
    const a = seeded();
    const sidebar = await openSidebar(browser, a.h, a.gas);
    await sidebar.page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'linkedin-connections-old.csv'));
    await sidebar.page.getByRole('button', { name: 'Import 2 new contacts' }).click({ trial: true });
    sidebar.failNext('importContacts');
    await sidebar.page.getByRole('button', { name: 'Import 2 new contacts' }).click();
    await sidebar.page.getByRole('alert').getByText(/server error.*Rows imported so far are saved/).waitFor();
    await sidebar.page.getByRole('button', { name: 'Try again' }).click();
    await sidebar.page.getByText('Import finished: 2 new contacts added, 0 contacts filled in.').waitFor();
    expect(rowsByHeader(a.h, 'Contacts').map((r) => r.Name)).toEqual(["Marcus O'Neill", 'Dana Whitfield', 'Sam Okafor']);
    await sidebar.page.close();
  });
});
