// Who a row is: the keys the import matches on and Check outreach fields calls a likely duplicate by.
import { CONTACT_COLUMNS, emptyRecord, type Contact } from '../../../src/shared/schema';
import { checkContacts, identityOf, linkedinKey } from '../../../src/shared/contacts';
import { planImport, type ImportRow } from '../../../src/shared/import';

function contact(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), howFound: 'LinkedIn', ...fields };
}

function row(fields: Partial<ImportRow>): ImportRow {
  return { line: 2, name: '', title: '', company: '', email: '', linkedin: '', phone: '', notes: '', connectedOn: '', ...fields };
}

describe('identityOf', () => {
  it('reads email without case, a profile in any form, and a person as name and company together', () => {
    expect(identityOf({ name: ' Ana  Ruiz ', company: 'ACME', email: ' Ana@Acme.com ', linkedin: 'uk.linkedin.com/in/Ana-Ruiz/en?trk=x' })).toEqual({
      email: 'ana@acme.com',
      linkedin: 'https://www.linkedin.com/in/ana-ruiz',
      person: 'ana ruiz\u0000acme',
    });
    expect(identityOf({ name: 'Ana Ruiz' })).toEqual({ email: '', linkedin: '', person: '' });
  });

  it('never takes a company or school page for a person', () => {
    expect(linkedinKey('https://www.linkedin.com/company/acme')).toBe('');
    expect(linkedinKey('linkedin.com/school/state-university/')).toBe('');
  });
});

describe('one identity for duplicates and import matches', () => {
  const rows = [
    contact({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'Ana@Acme.com', linkedin: 'https://www.linkedin.com/in/ana-ruiz' }),
    contact({ contactId: 'C-0002', name: 'A. Ruiz', email: 'ana@acme.com' }),
    contact({ contactId: 'C-0003', name: 'Ana R', linkedin: 'm.linkedin.com/in/ANA-RUIZ#about' }),
  ];

  it('calls the same email or profile, in another spelling, a likely duplicate', () => {
    const warnings = checkContacts(rows).filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [p.contactId, p.field])).toEqual([
      ['C-0002', 'email'],
      ['C-0003', 'linkedin'],
    ]);
  });

  it('matches an imported row to the contact with that same email or profile', () => {
    const plan = planImport(
      [row({ line: 2, name: 'Someone', email: 'ANA@acme.com' }), row({ line: 3, name: 'Other', linkedin: 'linkedin.com/in/ana-ruiz' })],
      'linkedin',
      [rows[0]],
    );
    expect(plan.items.map((i) => [i.action, i.matchedBy ?? i.duplicateOfLine])).toEqual([
      ['match', 'email'],
      ['duplicate', 2],
    ]);
  });

  it('does not call two people at one company the same for sharing its page', () => {
    const page = 'https://www.linkedin.com/company/acme';
    const problems = checkContacts([contact({ contactId: 'C-1', name: 'Ana', linkedin: page }), contact({ contactId: 'C-2', name: 'Ben', linkedin: page })]);
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
    const plan = planImport([row({ name: 'Ben', linkedin: page })], 'google', [contact({ name: 'Ana', linkedin: page })]);
    expect(plan.items[0].action).toBe('new');
  });
});
