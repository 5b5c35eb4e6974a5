import { parseReferrals, planReferrals } from '../../../src/shared/meetings/referrals';
import { CONTACT_COLUMNS, emptyRecord, type Contact } from '../../../src/shared/schema';

const contact = (fields: Partial<Contact>): Contact => ({ ...emptyRecord(CONTACT_COLUMNS), ...fields });

describe('parseReferrals', () => {
  it('reads "Name, Company" one per line or separated by semicolons', () => {
    expect(parseReferrals('Ana Ruiz, Acme\nBen Okafor, Initech; Chen Li,Globex').referrals).toEqual([
      { name: 'Ana Ruiz', company: 'Acme' },
      { name: 'Ben Okafor', company: 'Initech' },
      { name: 'Chen Li', company: 'Globex' },
    ]);
  });

  it('keeps a company that itself has a comma, and understands (Company), "at Company" and a bare name', () => {
    expect(parseReferrals('Dana Kim, Hooli, Inc.\nEli Stone (Umbrella Corp)\nFay Wong at Stark Industries\nGus').referrals).toEqual([
      { name: 'Dana Kim', company: 'Hooli, Inc.' },
      { name: 'Eli Stone', company: 'Umbrella Corp' },
      { name: 'Fay Wong', company: 'Stark Industries' },
      { name: 'Gus', company: '' },
    ]);
  });

  it('skips blank lines and list bullets, tidies spacing, and counts a person once', () => {
    const r = parseReferrals('\n- Ana   Ruiz ,  Acme \n\n• ana ruiz, Acme;;\r\n');
    expect(r).toEqual({ referrals: [{ name: 'Ana Ruiz', company: 'Acme' }], errors: [] });
  });

  it('reports an entry with no name', () => {
    expect(parseReferrals(', Acme\nBen, Initech').errors).toEqual(['", Acme" has no name: write the person\'s name first, like "Ana Ruiz, Acme".']);
  });

  it('reads nothing from an empty field', () => {
    expect(parseReferrals('  ')).toEqual({ referrals: [], errors: [] });
  });
});

describe('planReferrals', () => {
  const ana = contact({ contactId: 'C-0001', name: 'Ana Ruiz' });
  const contacts = [
    ana,
    contact({ contactId: 'C-0002', name: 'Ben Okafor' }),
    contact({ contactId: 'C-0003', name: 'Chen Li', referredBy: 'C-0002' }),
    contact({ contactId: 'C-0004', name: 'Sam Lee' }),
    contact({ contactId: 'C-0005', name: 'sam lee' }),
  ];

  it('creates a new person as a Referral referred by the referrer’s name', () => {
    const plan = planReferrals([{ name: 'Dana Kim', company: 'Hooli' }], contacts, ana, '2026-03-04');
    expect(plan.create).toEqual([
      { name: 'Dana Kim', company: 'Hooli', howFound: 'Referral', referredBy: 'Ana Ruiz', status: 'To contact', notes: 'Referred by Ana Ruiz on 2026-03-04.' },
    ]);
  });

  it('links a name already in Contacts when its Referred by is empty, never duplicating it', () => {
    const plan = planReferrals([{ name: 'ben  OKAFOR', company: '' }], contacts, ana, '2026-03-04');
    expect(plan).toEqual({ create: [], link: [{ contactId: 'C-0002', name: 'Ben Okafor' }], known: [] });
  });

  it('leaves alone someone already referred by another contact, the referrer, and an ambiguous name', () => {
    const plan = planReferrals(
      [{ name: 'Chen Li', company: '' }, { name: 'Ana Ruiz', company: '' }, { name: 'Sam Lee', company: '' }],
      contacts,
      ana,
      '2026-03-04',
    );
    expect(plan).toEqual({ create: [], link: [], known: ['Chen Li', 'Ana Ruiz', 'Sam Lee'] });
  });
});
