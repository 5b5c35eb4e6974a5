// The outreach and thank-you drafts as the student sees them: every element there, nothing invented, no holes.
import fc from 'fast-check';
import { CONTACT_COLUMNS, HOW_FOUND, MEETING_COLUMNS, PREFERRED_MODE, emptyRecord, type Contact, type Meeting } from '../../../src/shared/schema';
import { GOALS, type Profile } from '../../../src/shared/settings/profile';
import { TONES, draftOutreach, type OutreachInput } from '../../../src/shared/drafts/outreach';
import { draftThankYou, firstLineOf, takeawaySentence } from '../../../src/shared/drafts/thanks';
import {
  ELEMENT_KEYS,
  WORD_LIMIT,
  checkOutreachElements,
  countWords,
  firstName,
  humanDate,
  joinNames,
  splitReferralNames,
  type ElementKey,
} from '../../../src/shared/drafts/elements';

const ana: Profile = {
  name: 'Ana Silva',
  school: 'Northfield University',
  areaOfStudy: 'Economics',
  graduationYear: '2027',
  currentStatus: 'Career exploration',
  introduction: 'Last summer I interned at a community bank and enjoyed working with customers.',
};

// About 300 characters, the most the profile form allows.
const LONG_INTRO =
  'Last summer I interned at a community bank, where I discovered how much I enjoy working with data and customers, and I would love to understand how product teams decide what to build next and how they measure whether it worked for customers and for the business.';

function contactWith(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), ...fields };
}

const maria = contactWith({
  contactId: 'C-0007',
  name: 'Maria Lopez',
  title: 'Senior Product Manager',
  company: 'Acme Payments',
  industry: 'fintech',
  howFound: 'LinkedIn',
  preferredMode: 'Video',
});

function meetingWith(fields: Partial<Meeting>): Meeting {
  return { ...emptyRecord(MEETING_COLUMNS), meetingId: 'M-0001', contactId: 'C-0007', ...fields };
}

function present(elements: { key: ElementKey; present: boolean }[]): ElementKey[] {
  return elements.filter((e) => e.present).map((e) => e.key);
}

const completeInputs = TONES.flatMap((tone) =>
  HOW_FOUND.flatMap((howFound) => GOALS.map((goal) => ({ tone, howFound, goal }))),
);

describe('draftOutreach with complete inputs', () => {
  it.each(completeInputs)('has all five elements and misses nothing: $tone, $howFound, $goal', ({ tone, howFound, goal }) => {
    const draft = draftOutreach({ profile: ana, contact: contactWith({ ...maria, howFound }), referrerName: 'Ben Wu', goal, tone });
    expect(present(draft.elements)).toEqual(ELEMENT_KEYS);
    expect(Object.keys(draft.parts).sort()).toEqual([...ELEMENT_KEYS].sort());
    expect(draft.missing).toEqual([]);
  });

  it.each([
    ['Alumni network', 'I found you through the Northfield University alumni network.'],
    ['Referral', 'Ben Wu suggested I reach out to you.'],
    ['Professor', 'One of my professors suggested I reach out to you.'],
    ['Former employer', 'I came across your name through a former employer of mine.'],
    ['Friends & family', 'I heard about you through friends and family.'],
    ['LinkedIn', 'I came across your profile on LinkedIn.'],
    ['Online research', 'I came across your name online while reading about Acme Payments.'],
    ['Event or career fair', 'I learned about you at a career event.'],
    ['Other', 'I came across your name while learning about Acme Payments.'],
  ])('says how the student found them for How found %p', (howFound, sentence) => {
    const draft = draftOutreach({ profile: ana, contact: contactWith({ ...maria, howFound }), referrerName: 'Ben Wu', tone: 'warm' });
    expect(draft.parts['how-found']).toBe(sentence);
    expect(draft.body).toContain(sentence);
  });

  it.each([
    ['Spring career fair', 'I learned about you at a career event.'],
    ['Networking event', 'I learned about you at a career event.'],
    ['linkedin', 'I came across your profile on LinkedIn.'],
    ['Hackathon', 'I came across your name while learning about Acme Payments.'],
  ])('reads a career-centre Source value %p by its telling word', (howFound, sentence) => {
    expect(draftOutreach({ profile: ana, contact: contactWith({ ...maria, howFound }), tone: 'warm' }).parts['how-found']).toBe(sentence);
  });

  it('gives school, area of study and graduation year, then the status and the ask', () => {
    const { body } = draftOutreach({ profile: ana, contact: maria, tone: 'warm' });
    expect(body).toContain("My name is Ana Silva, and I'm studying Economics at Northfield University, graduating in 2027.");
    expect(body).toContain("I'm currently exploring career paths, with a particular interest in fintech.");
    expect(body).toContain('Would you be open to a 20-minute conversation about your role as Senior Product Manager at Acme Payments and how you got there?');
  });

  it('greets by first name, and formally by title when the sheet gives one', () => {
    expect(draftOutreach({ profile: ana, contact: maria, tone: 'warm' }).body).toMatch(/^Hi Maria,\n/);
    expect(draftOutreach({ profile: ana, contact: maria, tone: 'formal' }).body).toMatch(/^Dear Maria,\n/);
    const dr = contactWith({ ...maria, name: 'Dr. Maria Lopez' });
    expect(draftOutreach({ profile: ana, contact: dr, tone: 'formal' }).body).toMatch(/^Dear Dr\. Lopez,\n/);
    expect(draftOutreach({ profile: ana, contact: dr, tone: 'brief' }).body).toMatch(/^Hi Maria,\n/);
  });

  it('signs with the name, and the email in the longer tones', () => {
    const profile = { ...ana, email: 'ana@northfield.edu' };
    expect(draftOutreach({ profile, contact: maria, tone: 'warm' }).body).toMatch(/\n\nBest wishes,\nAna Silva\nana@northfield\.edu$/);
    expect(draftOutreach({ profile, contact: maria, tone: 'brief' }).body).toMatch(/\n\nThanks,\nAna Silva$/);
  });

  it('takes the goal, the mode and the length from the inputs over the defaults', () => {
    const byDefault = draftOutreach({ profile: ana, contact: maria, tone: 'warm' });
    expect(byDefault.parts['meeting-mode']).toMatch(/^A video call suits me best/);
    const chosen = draftOutreach({ profile: ana, contact: maria, tone: 'warm', goal: 'Industry research', mode: 'In person', minutes: 15 });
    expect(chosen.parts.status).toBe("I'm currently researching careers in fintech.");
    expect(chosen.parts.ask).toContain('a 15-minute conversation about your role as Senior Product Manager at Acme Payments and where fintech is heading');
    expect(chosen.parts['meeting-mode']).toContain('meet in person, perhaps over coffee');
  });

  it('falls back to the defaults for choices it does not know', () => {
    const odd = { goal: 'Fame', mode: 'Telegram', minutes: 45, tone: 'sarcastic' } as unknown as Partial<OutreachInput>;
    const draft = draftOutreach({ profile: ana, contact: maria, ...odd } as OutreachInput);
    expect(draft.body).toBe(draftOutreach({ profile: ana, contact: maria, tone: 'warm' }).body);
  });

  it('offers every way to meet when no mode is known', () => {
    const draft = draftOutreach({ profile: ana, contact: contactWith({ ...maria, preferredMode: '' }), tone: 'warm' });
    expect(draft.parts['meeting-mode']).toBe("I'm happy to talk by phone or video, or to meet in person, whichever suits you best.");
    expect(draft.missing).toEqual([]);
  });

  it('never asks for a job, and says so for a job search in the formal tone', () => {
    for (const tone of TONES) {
      const { body } = draftOutreach({ profile: ana, contact: maria, tone, goal: 'Job search' });
      expect(body).not.toMatch(/\b(hire|hiring|job offer|open positions?|apply for|any openings)\b/i);
      expect((body.match(/[^.?!]*\?/g) ?? []).join(' ')).not.toMatch(/\bjob\b/i);
    }
    expect(draftOutreach({ profile: ana, contact: maria, tone: 'formal', goal: 'Job search' }).body).toContain(
      'I am not asking about job openings',
    );
  });

  it('writes a graduate in the past tense when today is after the graduation year', () => {
    const draft = draftOutreach({ profile: { ...ana, graduationYear: '2019' }, contact: maria, tone: 'warm', today: '2026-03-03' });
    expect(draft.parts.background).toBe('My name is Ana Silva, and I graduated from Northfield University in 2019 with a degree in Economics.');
    expect(draft.elements.find((e) => e.key === 'background')?.present).toBe(true);
  });

  it('stays under the word limit in the warm and brief tones, even with the longest introduction', () => {
    for (const tone of ['warm', 'brief'] as const) {
      for (const { howFound, goal } of completeInputs) {
        for (const mode of PREFERRED_MODE) {
          const draft = draftOutreach({
            profile: { ...ana, introduction: LONG_INTRO, email: 'ana.silva@northfield.edu' },
            contact: contactWith({ ...maria, howFound }),
            referrerName: 'Benjamin Wu-Hartley',
            goal,
            mode,
            minutes: 30,
            tone,
          });
          expect(draft.wordCount).toBe(countWords(draft.body));
          expect(draft.wordCount).toBeLessThan(WORD_LIMIT);
        }
      }
    }
  });
});

describe('draftOutreach with incomplete inputs', () => {
  it('reports what the profile and contact lack and leaves those phrases out', () => {
    const draft = draftOutreach({
      profile: { ...ana, school: '', areaOfStudy: ' ', graduationYear: '', currentStatus: '' },
      contact: contactWith({ name: 'Maria Lopez' }),
      tone: 'warm',
    });
    expect(draft.missing).toEqual([
      'your school', 'your area of study', 'your graduation year', 'your current status',
      'their title', 'their company', 'how you found them',
    ]);
    expect(present(draft.elements)).toEqual(['ask', 'meeting-mode']);
    expect(draft.body).toContain('My name is Ana Silva.');
    expect(draft.parts.ask).toBe('Would you be open to a 20-minute conversation about your work and your career path?');
  });

  it('says nothing about a title or company it does not have', () => {
    const { body } = draftOutreach({ profile: ana, contact: contactWith({ name: 'Maria Lopez', howFound: 'Online research' }), tone: 'warm' });
    expect(body).toContain('while reading about your field');
    expect(body).toContain('about your work and how you got there');
    expect(body).not.toMatch(/your role as|at\s*(?:and|\.|\?)/);
  });

  it('falls back to a mutual contact when the referrer is unknown', () => {
    const draft = draftOutreach({ profile: ana, contact: contactWith({ ...maria, howFound: 'Referral' }), tone: 'warm' });
    expect(draft.parts['how-found']).toBe('A mutual contact suggested I reach out to you.');
    expect(draft.missing).toEqual(['who referred you']);
    expect(draft.subject).toBe('Northfield University student hoping to learn from your experience');
  });

  it('says Hello without a name, and signs off without one', () => {
    const draft = draftOutreach({ profile: { ...ana, name: '' }, contact: contactWith({ ...maria, name: '' }), tone: 'warm' });
    expect(draft.body).toMatch(/^Hello,\n/);
    expect(draft.body).toMatch(/Best wishes,$/);
    expect(draft.missing).toEqual(['your name', 'their name']);
  });

  it('asks for their industry only when researching it', () => {
    const contact = contactWith({ ...maria, industry: '' });
    expect(draftOutreach({ profile: ana, contact, tone: 'warm', goal: 'Industry research' }).missing).toEqual(['their industry']);
    expect(draftOutreach({ profile: ana, contact, tone: 'warm', goal: 'Job search' }).missing).toEqual([]);
  });

  const text = fc.stringMatching(/^[A-Za-zÀ-ÿ' -]{0,24}$/).filter((s) => !/null|undefined/i.test(s));
  const field = fc.oneof(fc.constant(''), fc.constant('   '), text);
  const arbProfile = fc.record({
    name: field, school: field, areaOfStudy: field,
    graduationYear: fc.constantFrom('', '2027', '1990', '27', 'soon'),
    currentStatus: fc.constantFrom('', ...GOALS),
    introduction: fc.oneof(field, fc.constant(LONG_INTRO)),
  }) as fc.Arbitrary<Profile>;
  const arbContact = fc
    .record({
      name: fc.oneof(field, fc.constantFrom('Dr. Maria Lopez', 'Lopez, Maria', 'Maria Lopez, PhD')),
      title: field, company: fc.oneof(field, fc.constant('Acme Inc.')), industry: field,
      howFound: fc.constantFrom('', 'Hackathon', ...HOW_FOUND),
      preferredMode: fc.constantFrom('', 'Carrier pigeon', ...PREFERRED_MODE),
    })
    .map(contactWith);
  const arbInput: fc.Arbitrary<OutreachInput> = fc.record({
    profile: arbProfile, contact: arbContact, tone: fc.constantFrom(...TONES),
    referrerName: fc.option(field, { nil: undefined }),
    minutes: fc.option(fc.constantFrom(15 as const, 20 as const, 30 as const), { nil: undefined }),
  });

  it('never leaves a hole, a placeholder or stray punctuation, whatever is missing', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const { subject, body, missing } = draftOutreach(input);
        for (const out of [subject, body, ...missing]) {
          expect(out).not.toMatch(/[{}]|undefined|null|NaN|\[object/);
          expect(out).not.toMatch(/ {2}| [,.?!:]|\.\.(?!\.)|\.\?|,\s*[,.?]|\(\s*\)|\n{3}/);
        }
        expect(subject.trim()).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('ticks every element it wrote, and reports how-found missing exactly when it wrote none', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const draft = draftOutreach(input);
        const ticked = present(draft.elements);
        for (const key of Object.keys(draft.parts) as ElementKey[]) expect(ticked).toContain(key);
        expect(draft.missing.includes('how you found them')).toBe(draft.parts['how-found'] === undefined);
      }),
      { numRuns: 400 },
    );
  });
});

describe('checkOutreachElements on an edited draft', () => {
  const contact = contactWith({ ...maria, howFound: 'Referral', preferredMode: 'Phone' });
  const draft = draftOutreach({ profile: ana, contact, referrerName: 'Ben Wu', tone: 'warm' });

  it('flips only the element whose sentence the student deleted', () => {
    for (const { tone, howFound, goal } of completeInputs) {
      for (const mode of PREFERRED_MODE) {
        const c = contactWith({ ...maria, howFound });
        const d = draftOutreach({ profile: ana, contact: c, referrerName: 'Ben Wu', goal, mode, tone });
        for (const key of ELEMENT_KEYS) {
          const edited = d.body.replace(d.parts[key]!, '');
          const after = present(checkOutreachElements(edited, ana, c, 'Ben Wu'));
          expect({ tone, howFound, goal, mode, removed: key, after }).toEqual({
            tone, howFound, goal, mode, removed: key, after: ELEMENT_KEYS.filter((k) => k !== key),
          });
        }
      }
    }
  });

  it('drops background when the school sentence goes, and restores it when the student writes their own', () => {
    const withoutSchool = draft.body.replace(draft.parts.background!, '');
    expect(present(checkOutreachElements(withoutSchool, ana, contact, 'Ben Wu'))).not.toContain('background');
    const rewritten = withoutSchool.replace('Hi Maria,', "Hi Maria,\n\nI’m a junior at Northfield University.");
    expect(present(checkOutreachElements(rewritten, ana, contact, 'Ben Wu'))).toContain('background');
  });

  it('calls only a graduate a fellow alum', () => {
    const graduate = { ...ana, graduationYear: '2019' };
    const draft = draftOutreach({ profile: graduate, contact: contactWith({ ...maria, howFound: 'Alumni network' }), tone: 'warm', today: '2026-03-04' });
    expect(draft.body).toContain('As a fellow Northfield University alum, I found you through our alumni network.');
    const student = draftOutreach({ profile: ana, contact: contactWith({ ...maria, howFound: 'Alumni network' }), tone: 'warm', today: '2026-03-04' });
    expect(student.body).not.toMatch(/fellow .*alum/);
  });

  it('does not count an alumni line as the student’s background', () => {
    const text = 'Hi Maria,\n\nAs a fellow alum of Northfield University, I found you through our alumni network.';
    expect(present(checkOutreachElements(text, ana, contact))).toEqual(['how-found']);
  });

  it('recognises the five elements in a message the student wrote from scratch', () => {
    const own =
      'Hello Ms. Lopez, my professor Dr. Kim gave me your name. I am a senior majoring in math at St. Olaf College. ' +
      'Right now I am figuring out whether product work suits me. Do you have 15 minutes to chat sometime next week? ' +
      'Zoom or a phone call both work for me.';
    const checks = checkOutreachElements(own, { ...ana, school: 'St. Olaf College', areaOfStudy: 'Mathematics', graduationYear: '2026' }, contact);
    expect(present(checks)).toEqual(ELEMENT_KEYS);
    expect(checks.map((c) => c.label)).toEqual([
      'How you found them', 'Your school, area of study and year', 'Your current status', 'What you are asking for', 'How you would like to meet',
    ]);
  });

  it('counts the referrer’s name as how they were found, from the argument or a typed Referred by', () => {
    const text = 'Ben thought we should talk.';
    expect(present(checkOutreachElements(text, ana, contact, 'Ben Wu'))).toContain('how-found');
    expect(present(checkOutreachElements(text, ana, contactWith({ referredBy: 'Ben Wu' })))).toContain('how-found');
    expect(present(checkOutreachElements(text, ana, contactWith({ referredBy: 'C-0012' })))).not.toContain('how-found');
  });

  it('does not take a statement of availability for an ask', () => {
    expect(present(checkOutreachElements('A phone call suits me best.', ana, contact))).toEqual(['meeting-mode']);
    expect(present(checkOutreachElements('Could we find 20 minutes for a call?', ana, contact))).toEqual(['ask', 'meeting-mode']);
  });

  it('finds nothing in an empty text', () => {
    expect(present(checkOutreachElements('', ana, contact))).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts words, not dashes, and a hyphenated word once', () => {
    expect(countWords('  Hi Maria,\n\nA 20-minute chat — maybe?  ')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});

describe('draftThankYou', () => {
  const coffee = meetingWith({
    date: '2026-03-03',
    type: 'Coffee',
    takeaways: '- Learn SQL before the internship season. Also read the annual report.\n- Talk to the risk team',
    advice: 'Keep a journal of what you enjoy.',
  });

  it('names the meeting by its type and date, picks the first takeaway and lists the referrals', () => {
    const draft = draftThankYou({ profile: ana, contact: maria, meeting: coffee, referralNames: ['Ben Wu', 'Chloé Martin', 'Dev Patel'] });
    expect(draft.subject).toBe('Thank you for your time on Tuesday, March 3');
    expect(draft.body).toBe(
      'Hi Maria,\n\n' +
        'Thank you for meeting me for coffee on Tuesday, March 3. I really enjoyed hearing about your work at Acme Payments. ' +
        "One thing I'm taking away from our conversation: Learn SQL before the internship season.\n\n" +
        "Thank you also for suggesting I speak with Ben Wu, Chloé Martin, and Dev Patel. I'll reach out to each of them and let you know how it goes.\n\n" +
        "I'll keep you posted as I explore my options, and I hope we can stay in touch.\n\n" +
        'With thanks,\nAna Silva',
    );
    expect(draft.missing).toEqual([]);
  });

  it('falls back to the advice when no takeaway is logged', () => {
    const { body } = draftThankYou({ profile: ana, contact: maria, meeting: { ...coffee, takeaways: ' ' }, referralNames: [] });
    expect(body).toContain('I especially appreciated your advice: Keep a journal of what you enjoy.');
    expect(body).not.toContain('suggesting I speak with');
  });

  it.each([
    ['Phone call', 'Thank you for taking my call on Monday, March 2.'],
    ['Video call', 'Thank you for speaking with me by video on Monday, March 2.'],
    ['Informational interview', 'Thank you for taking the time to speak with me on Monday, March 2.'],
    ['Event', 'Thank you for taking the time to talk with me at the event on Monday, March 2.'],
  ])('names a %s', (type, sentence) => {
    expect(draftThankYou({ profile: ana, contact: maria, meeting: meetingWith({ type, date: '2026-03-02', advice: 'x' }), referralNames: [] }).body).toContain(sentence);
  });

  it('reads a date typed as text, and reports one it cannot read', () => {
    const typed = draftThankYou({ profile: ana, contact: maria, meeting: { ...coffee, date: '3/3/2026' }, referralNames: [] });
    expect(typed.body).toContain('for coffee on Tuesday, March 3.');
    const unreadable = draftThankYou({ profile: ana, contact: maria, meeting: { ...coffee, date: 'last week' }, referralNames: [] });
    expect(unreadable.body).toContain('Thank you for meeting me for coffee. ');
    expect(unreadable.missing).toEqual(['the meeting date']);
  });

  it('reports a meeting logged without takeaway or advice', () => {
    const draft = draftThankYou({ profile: ana, contact: maria, meeting: meetingWith({ date: '2026-03-03', type: 'Coffee' }), referralNames: [] });
    expect(draft.missing).toEqual(['a takeaway or piece of advice']);
    expect(draft.body).not.toContain('taking away');
  });

  it('writes a general thank-you when no meeting is logged', () => {
    const draft = draftThankYou({ profile: { ...ana, currentStatus: 'Job search' }, contact: maria, meeting: null, referralNames: ['Ben Wu', ' ben wu ', ''] });
    expect(draft.missing).toEqual(['meeting']);
    expect(draft.subject).toBe('Thank you for your help');
    expect(draft.body).toContain('Thank you for your time and for your help as I learn more about Acme Payments.');
    expect(draft.body).toContain("suggesting I speak with Ben Wu. I'll reach out to them");
    expect(draft.body).toContain("I'll keep you posted on how my search goes, and I hope we can stay in touch.");
  });

  it('never leaves a hole for missing names', () => {
    const draft = draftThankYou({ profile: { ...ana, name: '' }, contact: contactWith({}), meeting: meetingWith({ takeaways: 'Network early' }), referralNames: [] });
    expect(draft.body).toMatch(/^Hello,\n\nThank you for taking the time to speak with me\. One thing I'm taking away from our conversation: Network early\./);
    expect(draft.body).toMatch(/With thanks,$/);
    expect(draft.body).not.toMatch(/undefined|null|\{| {2}| \./);
    expect(draft.missing).toEqual(['the meeting date', 'your name', 'their name']);
  });
});

describe('text helpers', () => {
  it('firstLineOf takes the first jotted line, its first sentence, and cuts a long one at a word', () => {
    expect(firstLineOf('\n\n* Start with a rotational program! Then specialise.\nMore')).toBe('Start with a rotational program!');
    const long = firstLineOf(`${'word '.repeat(60)}end`);
    expect(long.endsWith('word…')).toBe(true);
    expect(Array.from(long).length).toBeLessThanOrEqual(201);
  });

  it('humanDate writes an English weekday and month from yyyy-MM-dd', () => {
    expect(humanDate('2026-03-03')).toBe('Tuesday, March 3');
    expect(humanDate('2024-02-29')).toBe('Thursday, February 29');
    expect(humanDate('2026-02-30')).toBe('');
  });

  it('firstName finds the name to greet in the ways sheets write names', () => {
    expect(['Maria Lopez', 'Dr. Maria Lopez', 'Lopez, Maria', 'Maria Lopez, PhD', '  maria  '].map(firstName)).toEqual([
      'Maria', 'Maria', 'Maria', 'Maria', 'maria',
    ]);
    expect(firstName('')).toBe('');
  });

  it('joinNames and splitReferralNames', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(splitReferralNames('- Ben Wu\nChloé Martin; Dev Patel and Eve Stone, ben wu')).toEqual([
      'Ben Wu', 'Chloé Martin', 'Dev Patel', 'Eve Stone',
    ]);
  });
});

describe('the takeaway a thank-you quotes', () => {
  it('is the student\'s words, never the question they were noted under', () => {
    expect(takeawaySentence('What does a typical week look like for you as a Data Scientist: Mix of model building and meetings. Fridays free')).toBe('Mix of model building and meetings.');
    expect(takeawaySentence('How did you start? Support desk, then a night course')).toBe('Support desk, then a night course');
    expect(takeawaySentence('What is the hardest part of your job?\n- Shipping models nobody asked for')).toBe('Shipping models nobody asked for');
    expect(takeawaySentence('Learn SQL before the internship season. Also read the report.')).toBe('Learn SQL before the internship season.');
    expect(takeawaySentence('Who else should I talk to?')).toBe('');
  });
});
