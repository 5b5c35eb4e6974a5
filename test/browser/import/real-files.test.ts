// Real export files in the Import sidebar (headless Chromium over dist/Code.js):
// bytes in Windows-1252 keep their names, damaged names are shown and asked
// about before anything is written, and the result lists what was left out.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { useBrowser } from '../../support/browser';
import { axeViolations, openSidebar } from '../../support/sidebar-page';
import { addon, rowsByHeader } from '../../server/support';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'csv');
let browser: Browser;
useBrowser((b) => (browser = b));

function ready() {
  const a = addon();
  a.main.menuSetUpTracker();
  a.main.menuImportContacts();
  return a;
}

describe('Import contacts with real files', () => {
  it('reads an Excel re-save (Windows-1252, semicolons) with its names intact', async () => {
    const a = ready();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'linkedin-excel-1252-semicolon.csv'));
    await page.getByText(/2 new contacts, 0 already in Contacts/).waitFor();
    expect(await page.getByText(/garbled/).count()).toBe(0);
    await page.getByRole('button', { name: 'Import 2 new contacts' }).click();
    await page.getByText(/Import finished: 2 new contacts added/).waitFor();
    expect(rowsByHeader(a.h, 'Contacts').map((r) => [r.Name, r.Company])).toEqual([
      ['Søren Sørensen', 'Mærsk'],
      ['François Lefèvre', 'Société Générale'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows garbled names and writes nothing until the student says to, or unticks them', async () => {
    const a = ready();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'linkedin-garbled.csv'));
    await page.getByRole('heading', { name: '2 names look garbled' }).waitFor();
    await page.getByText('RenÃ©e Dubois', { exact: false }).first().waitFor();
    const importButton = page.getByRole('button', { name: 'Import 3 new contacts' });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const anyway = page.getByRole('checkbox', { name: 'Import these names as shown anyway' });
    await anyway.check();
    expect(await importButton.isEnabled()).toBe(true);
    await anyway.uncheck();
    expect(await importButton.isDisabled()).toBe(true);
    expect(rowsByHeader(a.h, 'Contacts')).toEqual([]);
    // Unticking the two damaged rows is enough to import the rest.
    await page.getByRole('checkbox', { name: /RenÃ©e Dubois/ }).uncheck();
    await page.getByRole('checkbox', { name: /Larsen/ }).uncheck();
    await page.getByRole('button', { name: 'Import 1 new contact' }).click();
    await page.getByText(/Import finished: 1 new contact added/).waitFor();
    expect(rowsByHeader(a.h, 'Contacts').map((r) => r.Name)).toEqual(['Ana Ruiz']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a person whose email is LinkedIn’s placeholder without it, and the result says so', async () => {
    const a = ready();
    const { page, errors } = await openSidebar(browser, a.h, a.gas);
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'linkedin-old-urn.csv'));
    await page.getByText('Imported without: email (not an address)').waitFor();
    await page.getByRole('button', { name: 'Import 2 new contacts' }).click();
    await page.getByText(/Import finished: 2 new contacts added/).waitFor();
    await page.getByText('Imported: 2').waitFor();
    await page.getByText('Imported without a field: 1').waitFor();
    await page.getByText(/Ana Ruiz imported without: email \(not an address\)/).waitFor();
    expect(rowsByHeader(a.h, 'Contacts').map((r) => [r.Name, r.Email])).toEqual([
      ['Ana Ruiz', ''],
      ['Ben Okafor', 'ben@globex.com'],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
