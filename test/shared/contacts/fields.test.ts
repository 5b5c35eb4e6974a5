// The single-field checks behind Check outreach fields and the sidebar forms.
import fc from 'fast-check';
import {
  emailKey,
  isValidEmail,
  isValidPhone,
  matchListValue,
  normalizeCell,
  normalizeEmail,
  normalizeLinkedIn,
  phoneDigits,
  phoneFault,
  readDate,
  readLinkedIn,
} from '../../../src/shared/contacts/fields';
import { STATUS } from '../../../src/shared/schema';

describe('isValidEmail', () => {
  it.each([
    'bob@example.com',
    'Bob.Smith@Example.COM',
    'jane+networking@gmail.com',
    'first.last@cs.school.ac.uk',
    "o'brien@law.ie",
    'a_b-c@sub-domain.example.org',
    '  padded@example.com  ',
    'josé@example.com',
    'bücher@bücher.de',
    '用户@例子.广告',
    'ivan@пример.рф',
    'bob@xn--bcher-kva.de',
    'bob@example.xn--p1ai',
  ])('accepts %s', (s) => expect(isValidEmail(s)).toBe(true));

  it.each([
    ['empty', ''],
    ['two @', 'bob@@x.com'],
    ['two @ apart', 'bob@x@example.com'],
    ['no @', 'bob.example.com'],
    ['nothing before @', '@example.com'],
    ['missing TLD', 'bob@localhost'],
    ['one-letter TLD', 'bob@example.c'],
    ['numeric TLD', 'bob@10.0.0.1'],
    ['space inside', 'bob smith@example.com'],
    ['space in domain', 'bob@exam ple.com'],
    ['leading dot', '.bob@example.com'],
    ['double dot', 'bob..smith@example.com'],
    ['trailing dot in local part', 'bob.@example.com'],
    ['empty domain label', 'bob@example..com'],
    ['hyphen at label start', 'bob@-example.com'],
    ['display-name form', 'Bob <bob@example.com>'],
    ['comma', 'bob@example,com'],
    ['trailing dot on domain', 'bob@example.com.'],
    ['local part over 64', 'a'.repeat(65) + '@example.com'],
  ])('rejects %s', (_why, s) => expect(isValidEmail(s)).toBe(false));

  it('accepts any generated address of letters, digits, dots and plus tags', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    const local = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.option(word, { nil: undefined }))
      .map(([parts, tag]) => parts.join('.') + (tag ? '+' + tag : ''));
    const domain = fc
      .tuple(fc.array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
      .map(([labels, tld]) => [...labels, tld].join('.'));
    fc.assert(fc.property(local, domain, (l, d) => isValidEmail(`${l}@${d}`) && isValidEmail(`${l}@${d.toUpperCase()}`)));
  });

  it('rejects any address with a second @', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/), (a, b) => !isValidEmail(`${a}@${b}@example.com`)),
    );
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases the domain, keeping the local part as typed', () => {
    expect(normalizeEmail('  Bob.Smith@Example.COM ')).toBe('Bob.Smith@example.com');
    expect(normalizeEmail('Ivan@ПРИМЕР.РФ')).toBe('Ivan@пример.рф');
  });
  it('leaves text without an @ trimmed and otherwise alone', () => {
    expect(normalizeEmail(' Not An Address ')).toBe('Not An Address');
  });
  it('gives one key for addresses differing only in case', () => {
    expect(emailKey('Bob@Example.com')).toBe(emailKey(' bob@example.COM'));
  });
});

describe('normalizeLinkedIn', () => {
  const canonical = 'https://www.linkedin.com/in/jane-doe';
  it.each([
    'https://www.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/in/jane-doe/',
    'http://www.linkedin.com/in/jane-doe',
    'www.linkedin.com/in/jane-doe',
    'linkedin.com/in/jane-doe',
    'LinkedIn.com/in/Jane-Doe',
    'HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE/',
    'https://uk.linkedin.com/in/jane-doe',
    'https://ca.linkedin.com/in/jane-doe/',
    'https://m.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/mwlite/in/jane-doe',
    'https://www.linkedin.com/in/jane-doe?trk=public_profile_browsemap',
    'https://www.linkedin.com/in/jane-doe/?utm_source=share&utm_campaign=share_via&utm_medium=ios_app',
    'https://www.linkedin.com/in/jane-doe#experience',
    'https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk#about',
    'https://www.linkedin.com/in/jane-doe/en',
    'https://www.linkedin.com/in/jane-doe/details/experience/',
    '  linkedin.com/in/jane-doe  ',
  ])('reads %s as the canonical profile', (s) => expect(normalizeLinkedIn(s)).toBe(canonical));

  it('keeps the numbers LinkedIn adds to a profile address', () => {
    expect(normalizeLinkedIn('linkedin.com/in/jane-doe-4a1b2c3d/')).toBe('https://www.linkedin.com/in/jane-doe-4a1b2c3d');
  });

  it('decodes a percent-encoded non-ASCII slug, so pasted and typed forms match', () => {
    const pasted = normalizeLinkedIn('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-1a2b/?trk=x');
    expect(pasted).toBe('https://www.linkedin.com/in/josé-garcía-1a2b');
    expect(normalizeLinkedIn('linkedin.com/in/José-García-1a2b')).toBe(pasted);
    expect(normalizeLinkedIn('https://de.linkedin.com/in/m%C3%BCller-anna')).toBe('https://www.linkedin.com/in/müller-anna');
  });

  it.each([
    ['a company page', 'https://www.linkedin.com/company/acme-corp/', 'organisation'],
    ['a school page', 'linkedin.com/school/state-university', 'organisation'],
    ['a showcase page', 'linkedin.com/showcase/acme-labs', 'organisation'],
    ['a people directory', 'https://www.linkedin.com/pub/dir/jane/doe', 'notProfile'],
    ['an old /pub/ profile', 'https://www.linkedin.com/pub/jane-doe/12/345/678', 'notProfile'],
    ['the feed', 'https://www.linkedin.com/feed/', 'notProfile'],
    ['a post', 'https://www.linkedin.com/posts/jane-doe_activity-123', 'notProfile'],
    ['the home page', 'https://www.linkedin.com', 'notProfile'],
    ['/in/ without a name', 'https://www.linkedin.com/in/', 'notProfile'],
    ['a too-short slug', 'linkedin.com/in/jd', 'notProfile'],
    ['a slug with symbols', 'linkedin.com/in/jane!doe', 'notProfile'],
    ['broken percent-encoding', 'linkedin.com/in/jane%E0%A4', 'notProfile'],
    ['a lookalike suffix', 'https://linkedin.com.evil.io/in/jane-doe', 'notLinkedIn'],
    ['a lookalike prefix', 'https://evil-linkedin.com/in/jane-doe', 'notLinkedIn'],
    ['a misspelt domain', 'https://www.linkedln.com/in/jane-doe', 'notLinkedIn'],
    ['another domain', 'https://twitter.com/in/jane-doe', 'notLinkedIn'],
    ['credentials before the host', 'https://www.linkedin.com@evil.io/in/jane-doe', 'notLinkedIn'],
    ['linkedin in the query', 'https://evil.io/?u=linkedin.com/in/jane-doe', 'notLinkedIn'],
    ['a deep subdomain', 'https://www.uk.linkedin.com/in/jane-doe', 'notLinkedIn'],
    ['a short link', 'https://lnkd.in/abc123', 'notLinkedIn'],
    ['another scheme', 'ftp://www.linkedin.com/in/jane-doe', 'notLinkedIn'],
    ['a script URL', 'javascript:alert(1)//linkedin.com/in/jane-doe', 'notLinkedIn'],
    ['a port', 'linkedin.com:8080/in/jane-doe', 'notLinkedIn'],
    ['a bare name', 'jane-doe', 'notLinkedIn'],
    ['text around the link', 'see linkedin.com/in/jane-doe', 'notLinkedIn'],
  ])('rejects %s', (_why, s, reason) => {
    expect(normalizeLinkedIn(s)).toBeNull();
    expect(readLinkedIn(s)).toEqual({ ok: false, reason });
  });

  it('is idempotent and always gives the canonical shape', () => {
    const slug = fc.stringMatching(/^[A-Za-z0-9éüñ-]{3,30}$/);
    const host = fc.constantFrom('', 'www.', 'm.', 'uk.', 'fr.', 'WWW.');
    const scheme = fc.constantFrom('', 'http://', 'https://');
    const tail = fc.constantFrom('', '/', '/?trk=abc', '?utm_source=x&utm_medium=y', '#top', '/en');
    fc.assert(
      fc.property(scheme, host, slug, tail, (sc, h, s, t) => {
        const once = normalizeLinkedIn(`${sc}${h}linkedin.com/in/${s}${t}`);
        return once !== null && /^https:\/\/www\.linkedin\.com\/in\/[^/?#A-Z]+$/.test(once) && normalizeLinkedIn(once) === once;
      }),
    );
  });

  it('never accepts a host that merely contains linkedin.com', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    fc.assert(
      fc.property(word, (evil) =>
        [
          `https://linkedin.com.${evil}/in/jane-doe`,
          `https://www.linkedin.com.${evil}.io/in/jane-doe`,
          `https://${evil}-linkedin.com/in/jane-doe`,
          `https://${evil}.com/in/jane-doe?next=linkedin.com/in/jane-doe`,
        ].every((u) => normalizeLinkedIn(u) === null),
      ),
    );
  });
});

describe('phoneDigits and isValidPhone', () => {
  it.each([
    ['+1 (555) 010-0199', '15550100199'],
    ['555.010.0199', '5550100199'],
    ['+44 20 7946 0958', '442079460958'],
    ['(+44) 20 7946 0958', '442079460958'],
    ['+44 (0)20 7946 0958', '4402079460958'],
    ['030/1234567', '0301234567'],
    ['555\u2013010\u20130199', '5550100199'],
    ['555 0100', '5550100'],
    ['+1 555 010 0199 x123', '15550100199'],
    ['+1 555 010 0199 ext. 12', '15550100199'],
    ['555-010-0199 extension 4', '5550100199'],
    ['555-010-0199x9', '5550100199'],
    ['555-010-0199, ext 77', '5550100199'],
  ])('%s is valid with digits %s', (s, digits) => {
    expect(phoneDigits(s)).toBe(digits);
    expect(isValidPhone(s)).toBe(true);
  });

  it('counts 7 and 15 digits as valid and 6 and 16 as not', () => {
    expect(isValidPhone('55-0100')).toBe(false);
    expect(isValidPhone('555-0100')).toBe(true);
    expect(isValidPhone('+' + '1'.repeat(15))).toBe(true);
    expect(isValidPhone('+' + '1'.repeat(16))).toBe(false);
    expect(isValidPhone('123456')).toBe(false);
    expect(isValidPhone('1234567')).toBe(true);
  });

  it('does not count an extension towards the length', () => {
    expect(isValidPhone('12345 x67')).toBe(false);
    expect(isValidPhone('1'.repeat(15) + ' ext. 123456')).toBe(true);
  });

  it.each([
    ['letters', '555-CALL-NOW', 'characters'],
    ['a word', 'call me', 'characters'],
    ['a + in the middle', '555+0100199', 'characters'],
    ['two plus signs', '++1 555 010 0199', 'characters'],
    ['an email', 'bob@example.com', 'characters'],
    ['too short', '555-01', 'tooShort'],
    ['only separators', '() - .', 'tooShort'],
    ['too long', '+1 555 010 0199 0199 0199', 'tooLong'],
  ])('rejects %s', (_why, s, fault) => {
    expect(isValidPhone(s)).toBe(false);
    expect(phoneFault(s)).toBe(fault);
  });

  it('accepts any 7 to 15 digits however they are separated', () => {
    const sep = fc.constantFrom(' ', '-', '.', '', ') ', ' (');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^\d{1,3}$/), { minLength: 1, maxLength: 8 }), fc.array(sep, { minLength: 8, maxLength: 8 }), (groups, seps) => {
        const text = '+' + groups.map((g, i) => g + seps[i]).join('');
        const n = groups.join('').length;
        return isValidPhone(text) === (n >= 7 && n <= 15) && phoneDigits(text) === groups.join('');
      }),
    );
  });
});

describe('readDate', () => {
  it.each([
    ['2026-03-04', '2026-03-04'],
    [' 2026-03-04 ', '2026-03-04'],
    ['3/4/2026', '2026-03-04'],
    ['03/04/2026', '2026-03-04'],
    ['2026/3/4', '2026-03-04'],
    ['4 Mar 2026', '2026-03-04'],
    ['March 4, 2026', '2026-03-04'],
    ['2/29/2028', '2028-02-29'],
  ])('reads %s as %s', (s, iso) => expect(readDate(s)).toBe(iso));

  it.each(['', '   ', '31/02/2026', '2/30/2026', '2026-02-29', '2026-13-01', '13/05/2026', 'next Tuesday', '2026', 'TBD'])(
    'has no date for %p',
    (s) => expect(readDate(s)).toBeNull(),
  );
});

describe('matchListValue', () => {
  it('finds the entry whatever the case and spacing', () => {
    expect(matchListValue(STATUS, 'met')).toBe('Met');
    expect(matchListValue(STATUS, '  to   CONTACT ')).toBe('To contact');
  });
  it('finds nothing for a value not in the list or an empty one', () => {
    expect(matchListValue(STATUS, 'Emailed')).toBeNull();
    expect(matchListValue(STATUS, '')).toBeNull();
  });
});

describe('normalizeCell', () => {
  it('writes each kind of field in its one spelling', () => {
    expect(normalizeCell('email', ' Ana@Example.COM ')).toBe('Ana@example.com');
    expect(normalizeCell('linkedin', 'm.linkedin.com/in/Ana-Ruiz?trk=x')).toBe('https://www.linkedin.com/in/ana-ruiz');
    expect(normalizeCell('meetingDate', 'Mar 4, 2026')).toBe('2026-03-04');
    expect(normalizeCell('preferredMode', 'in person')).toBe('In person');
    expect(normalizeCell('phone', ' +1 (555) 010-0199 ')).toBe('+1 (555) 010-0199');
    expect(normalizeCell('notes', '  Likes hiking ')).toBe('Likes hiking');
  });
  it('only trims a value it cannot read, so the user sees what they typed', () => {
    expect(normalizeCell('email', ' Bob@@X.COM ')).toBe('Bob@@X.COM');
    expect(normalizeCell('linkedin', ' linkedin.com/company/Acme ')).toBe('linkedin.com/company/Acme');
    expect(normalizeCell('meetingDate', ' 31/02/2026 ')).toBe('31/02/2026');
    expect(normalizeCell('status', ' Emailed ')).toBe('Emailed');
  });
});
