// Import contacts over the built bundle: the sidebar's side (parse, plan, chunks)
// run here in Node as the sidebar runs it, the server's side by dist/Code.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTab, sheetWith, sortTab } from '../../../fakes';
import { parseContactsCsv } from '../../../src/shared/csv';
import { planImport } from '../../../src/shared/import';
import { chosenRows, contactFromExisting, importChunks, type ImportChunk, type ImportChunkResult} from '../../../src/shared/import/api';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, type Addon } from '../support';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'csv');

function setUp(rows: unknown[][] = []): Addon {
  const a = addon();
  sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, ...rows]);
  a.main.menuSetUpTracker();
  return a;
}

/** What the sidebar does with a file: parse, fetch the contacts, plan. */
function preview(a: Addon, text: string) {
  const parsed = parseContactsCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const ctx = a.api.getImportContext();
  const plan = planImport(parsed.rows, parsed.format, ctx.contacts.map(contactFromExisting));
  return { parsed, ctx, plan };
}

/** Preview, then import every ticked row in chunks, as the Import button does. */
function importText(a: Addon, text: string, unticked = new Set<number>(), size?: number) {
  const { parsed, ctx, plan } = preview(a, text);
  if (!parsed.ok) throw new Error('unreachable');
  const { add, fill } = chosenRows(plan, parsed.format, ctx.contacts, unticked);
  const total = { added: 0, filled: 0, alreadyThere: 0, problems: [] as ImportChunkResult['problems'], calls: 0 };
  for (const chunk of importChunks(parsed.format, add, fill, size)) {
    const r = a.api.importContacts(chunk);
    total.added += r.added;
    total.filled += r.filled;
    total.alreadyThere += r.alreadyThere;
    total.problems.push(...r.problems);
    total.calls++;
  }
  return total;
}

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const byName = (a: Addon, name: string) => rowsByHeader(a.h, 'Contacts').find((r) => r.Name === name);

describe('Import contacts', () => {
  it('opens the sidebar on the import page from the menu', () => {
    const a = setUp();
    a.main.menuImportContacts();
    expect(a.h.ui.sidebars.at(-1)!.html).toContain('data-page="import"');
  });

  it('matches against contacts only, never a row holding just a Contact ID', () => {
    const a = setUp([contactRow({ name: 'Zed Last', email: 'zed@example.com' })]);
    a.h.sheet('Contacts').getRange(3, CONTACT_HEADERS.indexOf('Contact ID') + 1).setValue('C-0042');
    const ctx = a.api.getImportContext();
    expect(ctx.contacts.map((c) => c.name)).toEqual(['Zed Last']);
  });

  it('writes LinkedIn connections as new contacts with How found LinkedIn and Status To contact', () => {
    const a = setUp([contactRow({ name: 'Chen Li', email: 'chen@initech.com' })]);
    const r = importText(a, fixture('linkedin-connections.csv'));
    expect(r).toMatchObject({ added: 4, filled: 0, problems: [] });
    const priya = byName(a, 'Priya Raman')!;
    expect(priya).toMatchObject({
      Title: 'Senior Analyst',
      Company: 'Northwind Traders',
      LinkedIn: 'https://www.linkedin.com/in/priya-raman-4b2a1',
      'How found': 'LinkedIn',
      Status: 'To contact',
      Notes: 'Connected on LinkedIn 2024-01-05',
    });
    expect(byName(a, "Marcus O'Neill")).toMatchObject({ Company: 'Smith, Jones & Co', Email: 'marcus.oneill@example.com' });
    // Normalised on write: the percent-encoded slug becomes the canonical, readable URL.
    expect(byName(a, 'José Núñez')!.LinkedIn).toBe('https://www.linkedin.com/in/josé-núñez');
    const ids = rowsByHeader(a.h, 'Contacts').map((row) => row['Contact ID']);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^C-\d{4}$/);
  });

  it('keeps text as text: a company "=Acme Labs", a name "-Ann", a title "+Growth lead"', () => {
    const a = setUp();
    importText(a, fixture('linkedin-connections.csv'));
    const ann = byName(a, '-Ann Lee')!;
    expect(ann).toMatchObject({ Company: '=Acme Labs', Title: '+Growth lead' });
    const sheet = a.h.sheet('Contacts');
    const formulas = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getFormulas();
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  it('writes Google Contacts with How found Other, the first email and phone, and the LinkedIn website', () => {
    const a = setUp();
    const r = importText(a, fixture('google-contacts.csv'));
    expect(r.added).toBe(2);
    expect(byName(a, 'Grace Brewster Hopper')).toMatchObject({
      'How found': 'Other',
      Status: 'To contact',
      Email: 'grace@cobol.example',
      Phone: '+1 555 0100',
      LinkedIn: 'https://www.linkedin.com/in/gracehopper',
      Company: 'Cobol Works',
    });
  });

  it('fills a matched contact’s empty fields and never overwrites one, even one typed after the preview', () => {
    const a = setUp([contactRow({ name: "Marcus O'Neill", email: 'marcus.oneill@example.com', company: 'Smith Jones', status: 'Contacted', howFound: 'Referral' })]);
    const { parsed, ctx, plan } = preview(a, fixture('linkedin-connections.csv'));
    if (!parsed.ok) throw new Error('unreachable');
    const match = plan.items.find((i) => i.action === 'match')!;
    expect(Object.keys(match.fill!).sort()).toEqual(['linkedin', 'notes', 'title']);
    // The student types a title while the preview is open, and sorts the sheet.
    const titleCol = CONTACT_HEADERS.indexOf('Title') + 1;
    a.h.sheet('Contacts').getRange(2, titleCol).setValue('Partner');
    const { add, fill } = chosenRows(plan, parsed.format, ctx.contacts);
    const r = a.api.importContacts(importChunks(parsed.format, add, fill)[0]);
    expect(r.filled).toBe(1);
    expect(byName(a, "Marcus O'Neill")).toMatchObject({
      Title: 'Partner',
      Company: 'Smith Jones',
      Status: 'Contacted',
      'How found': 'Referral',
      LinkedIn: 'https://www.linkedin.com/in/marcusoneill',
      Notes: 'Connected on LinkedIn 2023-03-17',
    });
  });

  it('finds a contact without a Contact ID again after a sort, fills it and gives it an ID', () => {
    const a = setUp([contactRow({ name: 'Zed Last', email: 'zed@example.com' })]);
    // Typed in after set-up, so it has no ID yet.
    const row = contactRow({ name: 'Priya Raman', company: 'Northwind Traders' });
    a.h.sheet('Contacts').getRange(3, 1, 1, row.length).setValues([row as string[]]);
    const { parsed, ctx, plan } = preview(a, fixture('linkedin-connections.csv'));
    if (!parsed.ok) throw new Error('unreachable');
    sortTab(a.h, 'Contacts', 'Name');
    expect(a.h.sheet('Contacts').getRange(2, 2).getValue()).toBe('Priya Raman');
    const { add, fill } = chosenRows(plan, parsed.format, ctx.contacts);
    expect(fill).toHaveLength(1);
    expect(fill[0].target.contactId).toBe('');
    const r = a.api.importContacts(importChunks(parsed.format, add, fill)[0]);
    expect(r).toMatchObject({ filled: 1, problems: [] });
    const priya = rowsByHeader(a.h, 'Contacts').filter((x) => x.Name === 'Priya Raman');
    expect(priya).toHaveLength(1);
    expect(priya[0]).toMatchObject({ Title: 'Senior Analyst', LinkedIn: 'https://www.linkedin.com/in/priya-raman-4b2a1' });
    expect(priya[0]['Contact ID']).toMatch(/^C-\d{4}$/);
  });

  it('leaves the cells between filled rows exactly as they were: formulas, text that looks like a formula, leading zeros', () => {
    const a = setUp([
      contactRow({ name: 'Ana First', email: 'ana@example.com' }),
      contactRow({ name: 'Bo Between', company: '=Acme', phone: '0123 456 789', email: 'bo@example.com' }),
      contactRow({ name: 'Cy Last', email: 'cy@example.com' }),
    ]);
    const col = (h: string) => CONTACT_HEADERS.indexOf(h) + 1;
    a.h.sheet('Contacts').getRange(3, col('Title')).setFormula('=UPPER("boss")');
    const before = a.h.sheet('Contacts').getRange(3, 1, 1, CONTACT_HEADERS.length);
    const snapshot = { values: before.getValues(), formulas: before.getFormulas() };
    const ids = rowsByHeader(a.h, 'Contacts').map((r) => String(r['Contact ID']));
    const target = (i: number) => ({ contactId: ids[i], row: 0, name: '', company: '', email: '', linkedin: '' });
    const r = a.api.importContacts({
      format: 'linkedin',
      add: [],
      fill: [
        { line: 2, target: target(0), fields: { title: 'Analyst', phone: '+1 555 010 0199' } },
        { line: 3, target: target(2), fields: { title: 'Engineer', company: 'Contoso' } },
      ],
    });
    expect(r.filled).toBe(2);
    const after = a.h.sheet('Contacts').getRange(3, 1, 1, CONTACT_HEADERS.length);
    expect({ values: after.getValues(), formulas: after.getFormulas() }).toEqual(snapshot);
    expect(byName(a, 'Ana First')).toMatchObject({ Title: 'Analyst', Phone: '+1 555 010 0199' });
    expect(byName(a, 'Cy Last')).toMatchObject({ Title: 'Engineer', Company: 'Contoso' });
  });

  it('imports only the ticked rows', () => {
    const a = setUp();
    const r = importText(a, fixture('linkedin-connections.csv'), new Set([5]));
    expect(r.added).toBe(3);
    expect(byName(a, 'Priya Raman')).toBeUndefined();
  });

  it('creates no duplicates when the same file is imported again, or a chunk is sent twice', () => {
    const a = setUp();
    importText(a, fixture('linkedin-connections.csv'));
    const before = readTab(a.h, 'Contacts');
    expect(importText(a, fixture('linkedin-connections.csv'))).toMatchObject({ added: 0, filled: 0, calls: 0 });
    expect(readTab(a.h, 'Contacts')).toEqual(before);

    const b = setUp();
    const { parsed, ctx, plan } = preview(b, fixture('linkedin-connections-old.csv'));
    if (!parsed.ok) throw new Error('unreachable');
    const { add, fill } = chosenRows(plan, parsed.format, ctx.contacts);
    const chunk = importChunks(parsed.format, add, fill)[0];
    expect(b.api.importContacts(chunk).added).toBe(2);
    expect(b.api.importContacts(chunk)).toMatchObject({ added: 0, alreadyThere: 2 });
    expect(rowsByHeader(b.h, 'Contacts')).toHaveLength(2);
  });

  it('imports a row with an unusable field without that field, says so, and skips only the row without a name', () => {
    const a = setUp();
    const chunk: ImportChunk = {
      format: 'google',
      add: [
        { line: 2, contact: { name: 'Bad Mail', email: 'bob@@x' } },
        { line: 3, contact: { name: 'Good One', email: 'Good@Example.COM', phone: '+1 (555) 010-0199' } },
        { line: 4, contact: { company: 'Nameless Inc' } },
      ],
      fill: [],
    };
    const r = a.api.importContacts(chunk);
    expect(r.added).toBe(2);
    expect(r.problems.map((p) => p.line)).toEqual([4]);
    expect(r.importedWithout).toEqual([{ line: 2, name: 'Bad Mail', without: [{ field: 'email', reason: 'not an address' }] }]);
    expect(byName(a, 'Bad Mail')).toMatchObject({ Email: '', 'How found': 'Other', Status: 'To contact' });
    expect(byName(a, 'Good One')).toMatchObject({ Email: 'Good@example.com', Phone: '+1 (555) 010-0199', 'How found': 'Other' });
  });

  it.each([
    ['not an object', null],
    ['an unknown format', { format: 'vcard', add: [], fill: [] }],
    ['a field that is not text', { format: 'linkedin', add: [{ line: 2, contact: { name: 42 } }], fill: [] }],
    ['a field an import may not set', { format: 'linkedin', add: [{ line: 2, contact: { name: 'Ann', status: 'Met' } }], fill: [] }],
    ['a fill without a target', { format: 'linkedin', add: [{ line: 2, contact: { name: 'Ann' } }], fill: [{ line: 3, fields: { title: 'x' } }] }],
    ['too many rows', { format: 'linkedin', add: Array.from({ length: 1001 }, (_, i) => ({ line: i + 2, contact: { name: `P${i}` } })), fill: [] }],
  ])('rejects a malformed payload (%s) with nothing written', (_what, payload) => {
    const a = setUp([contactRow({ name: 'Chen Li' })]);
    const before = readTab(a.h, 'Contacts');
    a.h.calls.reset();
    // Deliberately not an ImportChunk: the server must refuse what the types would not let through.
    expect(() => a.api.importContacts(payload as unknown as ImportChunk)).toThrow(/could not be read.*nothing was written/);
    expect(a.h.calls.count('Range.set')).toBe(0);
    expect(readTab(a.h, 'Contacts')).toEqual(before);
  });

  it('makes the same number of Spreadsheet calls for a chunk of 50 rows as for 500', () => {
    const callsFor = (n: number) => {
      const existing = Array.from({ length: 2000 }, (_, i) => contactRow({ name: `Person ${i}`, company: `Co ${i}`, email: i % 2 ? `p${i}@example.com` : '' }));
      const a = setUp(existing);
      const ids = rowsByHeader(a.h, 'Contacts').map((r) => String(r['Contact ID']));
      const half = n / 2;
      const chunk: ImportChunk = {
        format: 'linkedin',
        add: Array.from({ length: half }, (_, i) => ({ line: i + 2, contact: { name: `New ${i}`, company: '=Lab', linkedin: `linkedin.com/in/new-${i}` } })),
        // Scattered over the sheet: every fourth contact.
        fill: Array.from({ length: half }, (_, i) => ({
          line: half + i + 2,
          target: { contactId: ids[i * 4], row: 0, name: '', company: '', email: '', linkedin: '' },
          fields: { title: `Title ${i}`, email: `f${i}@example.com` },
        })),
      };
      a.h.calls.reset();
      const r = a.api.importContacts(chunk);
      expect(r).toMatchObject({ added: half, filled: half });
      return { total: a.h.calls.total, byMethod: a.h.calls.byMethod };
    };
    const small = callsFor(50);
    const large = callsFor(500);
    expect(large.total).toBe(small.total);
    expect(large.byMethod['Range.setValues']).toBe(small.byMethod['Range.setValues']);
    // Contacts, and Meetings for the re-plan in the same execution (no Questions tab yet).
    expect(large.byMethod['Range.getValues']).toBe(2);
  });
});
