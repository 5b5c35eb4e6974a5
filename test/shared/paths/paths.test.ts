// The paths rules: forgiving grouping, the trend, the next step (one
// conversation, rising, falling), renames and merges, the chart's table, and
// the deeper questions for a path met before.
import { CONTACT_COLUMNS, MEETING_COLUMNS, emptyRecord, type Contact, type Meeting } from '../../../src/shared/schema';
import fc from 'fast-check';
import { DEEPER_PATH_QUESTIONS, cleanPath, deeperQuestions, defaultPath, defaultPathKey, interestSeries, pathKey, pathMetBefore, planPathRename, readInterest, summarisePaths, trendOf } from '../../../src/shared/paths';
import { checkQuestion, generateQuestions, SEED_BANK } from '../../../src/shared/questions';
import { validateMeetingInput } from '../../../src/shared/meetings';

const TODAY = '2026-03-04';
let n = 0;
function meeting(fields: Partial<Meeting>): Meeting {
  n += 1;
  return { ...emptyRecord(MEETING_COLUMNS), meetingId: `M-${n}`, ...fields };
}
function contact(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), ...fields };
}

describe('grouping paths', () => {
  it('treats case, punctuation and the usual separators as the same path', () => {
    const same = ['Data scientist · Healthcare', 'data scientist, healthcare', 'Data Scientist - Healthcare', ' data  scientist in healthcare ', 'Data scientist / Healthcare', 'DATA SCIENTIST (Healthcare)'];
    expect(new Set(same.map(pathKey))).toEqual(new Set(['data scientist healthcare']));
    expect(pathKey('R&D · Pharma')).toBe(pathKey('R and D, pharma'));
  });

  it('keeps different paths apart, and a blank is no path', () => {
    expect(pathKey('Data scientist · Healthcare')).not.toBe(pathKey('Data scientist · Finance'));
    expect(pathKey(' · , ')).toBe('');
  });

  it('defaults to the Title in the Industry', () => {
    expect(defaultPath(contact({ title: 'Nurse  practitioner', industry: 'Healthcare' }))).toBe('Nurse practitioner · Healthcare');
    expect(defaultPath(contact({ title: '', industry: 'Healthcare' }))).toBe('Healthcare');
    expect(defaultPath(contact({}))).toBe('');
  });

  it('tidies a typed path as collapsing every run of whitespace and trimming would', () => {
    const pieces = fc.constantFrom('a', 'Data', '·', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(cleanPath(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }));
  });

  it('keys a contact’s default path as pathKey(defaultPath(contact)), whatever the Title and Industry', () => {
    const words = fc.constantFrom('', 'Data', 'data ', ' Nurse  practitioner', 'R&D', 'Healthcare', 'Law, ', '·');
    fc.assert(fc.property(words, words, (title, industry) => {
      const person = contact({ title, industry });
      expect(defaultPathKey(person)).toBe(pathKey(defaultPath(person)));
    }));
  });

  it('reads an interest forgivingly, and only 1 to 5', () => {
    expect([readInterest('4'), readInterest(4), readInterest('4/5'), readInterest(' 2 - meh'), readInterest('7'), readInterest('4.5'), readInterest(''), readInterest('high')]).toEqual([4, 4, 4, 2, null, null, null, null]);
  });

  it('summarises merged spellings as one path named by the spelling used most', () => {
    const paths = summarisePaths(
      [
        meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-01-01', path: 'data scientist, healthcare', interest: '3' }),
        meeting({ contactId: 'C-2', contact: 'Ben', date: '2026-01-15', path: 'Data scientist · Healthcare', interest: '4' }),
        meeting({ contactId: 'C-3', contact: 'Cy', date: '2026-02-01', path: 'Data scientist · Healthcare', interest: '4' }),
      ],
      [],
      TODAY,
    );
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatchObject({ name: 'Data scientist · Healthcare', conversations: 3, people: ['Ana', 'Ben', 'Cy'], spellings: ['data scientist, healthcare', 'Data scientist · Healthcare'] });
  });

  it('leaves out meetings still to come and rows without a path', () => {
    const paths = summarisePaths([meeting({ date: '2026-03-10', path: 'Law' }), meeting({ date: '2026-01-10', path: '' })], [], TODAY);
    expect(paths).toEqual([]);
  });
});

describe('the trend', () => {
  it('is new with one rating, and compares the latest with the one before', () => {
    expect(trendOf([])).toBe('new');
    expect(trendOf([4])).toBe('new');
    expect(trendOf([2, 4])).toBe('rising');
    expect(trendOf([5, 3, 3])).toBe('steady');
    expect(trendOf([2, 5, 3])).toBe('falling');
  });
});

describe('the next step', () => {
  const contacts = [
    contact({ contactId: 'C-1', name: 'Ana', title: 'Auditor', industry: 'Accounting', status: 'Met' }),
    contact({ contactId: 'C-2', name: 'Ben', title: 'auditor', industry: 'accounting', status: 'Met' }),
    contact({ contactId: 'C-3', name: 'Cy', title: 'Auditor', industry: 'Accounting', status: 'To contact' }),
    contact({ contactId: 'C-4', name: 'Di', title: 'Auditor', industry: 'Accounting', status: 'Declined' }),
    contact({ contactId: 'C-5', name: 'Eve', title: 'Auditor', industry: 'Accounting', status: 'Contacted' }),
    contact({ contactId: 'C-6', name: 'Fay', title: 'Auditor', industry: 'Accounting', status: 'Scheduled' }),
  ];

  it('after one conversation: talk to another person in the path first', () => {
    const [p] = summarisePaths([meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-02-01', path: 'Auditor · Accounting', interest: '4' })], contacts, TODAY);
    expect(p).toMatchObject({ trend: 'new', latestInterest: 4, explored: false });
    expect(p.nextStep.kind).toBe('one-more');
    expect(p.nextStep.text).toMatch(/^One conversation so far: talk to another person in this path before deciding\. Cy is in your contacts and not met yet\./);
  });

  it('suggests the first two contacts not met yet in sheet order, however many the path holds', () => {
    const crowd: Contact[] = [];
    for (let i = 0; i < 3000; i++) {
      const met = i % 3 === 0;
      crowd.push(contact({ contactId: i % 7 === 0 ? '' : `C-${i}`, name: `P${i}`, title: 'Auditor', industry: 'Accounting', status: met ? 'Met' : i % 3 === 1 ? 'Declined' : 'Contacted' }));
    }
    const logged = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => meeting({ contactId: `C-${i}`, contact: `P${i}`, date: '2026-02-01', path: 'Auditor · Accounting', interest: String(1 + (i % 4)) }));
    logged.push(meeting({ contactId: 'C-11', contact: 'P11', date: '2026-02-20', path: 'Auditor · Accounting', interest: '5' }));
    const [p] = summarisePaths(logged, crowd, TODAY);
    // Only every third contact is Contacted: 2, 5, 8 and 11 are met already and 14 has no Contact ID.
    expect(p.trend).toBe('rising');
    expect(p.nextStep.candidates).toEqual([{ contactId: 'C-17', name: 'P17' }, { contactId: 'C-20', name: 'P20' }]);
  });

  it('counts as met a contact with a conversation that happened, with a path or without, not one only planned', () => {
    const people = [1, 2, 3, 4, 5].map((i) => contact({ contactId: `C-${i}`, name: `P${i}`, title: 'Auditor', industry: 'Accounting', status: 'Contacted' }));
    const logged = [
      // Read twice over: the same Interest texts, and the dates of rows with a path and of rows without.
      meeting({ contactId: 'C-9', contact: 'Zed', date: '2026-02-01', path: 'Auditor · Accounting', interest: '4' }),
      meeting({ contactId: 'C-8', contact: 'Yan', date: '2026-02-02', path: 'Auditor · Accounting', interest: '4' }),
      meeting({ contactId: 'C-1', contact: 'P1', date: '2026-02-03', path: '', interest: '4' }),
      meeting({ contactId: 'C-2', contact: 'P2', date: '2026-04-01', path: '', interest: '' }),
      meeting({ contactId: 'C-3', contact: 'P3', date: '2026-04-02', path: 'Auditor · Accounting', interest: '2' }),
      meeting({ contactId: 'C-4', contact: 'P4', date: '', path: '', interest: '' }),
    ];
    for (let round = 0; round < 2; round++) {
      const [p] = summarisePaths(logged, people, TODAY);
      expect(p.interests).toEqual([{ date: '2026-02-01', interest: 4 }, { date: '2026-02-02', interest: 4 }]);
      expect(p.trend).toBe('steady');
      // C-1 met (no path), C-4 met (undated); C-2 and C-3 only planned, so C-2 is the first not met yet.
      expect(p.nextStep.candidates).toEqual([{ contactId: 'C-2', name: 'P2' }]);
    }
  });

  it('for a rising path: two more people, the contacts of that path not met yet (no one declined)', () => {
    const [p] = summarisePaths(
      [
        meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-02-01', path: 'Auditor · Accounting', interest: '3' }),
        meeting({ contactId: 'C-2', contact: 'Ben', date: '2026-02-10', path: 'auditor in accounting', interest: '5' }),
      ],
      contacts,
      TODAY,
    );
    expect(p).toMatchObject({ trend: 'rising', latestInterest: 5, explored: false });
    expect(p.nextStep).toEqual({ kind: 'more-people', text: 'Rising: talk to two more people in this path. Cy and Eve are in your contacts and not met yet.', candidates: [{ contactId: 'C-3', name: 'Cy' }, { contactId: 'C-5', name: 'Eve' }] });
  });

  it('for a rising path with no one left to meet: ask for a referral', () => {
    const [p] = summarisePaths(
      [
        meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-02-01', path: 'Marine biology', interest: '2' }),
        meeting({ contactId: 'C-2', contact: 'Ben', date: '2026-02-10', path: 'marine biology', interest: '4' }),
      ],
      contacts,
      TODAY,
    );
    expect(p.nextStep.text).toBe('Rising: talk to two more people in this path. Ask Ben for a referral to someone else in it.');
  });

  it('for a falling path: explored, a result rather than a failure, and listed after the open paths', () => {
    const paths = summarisePaths(
      [
        meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-01-01', path: 'Auditor · Accounting', interest: '4', takeaways: 'Long hours' }),
        meeting({ contactId: 'C-2', contact: 'Ben', date: '2026-01-20', path: 'Auditor, Accounting', interest: '2', takeaways: 'Not for me' }),
        meeting({ contactId: 'C-9', contact: 'Zed', date: '2026-01-05', path: 'Law', interest: '3' }),
      ],
      contacts,
      TODAY,
    );
    expect(paths.map((p) => [p.name, p.trend, p.explored])).toEqual([
      ['Law', 'new', false],
      ['Auditor · Accounting', 'falling', true],
    ]);
    const explored = paths[1];
    expect(explored.nextStep).toMatchObject({ kind: 'explored', candidates: [] });
    expect(explored.nextStep.text).toMatch(/^Explored: your interest went from 4 to 2 over 2 conversations\./);
    expect(explored.nextStep.text).not.toMatch(/fail/i);
    expect(explored.takeaways.map((t) => t.text)).toEqual(['Not for me', 'Long hours']);
  });

  it('asks for a rating when none was noted', () => {
    const [p] = summarisePaths([meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-02-01', path: 'Law' })], [], TODAY);
    expect(p.latestInterest).toBeNull();
    expect(p.nextStep.text).toMatch(/Note how interested you are/);
  });
});

describe('renaming and merging', () => {
  const meetings = [
    meeting({ date: '2026-01-01', path: 'data scientist, healthcare', notes: 'x' }),
    meeting({ date: '2026-01-02', path: 'Law' }),
    meeting({ date: '2026-01-03', path: 'Data Scientist · Healthcare' }),
  ];

  it('changes every spelling of the path and nothing else', () => {
    const r = planPathRename(meetings, pathKey('Data scientist · Healthcare'), ' Health  data science ');
    expect(r).toEqual({ ok: true, to: 'Health data science', plan: { merged: false, changes: [{ index: 0, path: 'Health data science' }, { index: 2, path: 'Health data science' }] } });
  });

  it('merges into another path (the view offers its name), which then holds both', () => {
    const target = summarisePaths(meetings, [], TODAY).find((p) => p.key === pathKey('data scientist healthcare'))!.name;
    expect(target).toBe('data scientist, healthcare');
    const r = planPathRename(meetings, pathKey('Law'), target);
    expect(r).toMatchObject({ ok: true, plan: { merged: true, changes: [{ index: 1, path: target }] } });
    if (!r.ok) return;
    const after = meetings.map((m, i) => ({ ...m, path: r.plan.changes.find((c) => c.index === i)?.path ?? m.path }));
    expect(summarisePaths(after, [], TODAY).map((p) => [p.name, p.conversations])).toEqual([['data scientist, healthcare', 3]]);
  });

  it('refuses an empty name and a path that is gone', () => {
    expect(planPathRename(meetings, pathKey('Law'), ' , ')).toMatchObject({ ok: false });
    expect(planPathRename(meetings, 'nursing', 'X')).toMatchObject({ ok: false, error: expect.stringContaining('no longer') });
  });
});

describe('the chart’s table', () => {
  it('has a date column and one column a path, blanks where a path was not discussed', () => {
    const paths = summarisePaths(
      [
        meeting({ date: '2026-01-01', path: 'Law', interest: '3' }),
        meeting({ date: '2026-01-05', path: 'Nursing', interest: '4' }),
        meeting({ date: '2026-02-01', path: 'law', interest: '1' }),
        meeting({ date: '2026-02-02', path: 'Teaching' }),
      ],
      [],
      TODAY,
    );
    expect(interestSeries(paths)).toEqual({
      names: ['Law', 'Nursing'],
      rows: [
        { date: '2026-01-01', values: [3, null] },
        { date: '2026-01-05', values: [null, 4] },
        { date: '2026-02-01', values: [1, null] },
      ],
    });
  });

  it('keeps the most recently discussed paths when there are more than fit', () => {
    const ms = ['A', 'B', 'C', 'D', 'E'].map((p, i) => meeting({ date: `2026-01-0${i + 1}`, path: `Path ${p}`, interest: '3' }));
    expect(interestSeries(summarisePaths(ms, [], TODAY)).names).toEqual(['Path B', 'Path C', 'Path D', 'Path E']);
  });
});

describe('deeper questions for a path met before', () => {
  const contacts = [
    contact({ contactId: 'C-1', name: 'Ana', title: 'Nurse', industry: 'Healthcare' }),
    contact({ contactId: 'C-2', name: 'Ben', title: 'nurse', industry: 'healthcare' }),
    contact({ contactId: 'C-3', name: 'Cy', title: 'Lawyer', industry: 'Law' }),
  ];
  const meetings = [meeting({ contactId: 'C-1', contact: 'Ana', date: '2026-02-01', path: 'Nurse · Healthcare', interest: '4' })];

  it('are open questions the bank check would accept', () => {
    for (const q of DEEPER_PATH_QUESTIONS) expect([q.text, checkQuestion(q.text)]).toEqual([q.text, []]);
  });

  it('apply to a new contact in a path met before, not to one in a path not met yet', () => {
    expect(pathMetBefore(contacts[1], meetings, contacts, TODAY)).toEqual({ name: 'Nurse · Healthcare', conversations: 1, people: 1, contactIds: ['C-1'] });
    expect(pathMetBefore(contacts[2], meetings, contacts, TODAY)).toBeNull();
  });

  it('skip what was already asked anyone in the path, and lead the list within the time', () => {
    const asked = [DEEPER_PATH_QUESTIONS[0].text];
    const deeper = deeperQuestions(asked);
    expect(deeper).toHaveLength(3);
    expect(deeper.map((q) => q.text)).not.toContain(DEEPER_PATH_QUESTIONS[0].text);
    const list = generateQuestions({ contact: { name: 'Ben', title: 'Nurse', company: 'City Hospital', industry: 'Healthcare' }, goal: 'Career exploration', minutes: 30, asked: [], bank: SEED_BANK, seed: 1, deeper });
    expect(list.questions.slice(0, 3).map((q) => q.text)).toEqual(deeper.map((q) => q.text));
    expect(list.questions.slice(0, 3).every((q) => q.fitsInTime)).toBe(true);
    expect(list.questions).toHaveLength(10);
    expect(new Set(list.questions.map((q) => q.text)).size).toBe(10);
    // The questions that fit end with the closing ones; spares follow them.
    expect(list.questions.filter((q) => q.fitsInTime).at(-1)!.closing).toBe('reciprocity');
  });

  it('without a path met before, the list is as it was', () => {
    const input = { contact: { name: 'Cy', title: 'Lawyer', company: 'Firm', industry: 'Law' }, goal: 'Career exploration' as const, minutes: 30 as const, asked: [], bank: SEED_BANK, seed: 7 };
    expect(generateQuestions({ ...input, deeper: [] })).toEqual(generateQuestions(input));
  });
});

describe('the meeting form’s interest', () => {
  const base = { contactId: 'C-1', date: '2026-03-01', type: 'Coffee' };
  it('is optional, 1 to 5', () => {
    expect(validateMeetingInput({ ...base, path: ' Law  firm ', interest: '' }, TODAY)).toMatchObject({ ok: true, meeting: { path: 'Law firm', interest: '' } });
    expect(validateMeetingInput({ ...base, interest: '5' }, TODAY)).toMatchObject({ ok: true, meeting: { interest: '5' } });
    expect(validateMeetingInput({ ...base, interest: '0' }, TODAY)).toMatchObject({ ok: false, errors: { interest: expect.stringContaining('1 to 5') } });
  });
});
