// The import preview: which rows are new, which are already in Contacts, which repeat.
import { emptyRecord, CONTACT_COLUMNS, type Contact } from '../../../src/shared/schema';
import { parseContactsCsv } from '../../../src/shared/csv';
import { linkedinKey } from '../../../src/shared/contacts';
import { planImport, type ImportRow } from '../../../src/shared/import';

function contact(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), ...fields };
}

let nextLine = 2;
function row(fields: Partial<ImportRow>): ImportRow {
  return { line: nextLine++, name: '', title: '', company: '', email: '', linkedin: '', phone: '', notes: '', connectedOn: '', ...fields };
}

describe('linkedinKey', () => {
  it('treats the forms of one profile address as the same profile', () => {
    const forms = [
      'https://www.linkedin.com/in/Priya-Raman/',
      'http://linkedin.com/in/priya-raman',
      'linkedin.com/in/priya-raman?utm_source=share&utm_medium=member_ios',
      'https://m.linkedin.com/in/priya-raman#experience',
      'https://mobile.linkedin.com/in/priya-raman//',
      'https://uk.linkedin.com/in/priya-raman/en',
      '  www.linkedin.com/in/priya-raman  ',
    ];
    expect(new Set(forms.map(linkedinKey))).toEqual(new Set(['https://www.linkedin.com/in/priya-raman']));
  });

  it('reads a percent-encoded profile name the same as the typed one', () => {
    expect(linkedinKey('https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez')).toBe(linkedinKey('linkedin.com/in/josé-núñez'));
  });

  it('keeps different profiles apart and blank as no key', () => {
    expect(linkedinKey('linkedin.com/in/priya-raman')).not.toBe(linkedinKey('linkedin.com/in/priya-raman-2'));
    expect(linkedinKey('   ')).toBe('');
  });
});

describe('planImport', () => {
  const existing = [
    contact({ contactId: 'C-001', name: 'Priya Raman', linkedin: 'https://www.linkedin.com/in/priya-raman', company: '', status: 'Met', howFound: 'Referral' }),
    contact({ contactId: 'C-002', name: 'Marcus ONeill', email: 'Marcus.ONeill@Example.com', title: 'Partner', notes: 'Prefers mornings' }),
    contact({ contactId: 'C-003', name: 'dana  whitfield', company: 'Tailspin Toys', phone: '555 0100' }),
    contact({ contactId: 'C-004', name: 'Sam Okafor', company: 'Litware', linkedin: 'linkedin.com/in/sam-okafor-1' }),
  ];

  it('matches by LinkedIn profile and fills only the fields that are empty', () => {
    const r = row({ name: 'Priya Raman', company: 'Northwind', title: 'Analyst', linkedin: 'http://linkedin.com/in/Priya-Raman/?trk=x', connectedOn: '2024-01-05' });
    const [item] = planImport([r], 'linkedin', existing).items;
    expect(item).toMatchObject({ action: 'match', contactId: 'C-001', contactIndex: 0, matchedBy: 'linkedin' });
    expect(item.fill).toEqual({ company: 'Northwind', title: 'Analyst', notes: 'Connected on LinkedIn 2024-01-05' });
    expect(item.reason).toBe('Already in Contacts as Priya Raman (same LinkedIn profile); would fill Title, Company, Notes.');
  });

  it('never overwrites a field, nor the status or how-found of a contact already there', () => {
    const r = row({ name: 'Marcus O Neill', email: 'marcus.oneill@example.com', title: 'Associate', phone: '555 0199', connectedOn: '2023-03-17' });
    const [item] = planImport([r], 'linkedin', existing).items;
    expect(item).toMatchObject({ action: 'match', contactId: 'C-002', matchedBy: 'email' });
    expect(item.fill).toEqual({ phone: '555 0199' });
  });

  it('matches by name and company, ignoring case and spacing, when there is no profile or email', () => {
    const r = row({ name: 'Dana Whitfield', company: 'TAILSPIN TOYS', email: 'dana@example.org' });
    const [item] = planImport([r], 'linkedin', existing).items;
    expect(item).toMatchObject({ action: 'match', contactId: 'C-003', matchedBy: 'name and company', fill: { email: 'dana@example.org' } });
  });

  it('does not match on a name alone, nor on name and company when the LinkedIn profiles differ', () => {
    const plan = planImport(
      [
        row({ name: 'Dana Whitfield', company: 'Contoso' }),
        row({ name: 'Sam Okafor', company: 'Litware', linkedin: 'linkedin.com/in/sam-okafor-2' }),
        row({ name: 'Sam Okafor', company: '' }),
      ],
      'linkedin',
      existing,
    );
    expect(plan.items.map((i) => i.action)).toEqual(['new', 'new', 'new']);
  });

  it('reports a match with nothing to add as such', () => {
    const [item] = planImport([row({ name: 'Sam Okafor', company: 'Litware' })], 'google', existing).items;
    expect(item).toMatchObject({ action: 'match', contactId: 'C-004', fill: {} });
    expect(item.reason).toContain('nothing to add');
  });

  it('marks a later row of the file that is the same person as a duplicate of the earlier line', () => {
    const first = row({ name: 'Lin Zhao', email: 'lin@example.net' });
    const again = row({ name: 'Lin Z.', email: 'LIN@example.net' });
    const sameProfile = row({ name: 'Ada King', linkedin: 'linkedin.com/in/adaking' });
    const sameProfileAgain = row({ name: 'Ada Lovelace King', linkedin: 'https://www.linkedin.com/in/adaking/' });
    const plan = planImport([first, again, sameProfile, sameProfileAgain], 'google', existing);
    expect(plan.items.map((i) => [i.action, i.duplicateOfLine])).toEqual([
      ['new', undefined],
      ['duplicate', first.line],
      ['new', undefined],
      ['duplicate', sameProfile.line],
    ]);
    expect(plan.items[1].reason).toBe(`Same person as line ${first.line}.`);
  });

  it('fills a contact from one row only, when two rows of the file reach it by different keys', () => {
    const byProfile = row({ name: 'Priya Raman', linkedin: 'linkedin.com/in/priya-raman', company: 'Northwind' });
    const byName = row({ name: 'Priya Raman', email: 'priya@example.com', company: 'Northwind Traders' });
    const plan = planImport([byProfile, byName], 'linkedin', [contact({ contactId: 'C-009', name: 'Priya Raman', company: 'Northwind Traders', linkedin: 'linkedin.com/in/priya-raman' })]);
    expect(plan.items.map((i) => i.action)).toEqual(['match', 'duplicate']);
    expect(plan.items[1].duplicateOfLine).toBe(byProfile.line);
  });

  it('skips a row with no name and counts every action', () => {
    const plan = planImport(
      [row({ name: '  ', email: 'x@example.com' }), row({ name: 'New Person' }), row({ name: 'Priya Raman', linkedin: 'linkedin.com/in/priya-raman' })],
      'linkedin',
      existing,
    );
    expect(plan.items[0]).toMatchObject({ action: 'skip', reason: 'No name.' });
    expect(plan.counts).toEqual({ new: 1, match: 1, duplicate: 0, skip: 1 });
  });

  it('plans a 5,000-connection file against 5,000 contacts', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const lines = ['Notes:', '"Some email addresses may be missing."', '', header];
    for (let i = 0; i < 5000; i++) {
      // 0-999 already in Contacts by profile, 1000-1999 by email, 2000-2499 by name and company,
      // 2500-2599 repeat an earlier row of the file, the rest are new.
      const n = i >= 2500 && i < 2600 ? i - 2500 : i;
      const email = n >= 1000 && n < 2000 ? `person${n}@example.com` : '';
      lines.push(`Person,No${n},https://www.linkedin.com/in/person-${n},${email},"Company ${n}, Inc",Analyst,05 Jan 2024`);
    }
    const existingMany: Contact[] = [];
    for (let i = 0; i < 5000; i++) {
      if (i < 1000) existingMany.push(contact({ contactId: `C-${i}`, name: `Someone ${i}`, linkedin: `linkedin.com/in/person-${i}/` }));
      else if (i < 2000) existingMany.push(contact({ contactId: `C-${i}`, name: `Someone ${i}`, email: `PERSON${i}@example.com` }));
      else if (i < 2500) existingMany.push(contact({ contactId: `C-${i}`, name: `person no${i}`, company: `company ${i}, inc` }));
      else existingMany.push(contact({ contactId: `C-${i}`, name: `Unrelated ${i}`, company: 'Elsewhere' }));
    }
    const parsed = parseContactsCsv('\uFEFF' + lines.join('\r\n'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows).toHaveLength(5000);

    const plan = planImport(parsed.rows, parsed.format, existingMany);
    expect(plan.counts).toEqual({ new: 2400, match: 2500, duplicate: 100, skip: 0 });
    const item = plan.items[1500];
    expect(item).toMatchObject({ action: 'match', contactId: 'C-1500', matchedBy: 'email' });
    expect(item.fill).toMatchObject({ company: 'Company 1500, Inc', linkedin: 'https://www.linkedin.com/in/person-1500' });
    expect(plan.items[2550]).toMatchObject({ action: 'duplicate', duplicateOfLine: 5 + 50 });
  });
});
