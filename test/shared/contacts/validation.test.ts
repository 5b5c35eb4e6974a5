// The outreach-field rules of PRODUCT.md, as Check outreach fields and the sidebar forms apply them.
import { CONTACT_COLUMNS, emptyRecord } from '../../../src/shared/schema';
import type { Contact, ContactKey } from '../../../src/shared/schema';
import { indexContacts } from '../../../src/shared/contacts/lookup';
import { checkContacts, validateContact, validateContactInput } from '../../../src/shared/contacts/validation';
import { isBlankContact } from '../../../src/shared/contacts';
import type { Problem } from '../../../src/shared/contacts/validation';

function contact(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), ...fields };
}

/** A contact that breaks no rule, already reached out to. */
function okContact(fields: Partial<Contact> = {}): Contact {
  return contact({
    contactId: 'C1',
    name: 'Ana Ruiz',
    email: 'ana@example.com',
    howFound: 'Alumni network',
    status: 'Contacted',
    firstContacted: '2026-03-01',
    lastContact: '2026-03-01',
    ...fields,
  });
}

function problemsOf(c: Contact, others: Contact[] = []): Problem[] {
  return validateContact(c, indexContacts([c, ...others]));
}

function fieldsOf(c: Contact, others: Contact[] = []): ContactKey[] {
  return problemsOf(c, others).map((p) => p.field);
}

function only(c: Contact, others: Contact[] = []): Problem {
  const ps = problemsOf(c, others);
  expect(ps).toHaveLength(1);
  return ps[0];
}

describe('validateContact', () => {
  it('finds nothing wrong with a complete contact', () => {
    expect(problemsOf(okContact())).toEqual([]);
  });

  it('reports a problem with the row, the field, the value quoted and a fix', () => {
    expect(only(okContact({ email: 'bob@@x' }))).toEqual({
      index: -1,
      contactId: 'C1',
      contactName: 'Ana Ruiz',
      field: 'email',
      severity: 'error',
      message: 'Email "bob@@x" is not a valid address',
      fix: 'Correct the address (like name@example.com) or leave Email empty.',
    });
  });

  describe('Name', () => {
    it('is required', () => {
      const p = only(okContact({ name: '  ' }));
      expect([p.field, p.message]).toEqual(['name', 'Name is empty']);
    });
  });

  describe('a way to reach them', () => {
    it('is not needed while Status is empty or To contact', () => {
      expect(problemsOf(contact({ name: 'Ana' }))).toEqual([]);
      expect(problemsOf(contact({ name: 'Ana', status: 'To contact' }))).toEqual([]);
    });

    it.each(['Contacted', 'Met', 'Declined', 'Emailed'])('is needed once Status is %s', (status) => {
      const ps = problemsOf(okContact({ email: '', status, meetingDate: '2026-03-02' }));
      expect(ps.find((p) => p.field === 'email')?.message).toBe(`Status is "${status}" but Email, LinkedIn and Phone are all empty`);
    });

    it.each([
      ['LinkedIn', { linkedin: 'linkedin.com/in/ana-ruiz' }],
      ['Phone', { phone: '+1 555 010 0199' }],
    ])('is satisfied by %s alone', (_what, fields) => {
      expect(problemsOf(okContact({ email: '', ...fields }))).toEqual([]);
    });
  });

  describe('Email, LinkedIn and Phone', () => {
    it('accepts a valid email that is not yet normalised', () => {
      expect(problemsOf(okContact({ email: ' Ana.Ruiz+jobs@Example.COM ' }))).toEqual([]);
    });

    it('accepts any form of a profile link: the form normalises it, so it is no problem', () => {
      expect(problemsOf(okContact({ linkedin: 'uk.linkedin.com/in/Ana-Ruiz/?trk=abc' }))).toEqual([]);
    });

    it('says a company page is not a profile', () => {
      expect(only(okContact({ linkedin: 'https://www.linkedin.com/company/acme' })).message).toBe(
        'LinkedIn "https://www.linkedin.com/company/acme" is a company or school page, not a person\'s profile',
      );
    });

    it('says another site is not linkedin.com', () => {
      expect(only(okContact({ linkedin: 'https://linkedin.com.evil.io/in/ana' })).message).toBe(
        'LinkedIn "https://linkedin.com.evil.io/in/ana" is not a linkedin.com address',
      );
    });

    it('says a linkedin.com page other than a profile is not a profile', () => {
      expect(only(okContact({ linkedin: 'linkedin.com/pub/dir/ana/ruiz' })).message).toBe(
        'LinkedIn "linkedin.com/pub/dir/ana/ruiz" is not a LinkedIn profile address',
      );
    });

    it('counts a phone number’s digits: 7 is fine, 6 is not', () => {
      expect(problemsOf(okContact({ phone: '555-0100' }))).toEqual([]);
      const p = only(okContact({ phone: '55-0100' }));
      expect([p.field, p.message]).toEqual(['phone', 'Phone "55-0100" has 6 digits; a phone number has 7 to 15']);
    });

    it('rejects letters in a phone number', () => {
      expect(only(okContact({ phone: '555-CALL-NOW' })).message).toBe('Phone "555-CALL-NOW" has characters a phone number cannot have');
    });

    it('quotes a long pasted value shortened', () => {
      const long = 'x'.repeat(200);
      expect(only(okContact({ linkedin: long })).message).toBe(`LinkedIn "${'x'.repeat(57)}…" is not a linkedin.com address`);
    });
  });

  describe('How found', () => {
    it('may be empty before outreach', () => {
      expect(problemsOf(contact({ name: 'Ana', status: 'To contact' }))).toEqual([]);
    });

    it('is required once Status is past To contact', () => {
      const p = only(okContact({ howFound: '' }));
      expect([p.field, p.message]).toEqual(['howFound', 'How found is empty but Status is "Contacted"']);
      expect(p.fix).toMatch(/how you found them/);
    });

    it('must be one of the list when set, even before outreach', () => {
      const p = only(contact({ name: 'Ana', howFound: 'Google' }));
      expect(p.message).toBe('How found "Google" is not one of the choices');
      expect(p.fix).toBe(
        'Choose one of: Alumni network, Referral, Professor, Former employer, Friends & family, LinkedIn, Online research, Event or career fair, Other.',
      );
    });

    it('forgives case and spacing, as the follow-up check does', () => {
      expect(problemsOf(okContact({ howFound: ' alumni  network ' }))).toEqual([]);
    });
  });

  describe('Referred by', () => {
    const referrer = contact({ contactId: 'C7', name: 'Sam Lee' });

    it('is required when How found is Referral', () => {
      const p = only(okContact({ howFound: 'Referral' }), [referrer]);
      expect([p.field, p.message]).toEqual(['referredBy', 'Referred by is empty but How found is Referral']);
    });

    it('resolves a name typed by the user or a Contact ID written by a form', () => {
      expect(problemsOf(okContact({ howFound: 'Referral', referredBy: ' sam  LEE ' }), [referrer])).toEqual([]);
      expect(problemsOf(okContact({ howFound: 'Referral', referredBy: 'C7' }), [referrer])).toEqual([]);
    });

    it('must name an existing contact', () => {
      expect(only(okContact({ howFound: 'Referral', referredBy: 'Pat Kim' }), [referrer]).message).toBe(
        'Referred by "Pat Kim" is not a contact in this sheet',
      );
    });

    it('asks for the Contact ID when two contacts share the name', () => {
      const twin = contact({ contactId: 'C8', name: 'Sam Lee' });
      const p = only(okContact({ howFound: 'Referral', referredBy: 'Sam Lee' }), [referrer, twin]);
      expect(p.message).toBe('Referred by "Sam Lee" matches 2 contacts');
      expect(p.fix).toMatch(/Contact ID/);
    });

    it('is not checked against Contacts when How found is something else', () => {
      expect(problemsOf(okContact({ referredBy: 'Pat Kim' }), [referrer])).toEqual([]);
    });

    it.each([
      ['their own name', 'Ana Ruiz'],
      ['their own id', 'C1'],
    ])('cannot be the contact themselves (%s)', (_how, ref) => {
      const p = only(okContact({ howFound: 'Referral', referredBy: ref }), [referrer]);
      expect(p.message).toBe(`Referred by "${ref}" is this contact`);
    });
  });

  describe('Status, Priority and Preferred mode', () => {
    it.each([
      ['status', 'Status', 'Emailed'],
      ['priority', 'Priority', 'High'],
      ['preferredMode', 'Preferred mode', 'Zoom'],
    ] as const)('%s must be from its list', (field, header, value) => {
      const ps = problemsOf(okContact({ [field]: value }));
      expect(ps.find((p) => p.field === field)?.message).toBe(`${header} "${value}" is not one of the choices`);
    });

    it('accepts every value of the lists', () => {
      for (const priority of ['A', 'B', 'C']) for (const preferredMode of ['In person', 'Phone', 'Video'])
        expect(problemsOf(okContact({ priority, preferredMode }))).toEqual([]);
    });
  });

  describe('dates', () => {
    const dateFields: [ContactKey, string][] = [
      ['firstContacted', 'First contacted'],
      ['lastContact', 'Last contact'],
      ['meetingDate', 'Meeting date'],
      ['thankYouSent', 'Thank-you sent'],
      ['nextFollowUp', 'Next follow-up'],
    ];

    it.each(dateFields)('%s must be a real date', (field, header) => {
      const p = problemsOf(okContact({ [field]: '31/02/2026' })).find((x) => x.field === field);
      expect(p?.message).toBe(`${header} "31/02/2026" is not a real date`);
      expect(p?.fix).toBe(`Enter a date like 2026-03-04, or leave ${header} empty.`);
    });

    it('accepts a date typed as text in a form Sheets did not convert', () => {
      expect(problemsOf(okContact({ nextFollowUp: 'March 20, 2026', lastContact: '3/2/2026' }))).toEqual([]);
    });

    it('rejects 29 February outside a leap year', () => {
      expect(fieldsOf(okContact({ nextFollowUp: '2026-02-29' }))).toEqual(['nextFollowUp']);
    });

    it('allows First contacted on the day of Last contact, not after it', () => {
      expect(problemsOf(okContact({ firstContacted: '2026-03-05', lastContact: '2026-03-05' }))).toEqual([]);
      const p = only(okContact({ firstContacted: '2026-03-06', lastContact: '3/5/2026' }));
      expect([p.field, p.message]).toEqual(['firstContacted', 'First contacted (2026-03-06) is after Last contact (2026-03-05)']);
    });

    it.each(['Scheduled', 'Met', 'met'])('requires Meeting date when Status is %s', (status) => {
      const p = only(okContact({ status }));
      expect([p.field, p.message]).toEqual(['meetingDate', `Meeting date is empty but Status is "${status === 'met' ? 'Met' : status}"`]);
    });

    it.each(['To contact', 'Contacted', 'Thanked', 'Declined'])('does not require Meeting date when Status is %s', (status) => {
      expect(fieldsOf(okContact({ status }))).not.toContain('meetingDate');
    });

    it('allows Thank-you sent on the meeting day, not before it', () => {
      const met = { status: 'Met', meetingDate: '2026-03-04' };
      expect(problemsOf(okContact({ ...met, thankYouSent: '2026-03-04' }))).toEqual([]);
      const p = only(okContact({ ...met, thankYouSent: '2026-03-03' }));
      expect([p.field, p.message]).toEqual(['thankYouSent', 'Thank-you sent (2026-03-03) is before the Meeting date (2026-03-04)']);
    });
  });

  it('lists several problems of one row in column order', () => {
    const c = okContact({ name: '', email: 'x', status: 'Met', howFound: '', phone: '12' });
    expect(fieldsOf(c)).toEqual(['name', 'email', 'phone', 'howFound', 'meetingDate']);
  });
});

describe('checkContacts', () => {
  it('reports each row’s problems with its position in the list', () => {
    const rows = [okContact(), okContact({ contactId: 'C2', name: 'Bo', email: 'bo@@x' }), okContact({ contactId: 'C3', name: 'Cy', email: 'cy@x.org', phone: 'abc' })];
    expect(checkContacts(rows).map((p) => [p.index, p.contactId, p.field])).toEqual([
      [1, 'C2', 'email'],
      [2, 'C3', 'phone'],
    ]);
  });

  it('skips rows that are entirely blank, even with an id or Next action the add-on wrote', () => {
    const rows = [contact({}), contact({ contactId: 'C9', nextAction: 'Send a polite follow-up' }), contact({ email: 'x' })];
    expect(isBlankContact(rows[1])).toBe(true);
    expect(checkContacts(rows).map((p) => [p.index, p.field])).toEqual([
      [2, 'name'],
      [2, 'email'],
    ]);
  });

  it('treats a row with only whitespace as blank', () => {
    expect(checkContacts([contact({ name: '  ', notes: ' ' })])).toEqual([]);
  });

  it('resolves Referred by against every row, including later ones', () => {
    const rows = [okContact({ howFound: 'Referral', referredBy: 'Sam Lee' }), okContact({ contactId: 'C2', name: 'Sam Lee', email: 'sam@example.com' })];
    expect(checkContacts(rows)).toEqual([]);
  });

  describe('duplicates', () => {
    it('warns on the later row when an email repeats, whatever its case, naming the earlier contact', () => {
      const rows = [okContact(), okContact({ contactId: 'C2', name: 'Ana R.', email: ' ANA@Example.com' })];
      expect(checkContacts(rows)).toEqual([
        {
          index: 1,
          contactId: 'C2',
          contactName: 'Ana R.',
          field: 'email',
          severity: 'warning',
          message: 'Email "ANA@Example.com" is also on Ana Ruiz (C1): likely the same person',
          fix: 'If it is the same person, keep one row and clear the other; if not, correct Email.',
        },
      ]);
    });

    it('warns when two LinkedIn links lead to the same profile', () => {
      const rows = [
        okContact({ linkedin: 'https://www.linkedin.com/in/ana-ruiz/' }),
        okContact({ contactId: 'C2', email: 'ana.r@example.org', linkedin: 'uk.linkedin.com/in/Ana-Ruiz?trk=x' }),
      ];
      const [p] = checkContacts(rows);
      expect([p.index, p.field, p.severity]).toEqual([1, 'linkedin', 'warning']);
      expect(p.message).toBe('LinkedIn "uk.linkedin.com/in/Ana-Ruiz?trk=x" is also on Ana Ruiz (C1): likely the same person');
    });

    it('names the first row on every later repeat', () => {
      const rows = [okContact(), okContact({ contactId: 'C2', name: 'B' }), okContact({ contactId: 'C3', name: 'C' })];
      const ps = checkContacts(rows);
      expect(ps.map((p) => [p.index, p.message])).toEqual([
        [1, 'Email "ana@example.com" is also on Ana Ruiz (C1): likely the same person'],
        [2, 'Email "ana@example.com" is also on Ana Ruiz (C1): likely the same person'],
      ]);
    });

    it('does not call different people duplicates', () => {
      const rows = [okContact(), okContact({ contactId: 'C2', email: 'ana@example.org', linkedin: 'linkedin.com/in/ana-ruiz-2' })];
      expect(checkContacts(rows)).toEqual([]);
    });

    it('names a nameless earlier row by its Contact ID', () => {
      const rows = [contact({ contactId: 'C1', email: 'z@example.com' }), okContact({ contactId: 'C2', email: 'z@example.com' })];
      expect(checkContacts(rows).find((p) => p.index === 1)?.message).toBe('Email "z@example.com" is also on C1: likely the same person');
    });
  });
});

describe('validateContactInput', () => {
  const sam = contact({ contactId: 'C7', name: 'Sam Lee', email: 'sam@example.com', linkedin: 'https://www.linkedin.com/in/sam-lee' });
  const ana = okContact();

  it('returns the contact normalised for writing', () => {
    const r = validateContactInput(
      {
        name: '  Pat Kim ',
        email: ' Pat.Kim@Example.COM',
        linkedin: 'http://uk.linkedin.com/in/Pat-Kim/?utm_source=share',
        phone: ' +1 (555) 010-0199 ',
        howFound: 'referral',
        referredBy: 'sam lee',
        status: 'contacted',
        priority: 'a',
        preferredMode: 'video',
        firstContacted: '3/2/2026',
        lastContact: 'March 4, 2026',
      },
      [sam, ana],
    );
    expect(r).toEqual({
      ok: true,
      contact: {
        ...emptyRecord(CONTACT_COLUMNS),
        name: 'Pat Kim',
        email: 'Pat.Kim@example.com',
        linkedin: 'https://www.linkedin.com/in/pat-kim',
        phone: '+1 (555) 010-0199',
        howFound: 'Referral',
        referredBy: 'Sam Lee',
        status: 'Contacted',
        priority: 'A',
        preferredMode: 'Video',
        firstContacted: '2026-03-02',
        lastContact: '2026-03-04',
      },
    });
  });

  it('gives one message per field, the first, with its fix', () => {
    const r = validateContactInput({ name: '', email: 'bob@@x', status: 'Met', thankYouSent: '31/02/2026' }, [sam]);
    expect(r).toEqual({
      ok: false,
      errors: {
        name: "Name is empty. Enter the person's name.",
        email: 'Email "bob@@x" is not a valid address. Correct the address (like name@example.com) or leave Email empty.',
        howFound: 'How found is empty but Status is "Met". Choose how you found them: a first message has to say so.',
        meetingDate: 'Meeting date is empty but Status is "Met". Enter the date of the meeting.',
        thankYouSent: 'Thank-you sent "31/02/2026" is not a real date. Enter a date like 2026-03-04, or leave Thank-you sent empty.',
      },
    });
  });

  it('refuses an email already on another contact', () => {
    const r = validateContactInput({ name: 'Samuel Lee', email: 'SAM@example.com' }, [sam, ana]);
    expect(r).toEqual({
      ok: false,
      errors: { email: 'Email "SAM@example.com" is already on Sam Lee (C7). Open Sam Lee (C7) instead of adding them again, or correct Email.' },
    });
  });

  it('refuses a LinkedIn profile already on another contact', () => {
    const r = validateContactInput({ name: 'Samuel Lee', linkedin: 'linkedin.com/in/Sam-Lee/' }, [sam, ana]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(['linkedin']);
  });

  it('lets a contact keep their own email when edited', () => {
    const r = validateContactInput({ email: 'sam@example.com', status: 'Contacted', howFound: 'Professor' }, [sam, ana], 'C7');
    expect(r).toEqual({ ok: true, contact: { ...sam, status: 'Contacted', howFound: 'Professor' } });
  });

  it('keeps the fields an edit does not send and the Contact ID it cannot change', () => {
    const r = validateContactInput({ contactId: 'C99', notes: 'Met at fair' }, [sam, ana], 'C7');
    expect(r).toEqual({ ok: true, contact: { ...sam, notes: 'Met at fair' } });
  });

  it('judges an edit by the merged contact, not the fields sent alone', () => {
    const r = validateContactInput({ status: 'Met', meetingDate: '2026-03-04' }, [ana], 'C1');
    expect(r).toEqual({ ok: true, contact: { ...ana, status: 'Met', meetingDate: '2026-03-04' } });
    const bad = validateContactInput({ thankYouSent: '2026-03-01' }, [{ ...ana, status: 'Met', meetingDate: '2026-03-04' }], 'C1');
    expect(bad.ok).toBe(false);
  });

  it('refuses to edit a contact that is no longer in the sheet', () => {
    const r = validateContactInput({ name: 'Sam Lee' }, [ana], 'C7');
    expect(r).toEqual({ ok: false, errors: { contactId: 'Contact "C7" is no longer in the sheet. Reopen the form from the contact\'s row.' } });
  });

  it('refuses a contact referring to themselves while being edited', () => {
    const r = validateContactInput({ howFound: 'Referral', referredBy: 'C7' }, [sam, ana], 'C7');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.referredBy).toMatch(/is this contact/);
  });

  it('asks for the Contact ID when a new contact shares a name with the referrer', () => {
    const r = validateContactInput({ name: 'Sam Lee', howFound: 'Referral', referredBy: 'Sam Lee' }, [sam]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.referredBy).toMatch(/^Referred by "Sam Lee" matches 2 contacts\. Enter the referrer's Contact ID/);
  });

  it('keeps a value the user typed as text, trimmed, when it is not a special field', () => {
    const r = validateContactInput({ name: '=HYPERLINK("x")', notes: '  +1 for coffee  ' }, []);
    expect(r).toEqual({ ok: true, contact: { ...emptyRecord(CONTACT_COLUMNS), name: '=HYPERLINK("x")', notes: '+1 for coffee' } });
  });
});
