// The contact form's server functions over the built bundle: open, add, edit by
// Contact ID whatever the user did to the sheet, refuse bad input, text stays text.
import fc from 'fast-check';
import { formatDate, readTab, sheetWith, sortTab } from '../../../fakes';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';

function seeded() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', company: 'Acme', email: 'ana@acme.com', status: 'Contacted', howFound: 'Alumni network' }),
    contactRow({ name: 'Ben Okafor', company: 'Initech', linkedin: 'https://www.linkedin.com/in/ben-okafor', status: 'To contact' }),
    contactRow({ name: 'Chen Li', company: 'Globex', email: 'chen@globex.com', status: 'To contact' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

const col = (header: string) => CONTACT_HEADERS.indexOf(header) + 1;
const byName = (a: ReturnType<typeof addon>, name: string) => rowsByHeader(a.h, 'Contacts').find((r) => r.Name === name)!;

describe('getContactForm', () => {
  it('opens the contact on the active row of Contacts', () => {
    const a = seeded();
    const sheet = a.h.sheet('Contacts');
    a.h.spreadsheet.setActiveRange(sheet.getRange(3, 2));
    const form = a.api.getContactForm('');
    expect(form.contact).toMatchObject({ contactId: 'C-0002', name: 'Ben Okafor', linkedin: 'https://www.linkedin.com/in/ben-okafor' });
    expect(form.contacts.map((c) => c.name)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chen Li']);
    expect(form.today).toBe('2026-03-04');
  });

  it('opens a blank form when the active row is the header or another tab', () => {
    const a = seeded();
    a.h.spreadsheet.setActiveRange(a.h.sheet('Contacts').getRange(1, 1));
    expect(a.api.getContactForm('').contact).toBeNull();
    a.h.spreadsheet.setActiveRange(a.h.sheet('Meetings').getRange(2, 1));
    expect(a.api.getContactForm('').contact).toBeNull();
  });

  it('opens a contact by ID, and says so when it is gone', () => {
    const a = seeded();
    expect(a.api.getContactForm('C-0003').contact!.name).toBe('Chen Li');
    expect(() => a.api.getContactForm('C-0999')).toThrow(/no longer in the sheet/);
  });
});

describe('saveContact: a new contact', () => {
  it('appends one row with a fresh Contact ID and the normalised values', () => {
    const a = seeded();
    const r = a.api.saveContact({
      contactId: '',
      fields: { name: ' Dana Kim ', company: 'Hooli', linkedin: 'linkedin.com/in/Dana-Kim?trk=x', howFound: 'linkedin', phone: '+1 555 010 0199' },
    });
    expect(r).toMatchObject({ ok: true, contactId: 'C-0004', message: 'Added Dana Kim as C-0004.' });
    const rows = rowsByHeader(a.h, 'Contacts');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({
      'Contact ID': 'C-0004',
      Name: 'Dana Kim',
      LinkedIn: 'https://www.linkedin.com/in/dana-kim',
      'How found': 'LinkedIn',
      Phone: '+1 555 010 0199',
      Status: 'To contact',
    });
  });

  it('never reuses an ID, even after the last contact was deleted', () => {
    const a = seeded();
    a.h.sheet('Contacts').deleteRow(4);
    const r = a.api.saveContact({ contactId: '', fields: { name: 'Eve Park' } });
    expect(r).toMatchObject({ ok: true, contactId: 'C-0004' });
  });

  it('refuses bad input field by field and writes nothing', () => {
    const a = seeded();
    const before = readTab(a.h, 'Contacts');
    const r = a.api.saveContact({ contactId: '', fields: { name: '', email: 'dana@@hooli', status: 'Met' } });
    expect(r.ok).toBe(false);
    const errors = (r as { errors: Record<string, string> }).errors;
    expect(errors.name).toMatch(/Name is empty/);
    expect(errors.email).toMatch(/"dana@@hooli" is not a valid address/);
    expect(errors.meetingDate).toMatch(/Meeting date is empty/);
    expect(readTab(a.h, 'Contacts')).toEqual(before);
  });

  it('refuses an email already on another contact', () => {
    const a = seeded();
    const r = a.api.saveContact({ contactId: '', fields: { name: 'Ana R.', email: 'ANA@acme.com' } });
    expect(r).toEqual({ ok: false, errors: { email: expect.stringMatching(/already on Ana Ruiz \(C-0001\)/) } });
  });

  it('writes Referred by as the referrer’s name as the sheet spells it, whether a name or an ID is given', () => {
    const a = seeded();
    a.api.saveContact({ contactId: '', fields: { name: 'Finn Wu', howFound: 'Referral', referredBy: 'ana ruiz' } });
    expect(byName(a, 'Finn Wu')['Referred by']).toBe('Ana Ruiz');
    a.api.saveContact({ contactId: '', fields: { name: 'Gil Ortiz', howFound: 'Referral', referredBy: 'C-0001' } });
    expect(byName(a, 'Gil Ortiz')['Referred by']).toBe('Ana Ruiz');
  });

  it('writes Name (C-0007) where two contacts share the referrer’s name, and that cell resolves', () => {
    const a = seeded();
    a.api.saveContact({ contactId: '', fields: { name: 'Ana Ruiz', email: 'ana.two@example.com' } });
    a.api.saveContact({ contactId: '', fields: { name: 'Finn Wu', howFound: 'Referral', referredBy: 'C-0001' } });
    expect(byName(a, 'Finn Wu')['Referred by']).toBe('Ana Ruiz (C-0001)');
    const finn = a.api.getCheckReport().groups.find((g) => g.contactName === 'Finn Wu');
    expect((finn?.problems ?? []).filter((p) => /Referred by/.test(p.message))).toEqual([]);
  });
});

describe('saveContact: editing', () => {
  it('changes the right row after the user sorted, inserted a column and renamed the tab', () => {
    const a = seeded();
    const sheet = a.h.sheet('Contacts');
    sortTab(a.h, 'Contacts', 'Name', false);
    sheet.insertColumnBefore(col('Title'));
    sheet.getRange(1, col('Title')).setValue('My column');
    sheet.getRange(2, col('Title'), 3, 1).setValues([['mine 1'], ['mine 2'], ['mine 3']]);
    sheet.setName('People');
    const before = rowsByHeader(a.h, 'People');

    const r = a.api.saveContact({ contactId: 'C-0001', fields: { title: 'Data analyst', status: 'scheduled', meetingDate: '2026-03-10' } });
    expect(r).toMatchObject({ ok: true, contactId: 'C-0001', changed: ['Status', 'Title', 'Meeting date'] });
    const after = rowsByHeader(a.h, 'People');
    const i = after.findIndex((x) => x['Contact ID'] === 'C-0001');
    expect(i).toBe(2); // sorted Z to A: Chen, Ben, Ana
    expect(after[i]).toMatchObject({ Name: 'Ana Ruiz', Title: 'Data analyst', Status: 'Scheduled', 'My column': 'mine 3' });
    expect(formatDate((after[i]['Meeting date'] as Date).getTime(), 'America/New_York', 'yyyy-MM-dd')).toBe('2026-03-10');
    after.forEach((row, j) => j !== i && expect(row).toEqual(before[j]));
  });

  it('writes only the cells whose value changed, in as few calls as the columns allow', () => {
    const a = seeded();
    a.h.calls.reset();
    const r = a.api.saveContact({ contactId: 'C-0002', fields: { name: 'Ben Okafor', company: 'Initech', industry: 'Software' } });
    expect(r).toMatchObject({ ok: true, changed: ['Industry'] });
    // Contacts, and Meetings for the re-plan; the plan did not change, so Next action is not written.
    expect(a.h.calls.byMethod['Range.getValues']).toBe(2);
    expect(a.h.calls.byMethod['Range.setValues']).toBe(1);
  });

  it('keeps a change someone else made to a field this form did not touch', () => {
    const a = seeded();
    a.h.sheet('Contacts').getRange(2, col('Notes')).setValue('Met at the fair');
    a.api.saveContact({ contactId: 'C-0001', fields: { priority: 'A' } });
    expect(byName(a, 'Ana Ruiz')).toMatchObject({ Priority: 'A', Notes: 'Met at the fair' });
  });

  it('tells the user when the contact was deleted meanwhile, and writes nothing', () => {
    const a = seeded();
    a.h.sheet('Contacts').deleteRow(3);
    const before = readTab(a.h, 'Contacts');
    const r = a.api.saveContact({ contactId: 'C-0002', fields: { title: 'CTO' } });
    expect(r).toEqual({ ok: false, errors: { contactId: expect.stringMatching(/no longer in the sheet.*Nothing was saved/) } });
    expect(readTab(a.h, 'Contacts')).toEqual(before);
  });

  it('ignores fields the form does not own (Contact ID, Next action)', () => {
    const a = seeded();
    a.api.saveContact({ contactId: 'C-0003', fields: { contactId: 'C-0001', nextAction: 'hacked', title: 'Chemist' } });
    expect(byName(a, 'Chen Li')).toMatchObject({ 'Contact ID': 'C-0003', 'Next action': '', Title: 'Chemist' });
  });

  it('fails with a clear message and writes nothing while another save holds the lock', () => {
    const a = seeded();
    const other = a.h.beginExecution();
    (a.h.globals.LockService as { getDocumentLock(): { waitLock(ms: number): void } }).getDocumentLock().waitLock(1000);
    const before = readTab(a.h, 'Contacts');
    expect(() => a.api.saveContact({ contactId: 'C-0001', fields: { title: 'Busy' } })).toThrow(/Another change to this spreadsheet is still being saved/);
    expect(readTab(a.h, 'Contacts')).toEqual(before);
    a.h.endExecution(other);
    expect(a.api.saveContact({ contactId: 'C-0001', fields: { title: 'Busy' } })).toMatchObject({ ok: true });
  });
});

describe('saveContact: text stays text', () => {
  const formulaLike = fc
    .tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 25 }))
    .map(([p, rest]) => p + rest)
    .filter((s) => s === s.trim());

  it('stores any entry beginning with =, +, - or @ as that literal text, never a formula', () => {
    const a = seeded();
    fc.assert(
      fc.property(formulaLike, formulaLike, formulaLike, (name, company, notes) => {
        const r = a.api.saveContact({ contactId: '', fields: { name, company, notes } });
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const sheet = a.h.sheet('Contacts');
        const rowNo = sheet.getLastRow();
        const row = sheet.getRange(rowNo, 1, 1, CONTACT_HEADERS.length);
        const values = row.getValues()[0];
        expect([values[col('Name') - 1], values[col('Company') - 1], values[col('Notes') - 1]]).toEqual([name, company, notes]);
        expect(row.getFormulas()[0].every((f) => f === '')).toBe(true);
        const edited = a.api.saveContact({ contactId: r.contactId, fields: { title: notes } });
        expect(edited.ok).toBe(true);
        expect(sheet.getRange(rowNo, col('Title')).getValue()).toBe(notes);
        expect(sheet.getRange(rowNo, col('Title')).getFormula()).toBe('');
      }),
      { numRuns: 60 },
    );
  });
});
