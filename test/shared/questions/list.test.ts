import type { BankRow } from '../../../src/shared/schema';
import { GOALS, SEED_BANK, fillTemplate, normaliseQuestion } from '../../../src/shared/questions/bank';
import type { Goal, QuestionContact } from '../../../src/shared/questions/bank';
import { checkQuestion } from '../../../src/shared/questions/check';
import { generateQuestions, listLength, questionsThatFit } from '../../../src/shared/questions/list';
import type { GenerateInput } from '../../../src/shared/questions/list';

const PRIYA: QuestionContact = { name: 'Priya Shah', title: 'UX Researcher', company: 'Contoso', industry: 'healthcare technology' };
const UNKNOWN: QuestionContact = { name: 'Sam', title: '', company: '', industry: '' };
const MINUTES = [15, 20, 30] as const;
const RANK = { High: 0, Medium: 1, Low: 2 };
/** The questions that fit the meeting: they end with the two closing questions. */
const inTime = (l: { questions: Array<{ fitsInTime: boolean; text: string; closing?: string }> }) => l.questions.filter((q) => q.fitsInTime);

function input(extra: Partial<GenerateInput> = {}): GenerateInput {
  return { contact: PRIYA, goal: 'Career exploration', minutes: 30, asked: [], bank: SEED_BANK, seed: 1, ...extra };
}

function row(category: string, question: string, extra: Partial<BankRow> = {}): BankRow {
  return { category, question, priority: 'High', goals: '', stage: 'Any', ...extra };
}

/** Which seed row a generated question came from (by its text for PRIYA). */
const seedRowFor = (text: string) => SEED_BANK.find((r) => fillTemplate(r.question, PRIYA) === text);

const everyCase = GOALS.flatMap((goal) =>
  MINUTES.flatMap((minutes) => [PRIYA, UNKNOWN].map((contact) => ({ goal, minutes, contact }))),
);

describe('how many questions fit the meeting', () => {
  it('allows about 3 minutes a question after a fifth of the meeting for introductions and wrap-up', () => {
    expect(MINUTES.map(questionsThatFit)).toEqual([4, 5, 8]);
    expect(MINUTES.map(listLength)).toEqual([8, 9, 10]);
  });

  it.each(MINUTES)('a %i-minute list marks that many to ask, the two closing questions among them', (minutes) => {
    const list = generateQuestions(input({ minutes }));
    expect(list.fits).toBe(questionsThatFit(minutes));
    expect(list.questions).toHaveLength(listLength(minutes));
    const marked = list.questions.filter((q) => q.fitsInTime);
    expect(marked).toHaveLength(list.fits);
    expect(marked.slice(-2).map((q) => q.closing)).toEqual(['referral', 'reciprocity']);
    // The marked ones are the top of the list, then the closers: spares sit between.
    const firstSpare = list.questions.findIndex((q) => !q.fitsInTime);
    expect(list.questions.slice(0, firstSpare).every((q) => q.fitsInTime)).toBe(true);
  });
});

describe('generateQuestions over every goal, length and contact, seeds 1 to 25', () => {
  const lists = everyCase.flatMap(({ goal, minutes, contact }) =>
    Array.from({ length: 25 }, (_, i) => ({ goal, minutes, contact, list: generateQuestions(input({ goal, minutes, contact, seed: i + 1 })) })),
  );

  it('gives 8 to 10 questions, the full list for the meeting length', () => {
    for (const { minutes, list } of lists) {
      expect(list.questions).toHaveLength(listLength(minutes));
      expect(list.shortBy).toBe(0);
    }
  });

  it('gives only open questions a web search cannot answer, every placeholder filled', () => {
    for (const { list } of lists) {
      for (const q of list.questions) {
        expect({ text: q.text, problems: checkQuestion(q.text) }).toEqual({ text: q.text, problems: [] });
        expect(q.text).not.toMatch(/[{}[\]]|\s{2}/);
      }
    }
  });

  it('spreads across at least 5 categories, no category more than twice, no question twice', () => {
    for (const { list } of lists) {
      const counts = new Map<string, number>();
      for (const q of list.questions) counts.set(q.category, (counts.get(q.category) ?? 0) + 1);
      expect(counts.size).toBeGreaterThanOrEqual(5);
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
      expect(new Set(list.questions.map((q) => normaliseQuestion(q.text))).size).toBe(list.questions.length);
    }
  });

  it('puts the highest priority first and always ends asking who else to talk to, then what the student can do', () => {
    for (const { list } of lists) {
      const body = list.questions.filter((q) => !q.closing);
      const ranks = body.map((q) => RANK[q.priority]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(body.every((q) => !q.closing && q.category !== 'Next steps')).toBe(true);
      const [who, help] = inTime(list).slice(-2);
      expect(who).toMatchObject({ category: 'Next steps', closing: 'referral' });
      expect(who.text).toMatch(/who else|people/i);
      expect(help).toMatchObject({ category: 'Next steps', closing: 'reciprocity' });
      expect(help.text).toMatch(/helpful|useful|help|share/i);
    }
  });

  it('uses only rows for the student\'s goal, and no follow-up-stage row at a first meeting', () => {
    for (const { goal, contact, list } of lists) {
      if (contact !== PRIYA) continue;
      for (const q of list.questions) {
        const source = seedRowFor(q.text)!;
        expect(source.goals).toContain(goal);
        expect(source.stage).not.toBe('Follow-up');
      }
    }
  });
});

describe('a fresh mix on demand, the same list otherwise', () => {
  it('gives the same list for the same inputs', () => {
    expect(generateQuestions(input({ seed: 42 }))).toEqual(generateQuestions(input({ seed: 42 })));
  });

  it.each(GOALS)('gives several different lists over seeds 1 to 20 (%s)', (goal: Goal) => {
    const lists = new Set(
      Array.from({ length: 20 }, (_, i) => JSON.stringify(generateQuestions(input({ goal, minutes: 20, seed: i + 1 })).questions)),
    );
    expect(lists.size).toBeGreaterThanOrEqual(8);
  });
});

describe('a second and third meeting with the same person', () => {
  it.each(GOALS)('asks nothing already asked and leans on deeper follow-up questions (%s)', (goal) => {
    for (let seed = 1; seed <= 15; seed++) {
      const first = generateQuestions(input({ goal, seed })).questions.map((q) => q.text);
      const second = generateQuestions(input({ goal, seed, asked: first, meetingNumber: 2 }));
      const third = generateQuestions(input({ goal, seed, asked: [...first, ...second.questions.map((q) => q.text)], meetingNumber: 3 }));
      for (const [asked, list] of [[first, second], [[...first, ...second.questions.map((q) => q.text)], third]] as const) {
        const before = new Set(asked.map(normaliseQuestion));
        expect(list.questions.filter((q) => before.has(normaliseQuestion(q.text)))).toEqual([]);
        expect(inTime(list).slice(-2).map((q) => q.closing)).toEqual(['referral', 'reciprocity']);
        expect(list.questions.length).toBeGreaterThanOrEqual(8);
      }
      const followUps = second.questions.filter((q) => seedRowFor(q.text)?.stage === 'Follow-up');
      expect(followUps.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('recognises an asked question by its template too, whatever the contact\'s details were then', () => {
    const template = 'Which project are you proudest of, and what made it work?';
    const asked = [template.toUpperCase(), 'How did you get from your first job to your current role as a Junior Researcher?'];
    for (let seed = 1; seed <= 30; seed++) {
      const texts = generateQuestions(input({ seed, asked })).questions.map((q) => q.text);
      expect(texts).not.toContain(template);
      expect(texts.some((t) => t.startsWith('How did you get from your first job'))).toBe(false);
    }
  });

  it('still closes with both questions when every wording of them has been asked', () => {
    const closers = SEED_BANK.filter((r) => r.category === 'Next steps').map((r) => fillTemplate(r.question, PRIYA));
    const list = generateQuestions(input({ asked: closers, meetingNumber: 2 }));
    const [who, help] = inTime(list).slice(-2);
    expect(closers).not.toContain(who.text);
    expect(closers).not.toContain(help.text);
    expect([who.closing, help.closing]).toEqual(['referral', 'reciprocity']);
  });
});

describe('a bank the user has edited', () => {
  const bad = [
    row('Career path', 'Do you like working at {company}?'),
    row('Organisation and culture', 'What does {company} do?'),
    row('Advice', 'What would you tell a {role} like me?'),
    row('Careers', 'What is the best thing about your work?'),
    row('Day to day', '   '),
    row('Next steps', 'Can you introduce me to someone else?'),
  ];

  it('skips yes/no, web-search, broken and uncategorised rows, however high their priority', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const texts = generateQuestions(input({ bank: [...bad, ...SEED_BANK], seed })).questions.map((q) => q.text);
      expect(texts.filter((t) => /working at Contoso\?|What does Contoso do|\{role\}|best thing about your work|introduce me/.test(t))).toEqual([]);
    }
  });

  it('uses a user\'s own closing questions from the Next steps rows', () => {
    const bank = [
      ...SEED_BANK.filter((r) => r.category !== 'Next steps'),
      row('Next steps', 'Who else in {industry} should I get to know?'),
      row('Next steps', 'What could I do for you in return for your time?'),
    ];
    const list = generateQuestions(input({ bank }));
    expect(inTime(list).slice(-2).map((q) => q.text)).toEqual([
      'Who else in healthcare technology should I get to know?',
      'What could I do for you in return for your time?',
    ]);
  });

  it('returns what a small bank has, says how many short it is, and still closes with both questions', () => {
    const bank = [
      row('Career path', 'What drew you to {industry}?'),
      row('Advice', 'What do you wish you had known at the start?'),
      row('Advice', 'How would you approach my search if you were me?'),
      row('Advice', 'Which mistakes should I avoid early on?', { goals: 'Job search' }),
    ];
    const list = generateQuestions(input({ bank, minutes: 20 }));
    expect(list.questions.map((q) => q.category)).toEqual(['Career path', 'Advice', 'Advice', 'Next steps', 'Next steps']);
    expect(list.shortBy).toBe(4);
    expect(list.fits).toBe(5);
    expect(list.questions.every((q) => q.fitsInTime)).toBe(true);
  });

  it('never uses one category more than twice, even when the bank has nothing else', () => {
    const bank = Array.from({ length: 6 }, (_, i) => row('Advice', `What is the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][i]} lesson you would pass on?`));
    const list = generateQuestions(input({ bank, minutes: 15 }));
    expect(list.questions.filter((q) => q.category === 'Advice')).toHaveLength(2);
    expect(list.questions).toHaveLength(4);
    expect(list.shortBy).toBe(4);
  });

  it('gives the two closing questions even from an empty bank', () => {
    const list = generateQuestions(input({ bank: [] }));
    expect(list.questions.map((q) => q.closing)).toEqual(['referral', 'reciprocity']);
    for (const q of list.questions) expect(checkQuestion(q.text)).toEqual([]);
    expect(list.shortBy).toBe(8);
  });
});

describe('spares', () => {
  it.each(MINUTES)('come after every question that fits, the closing questions included (%i minutes)', (minutes) => {
    for (let seed = 1; seed <= 20; seed++) {
      const list = generateQuestions(input({ minutes, seed }));
      const marks = list.questions.map((q) => q.fitsInTime);
      const firstSpare = marks.indexOf(false);
      if (firstSpare >= 0) expect(marks.slice(firstSpare).every((m) => !m)).toBe(true);
      expect(inTime(list).slice(-2).map((q) => q.closing)).toEqual(['referral', 'reciprocity']);
    }
  });
});
