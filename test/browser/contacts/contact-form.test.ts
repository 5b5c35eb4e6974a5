// The contact form in headless Chromium, its calls served by dist/Code.js over the fakes.
import type { Browser } from 'playwright-core';
import { readTab, sheetWith, sortTab } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../../server/support';
import { ROUND_TRIPS, tripsSince } from '../../support/round-trips';

const HOSTILE = '<img src=x onerror=alert(1)>';
let browser: Browser;
useBrowser((b) => (browser = b));

/** Contacts set up; the active cell on `activeRow` of Contacts (1 = the header: no contact selected). */
function seeded(activeRow = 1) {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Contacted', howFound: 'Alumni network' }),
    contactRow({ name: 'Ben Okafor', company: 'Initech', email: 'ben@initech.com', status: 'To contact' }),
    contactRow({ name: HOSTILE, company: 'Globex', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  a.h.spreadsheet.setActiveRange(a.h.sheet('Contacts').getRange(activeRow, 2));
  a.main.menuOpenSidebar();
  return a;
}

/** The sidebar opened on the contact form, as the home page's "Add or edit a contact" does. */
async function openContactForm(a: ReturnType<typeof seeded>) {
  const html = a.h.ui.sidebars.at(-1)!.html.replace('data-page="home"', 'data-page="contact"');
  const sidebar = await openSidebar(browser, a.h, a.gas, html);
  sidebar.page.setDefaultTimeout(5000);
  await sidebar.page.getByLabel('Name', { exact: true }).waitFor();
  return sidebar;
}

const contactById = (a: ReturnType<typeof seeded>, id: string) => rowsByHeader(a.h, 'Contacts').find((r) => r['Contact ID'] === id);

describe('Contact form', () => {
  it('adds a contact: one new row with a fresh Contact ID, then a clear form for the next with a link to edit the one added, one round trip to open and one to save', async () => {
    const a = seeded();
    const { page, errors, calls } = await openContactForm(a);
    await page.getByRole('heading', { name: 'New contact' }).waitFor();
    const trips = ROUND_TRIPS['Contact form'];
    expect(tripsSince(calls, 0)).toEqual(trips.open);
    await page.getByLabel('Name', { exact: true }).fill('Dana Kim');
    await page.getByLabel('Company').fill('Hooli');
    await page.getByLabel('Email').fill('dana@hooli.com');
    await page.getByLabel('How found').selectOption('LinkedIn');
    await page.getByLabel('Priority').selectOption('A');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('status').getByText('Added Dana Kim as C-0004.').waitFor();
    // The save brings back what the panel shows next: no second call.
    await page.waitForTimeout(300);
    expect(tripsSince(calls, trips.open.length)).toEqual([...trips.save, ...trips.next]);
    expect(contactById(a, 'C-0004')).toMatchObject({ Name: 'Dana Kim', Company: 'Hooli', Email: 'dana@hooli.com', 'How found': 'LinkedIn', Priority: 'A', Status: 'To contact' });
    expect(rowsByHeader(a.h, 'Contacts')).toHaveLength(4);
    expect(errors).toEqual([]);

    // The form clears for the next person: typing it never overwrites the one just added.
    await page.getByRole('heading', { name: 'New contact' }).waitFor();
    await page.getByRole('button', { name: 'Edit Dana Kim' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Company').inputValue()).toBe('');
    await page.getByLabel('Name', { exact: true }).fill('Eli Park');
    await page.getByLabel('Email').fill('eli@park.io');
    await page.getByLabel('How found').selectOption('LinkedIn');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('status').getByText('Added Eli Park as C-0005.').waitFor();
    expect(rowsByHeader(a.h, 'Contacts')).toHaveLength(5);
    expect(contactById(a, 'C-0004')).toMatchObject({ Name: 'Dana Kim', Email: 'dana@hooli.com' });
    await page.getByRole('button', { name: 'Edit Eli Park' }).click();
    await page.getByText('Editing Eli Park (C-0005).').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('eli@park.io');
    await page.close();
  });

  it('edits the contact of the active row, and the right row changes after the sheet was sorted', async () => {
    const a = seeded(2);
    const { page } = await openContactForm(a);
    await page.getByText('Editing Ana Ruiz (C-0001).').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('ana@acme.com');
    sortTab(a.h, 'Contacts', 'Name', false);
    const before = rowsByHeader(a.h, 'Contacts');
    await page.getByLabel('Title').fill('Data analyst');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved Ana Ruiz: Title.').waitFor();
    const after = rowsByHeader(a.h, 'Contacts');
    const i = after.findIndex((r) => r['Contact ID'] === 'C-0001');
    expect(i).toBe(1); // Z to A: Ben, Ana, then the name beginning with "<"; Ana was first
    expect(after[i]).toEqual({ ...before[i], Title: 'Data analyst' });
    after.forEach((r, j) => j !== i && expect(r).toEqual(before[j]));
    await page.close();
  });

  it('sets Referred by with the searchable contact picker', async () => {
    const a = seeded(3);
    const { page } = await openContactForm(a);
    await page.getByLabel('How found').selectOption('Referral');
    await page.getByLabel('Search Referred by').fill('acme');
    await page.getByLabel('Search Referred by').press('Enter');
    expect(await page.getByLabel('Referred by', { exact: true }).inputValue()).toBe('C-0001');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/Saved Ben Okafor: How found, Referred by\./).waitFor();
    expect(contactById(a, 'C-0002')).toMatchObject({ 'How found': 'Referral', 'Referred by': 'Ana Ruiz' });
    await page.close();
  });

  it('blocks a save on bad input: the field says what is wrong and nothing is written', async () => {
    const a = seeded();
    const before = readTab(a.h, 'Contacts');
    const sidebar = await openContactForm(a);
    const { page } = sidebar;
    await page.getByLabel('Email').fill('dana@@hooli');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByText(/Name is empty/).waitFor();
    await page.getByText(/Email "dana@@hooli" is not a valid address/).waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    // The focus goes to the first field in error, and its message is read with it.
    await eventually(async () => (await page.evaluate(() => document.activeElement?.id)) === 'contact-name');
    expect(await page.getByLabel('Email').getAttribute('aria-describedby')).toBe('contact-email-error');
    expect(sidebar.calls).not.toContain('saveContact');

    // A rule only the server can apply (the address is on another contact): still shown on the field.
    await page.getByLabel('Name', { exact: true }).fill('Ana Again');
    await page.getByLabel('Email').fill('ANA@acme.com');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByText(/already on Ana Ruiz \(C-0001\)/).waitFor();
    expect(sidebar.calls).toContain('saveContact');
    expect(readTab(a.h, 'Contacts')).toEqual(before);
    await page.close();
  });

  it('shows a server error with a retry that saves', async () => {
    const a = seeded(2);
    const sidebar = await openContactForm(a);
    const { page } = sidebar;
    await page.getByLabel('Industry').fill('Manufacturing');
    sidebar.failNext('saveContact');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').getByText(/Not saved: .*server error/).waitFor();
    expect(contactById(a, 'C-0001')!.Industry).toBe('');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Saved Ana Ruiz: Industry.').waitFor();
    expect(contactById(a, 'C-0001')!.Industry).toBe('Manufacturing');
    await page.close();
  });

  it('tells the user when the contact was deleted since the form opened', async () => {
    const a = seeded(3);
    const { page } = await openContactForm(a);
    a.h.sheet('Contacts').deleteRow(3);
    const before = readTab(a.h, 'Contacts');
    await page.getByLabel('Title').fill('CTO');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').getByText(/no longer in the sheet.*Nothing was saved/).waitFor();
    expect(readTab(a.h, 'Contacts')).toEqual(before);
    await page.close();
  });

  it('switches to a new contact on request', async () => {
    const a = seeded(2);
    const { page } = await openContactForm(a);
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByRole('heading', { name: 'New contact' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Status').inputValue()).toBe('To contact');
    await page.close();
  });

  it('renders contact data as text, works from the keyboard, and has no accessibility violations', async () => {
    const a = seeded(4);
    const { page, dialogs } = await openContactForm(a);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // The form opens with the focus on its first field, and every control has a label.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((el) => (el as HTMLInputElement).labels!.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Head of Data');
    expect(await page.getByLabel('Title').inputValue()).toBe('Head of Data');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill('not an email');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/is not a valid address/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
