import type { BankRow } from '../../../src/shared/schema';
import { placeholdersIn } from '../../../src/shared/questions/bank';
import { checkBank, checkQuestion, closingKind } from '../../../src/shared/questions/check';

const kinds = (text: string) => checkQuestion(text).map((p) => p.kind);
const suggestion = (text: string, kind: string) => checkQuestion(text).find((p) => p.kind === kind)?.suggestion;

function bankRow(question: string, extra: Partial<BankRow> = {}): BankRow {
  return { category: 'Advice', question, priority: 'High', goals: 'Career exploration', stage: 'Any', ...extra };
}

describe('checkQuestion: yes/no questions', () => {
  it.each([
    ['Do you enjoy working at {company}?', 'What do you enjoy most about working at {company}?'],
    ['Did you like your first job?', 'What did you enjoy most about your first job?'],
    ['Is there anything I should read before applying?', 'What should I read before applying?'],
    ['Are there any skills I should learn?', 'What skills should I learn?'],
    ['Is there anyone else I should talk to?', 'Who else should I talk to?'],
    ['Are there opportunities to travel?', 'What opportunities to travel are there?'],
    ['Is there a lot of travel?', 'How much travel is there?'],
    ['Do you have any advice for someone starting out?', 'What advice would you offer someone starting out?'],
    ['Any tips on networking in {industry}?', 'What tips would you offer on networking in {industry}?'],
    ['Do you think AI will replace analysts?', 'What are your thoughts on whether AI will replace analysts?'],
    ['Is it hard to get hired?', 'How hard is it to get hired?'],
    ['Is the culture collaborative?', 'How collaborative is the culture?'],
    ['Would you recommend this career?', 'What would you tell someone considering this career?'],
    ['Should I get an MBA?', 'How would you think about whether I should get an MBA?'],
    ['Has {company} changed since you joined?', 'In what ways has {company} changed since you joined?'],
    ['Have you ever worked abroad?', 'In what situations have you worked abroad?'],
    ['Would you like to manage people one day?', 'What would make you want to manage people one day?'],
    ['Isn\'t it stressful?', 'How stressful is it?'],
    ['So, do you travel a lot?', 'In what ways do you travel a lot?'],
    ['Tell me about your path. Was it typical?', 'Tell me about your path. In what ways was it typical?'],
  ])('flags "%s" and suggests "%s"', (question, rewrite) => {
    expect(kinds(question)).toContain('yes-no');
    expect(suggestion(question, 'yes-no')).toBe(rewrite);
  });

  it.each([
    'Does {company} offer rotations?',
    'Was the move worth it?',
    'Can I shadow you for a day?',
    'Could you see yourself staying in {industry}?',
    'Will remote work last?',
    'Am I too late to switch?',
    'May I mention your name?',
    'Any regrets?',
    'Do you use Python daily?',
    'Were you nervous at first?',
  ])('flags "%s" and its suggested rewrite is itself open', (question) => {
    expect(kinds(question)).toContain('yes-no');
    const rewrite = suggestion(question, 'yes-no')!;
    expect(rewrite).toMatch(/^[A-Z].*\?$/);
    expect(kinds(rewrite)).not.toContain('yes-no');
  });

  it.each([
    'How do you spend a typical day?',
    'What do you enjoy most about {company}?',
    'Why did you leave consulting?',
    'Which skills matter most?',
    'Where do you see {industry} going?',
    'Could you walk me through how you got here?',
    'Can you tell me about a project you are proud of?',
    'Tell me about your first year.',
    'Who else should I talk to?',
  ])('does not flag the open question "%s"', (question) => {
    expect(checkQuestion(question)).toEqual([]);
  });
});

describe('checkQuestion: questions a web search answers', () => {
  it.each([
    'What does {company} do?',
    'What does Acme Corp do?',
    'When was {company} founded?',
    'How many employees does {company} have?',
    'How many people work at the company?',
    'Where is the company headquartered?',
    'Where is {company} based?',
    'Who is the CEO of {company}?',
    'Who founded {company}?',
    'What products does {company} sell?',
    'What is {company}\'s mission?',
    'What is the mission of {company}?',
    'What is the annual revenue of the company?',
    'Who are {company}\'s main competitors?',
    'What industry is {company} in?',
  ])('flags "%s" with an open question only this person can answer', (question) => {
    expect(kinds(question)).toContain('web-search');
    const rewrite = suggestion(question, 'web-search')!;
    expect(checkQuestion(rewrite)).toEqual([]);
  });

  it('keeps {company} in the suggestion when the question used it, so the rewrite stays a template', () => {
    expect(suggestion('What does {company} do?', 'web-search')).toContain('{company}');
    expect(suggestion('What does Acme do?', 'web-search')).not.toMatch(/[{}]/);
  });

  it.each([
    'Where is your team based?',
    'How many people are on your team?',
    'When did you start at {company}?',
    'Which products are you working on?',
    'What does a typical week look like for you?',
    'What do you do on a typical day?',
    'How does {company} help new people learn?',
    'How does the CEO\'s direction show up in your work?',
  ])('does not flag the personal question "%s"', (question) => {
    expect(kinds(question)).not.toContain('web-search');
  });
});

describe('checkQuestion: placeholders and empty text', () => {
  it('knows {title}, {company}, {industry} in any case and spacing', () => {
    expect(placeholdersIn('As {Title} at { company } in {INDUSTRY}')).toEqual(['title', 'company', 'industry']);
    expect(checkQuestion('What led you to { Company }?')).toEqual([]);
  });

  it('flags a placeholder the add-on cannot fill and offers the one it meant', () => {
    const problems = checkQuestion('What is your day like as {role} at {employer}?');
    expect(problems.map((p) => p.kind)).toEqual(['placeholder', 'placeholder']);
    expect(problems[0].message).toContain('{role}');
    expect(problems[0].suggestion).toBe('What is your day like as {title} at {employer}?');
    expect(problems[1].suggestion).toBe('What is your day like as {role} at {company}?');
    expect(checkQuestion('What do you like about {name}?')[0]).toMatchObject({ kind: 'placeholder', suggestion: undefined });
  });

  it('flags a stray brace', () => {
    expect(kinds('What is it like at {company?')).toEqual(['placeholder']);
    expect(kinds('What is it like at company}?')).toEqual(['placeholder']);
  });

  it('reads an optional [part] as plain text', () => {
    expect(checkQuestion('What does a typical week look like for you[ as a {title}]?')).toEqual([]);
  });

  it.each(['', '   ', '?', '{company}?'])('flags the empty question %j', (text) => {
    expect(kinds(text)).toEqual(['empty']);
  });
});

describe('closingKind', () => {
  it.each([
    ['Who else would you recommend I speak with?', 'referral'],
    ['Which people in {industry} would you suggest I connect with next?', 'referral'],
    ['Is there anyone else I should meet?', 'referral'],
    ['What can I do to be helpful to you in return?', 'reciprocity'],
    ['How can I help you or your team?', 'reciprocity'],
    ['As we stay in touch, what would be most helpful to you from me?', 'reciprocity'],
    ['How would you suggest I follow up?', null],
    ['What would you suggest I read next?', null],
  ])('%s -> %s', (text, kind) => {
    expect(closingKind(text)).toBe(kind);
  });
});

describe('checkBank', () => {
  it('reports each problem row by its index, with every problem it has, and skips good and blank rows', () => {
    const rows: BankRow[] = [
      bankRow('What advice would you give someone starting out?'),
      bankRow('Do you like {company}?'),
      bankRow('', { category: '', priority: '', goals: '', stage: '' }),
      bankRow('What does {company} do?', { category: 'Career paths', priority: 'Urgent', goals: 'Career, networking', stage: 'Later' }),
    ];
    const report = checkBank(rows);
    expect(report.map((r) => r.index)).toEqual([1, 3]);
    expect(report[0].problems.map((p) => p.kind)).toEqual(['yes-no']);
    expect(report[0].problems[0].suggestion).toBe('What do you enjoy most about {company}?');
    expect(report[1].problems.map((p) => p.kind)).toEqual(['web-search', 'category', 'priority', 'stage', 'goals']);
    expect(report[1].problems.find((p) => p.kind === 'goals')!.message).toContain('"Career", "networking"');
  });

  it('accepts blank Priority, Goals and Stage cells (they mean Medium, every goal, Any)', () => {
    expect(checkBank([bankRow('What surprised you most?', { priority: '', goals: '', stage: '' })])).toEqual([]);
  });

  it('notes a Next steps row the generator cannot use as a closing question', () => {
    const report = checkBank([
      bankRow('How would you suggest I follow up with you?', { category: 'Next steps' }),
      bankRow('Who else should I talk to?', { category: 'Next steps' }),
    ]);
    expect(report).toEqual([{ index: 0, problems: [expect.objectContaining({ kind: 'next-steps' })] }]);
  });

  it('flags the second copy of a question, whatever its punctuation and case', () => {
    const report = checkBank([bankRow('What surprised you most?'), bankRow('what surprised you most')]);
    expect(report).toEqual([{ index: 1, problems: [expect.objectContaining({ kind: 'duplicate' })] }]);
  });
});
