import { BANK_PRIORITY, BANK_STAGE, QUESTION_CATEGORY } from '../../../src/shared/schema';
import { GOALS, SEED_BANK, anyFilledFrom, fillTemplate, parseCategory, parseGoals, parsePriority, parseStage } from '../../../src/shared/questions/bank';
import { checkBank, closingKind } from '../../../src/shared/questions/check';

const PRIYA = { name: 'Priya Shah', title: 'UX Researcher', company: 'Contoso', industry: 'healthcare technology' };
const UNKNOWN = { name: 'Sam', title: '', company: '', industry: '' };
const FULL = { title: 'Data Analyst', company: 'Northwind Traders', industry: 'retail' };
const EMPTY = { title: '', company: '', industry: '' };

describe('SEED_BANK', () => {
  it('holds at least 70 templates, at least 5 in every category', () => {
    expect(SEED_BANK.length).toBeGreaterThanOrEqual(70);
    for (const category of QUESTION_CATEGORY) {
      expect(SEED_BANK.filter((r) => r.category === category).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('writes every cell as the sheet drop-downs and the Goals column spell it', () => {
    for (const row of SEED_BANK) {
      expect(QUESTION_CATEGORY).toContain(row.category);
      expect(BANK_PRIORITY).toContain(row.priority);
      expect(BANK_STAGE).toContain(row.stage);
      const goals = row.goals.split(', ');
      expect(goals.length).toBeGreaterThan(0);
      for (const g of goals) expect(GOALS).toContain(g);
    }
  });

  it('passes its own bank check: open-ended, not web-searchable, known placeholders, no duplicates', () => {
    expect(checkBank(SEED_BANK)).toEqual([]);
  });

  it('has deeper follow-up questions in most categories', () => {
    const withFollowUp = QUESTION_CATEGORY.filter((c) =>
      SEED_BANK.some((r) => r.category === c && r.stage === 'Follow-up'),
    );
    expect(withFollowUp.length).toBeGreaterThanOrEqual(7);
  });

  it('asks who else to talk to and what the student can do for them, for every goal and meeting', () => {
    const nextSteps = SEED_BANK.filter((r) => r.category === 'Next steps');
    for (const goal of GOALS) {
      for (const stages of [['First meeting', 'Any'], ['Follow-up', 'Any']]) {
        const rows = nextSteps.filter((r) => r.goals.includes(goal) && stages.includes(r.stage));
        expect(rows.some((r) => closingKind(r.question) === 'referral')).toBe(true);
        expect(rows.some((r) => closingKind(r.question) === 'reciprocity')).toBe(true);
      }
    }
    // Every Next steps row is one of the two closers, so none is wasted.
    for (const r of nextSteps) expect(closingKind(r.question)).not.toBeNull();
  });

  it('gives every goal enough first-meeting questions for a 30-minute list in at least 5 categories', () => {
    for (const goal of GOALS) {
      const rows = SEED_BANK.filter(
        (r) => r.category !== 'Next steps' && r.goals.includes(goal) && r.stage !== 'Follow-up',
      );
      expect(rows.length).toBeGreaterThanOrEqual(16);
      expect(new Set(rows.map((r) => r.category)).size).toBeGreaterThanOrEqual(7);
    }
  });

  describe.each([
    ['a full contact', FULL],
    ['a contact with no title, company or industry', EMPTY],
    ['a contact whose cells say n/a', { title: 'n/a', company: '-', industry: 'N/A' }],
  ])('every template filled for %s', (_label, contact) => {
    it.each(SEED_BANK.map((r) => [r.question]))('%s', (template) => {
      const text = fillTemplate(template, contact);
      expect(text).not.toMatch(/[{}[\]]/);
      expect(text).not.toMatch(/\s{2}|\s[,.?]/);
      expect(text).not.toMatch(/\b(a|an|the) your\b/i);
      expect(text).toMatch(/^[A-Z].*\?$/);
    });
  });

  it('personalises: a full contact\'s title, company or industry appears wherever the template names it', () => {
    for (const row of SEED_BANK) {
      const text = fillTemplate(row.question, FULL);
      if (row.question.includes('{company}')) expect(text).toContain('Northwind Traders');
      if (row.question.includes('{industry}')) expect(text).toContain('retail');
      if (row.question.includes('{title}')) expect(text).toContain('Data Analyst');
    }
  });
});

describe('reading a bank row a user edited', () => {
  it('reads goals forgivingly, and a blank Goals cell as every goal', () => {
    expect(parseGoals('')).toEqual([...GOALS]);
    expect(parseGoals('job search; career')).toEqual(['Job search', 'Career exploration']);
    expect(parseGoals('Industry Research, industry research')).toEqual(['Industry research']);
    expect(parseGoals('networking')).toEqual([]);
  });

  it('reads a blank priority as Medium and a blank stage as Any; rejects other words', () => {
    expect(parsePriority('')).toBe('Medium');
    expect(parsePriority(' high ')).toBe('High');
    expect(parsePriority('urgent')).toBeNull();
    expect(parseStage('')).toBe('Any');
    expect(parseStage('follow up')).toBe('Follow-up');
    expect(parseStage('first  meeting')).toBe('First meeting');
    expect(parseStage('later')).toBeNull();
  });

  it('matches a category whatever its case and spacing', () => {
    expect(parseCategory('  career PATH ')).toBe('Career path');
    expect(parseCategory('Careers')).toBeNull();
  });
});

describe('fillTemplate', () => {
  it('puts in the contact\'s title, company and industry, with the right article', () => {
    expect(fillTemplate('How are new technologies changing the work[ of a {title}] at {company} in {industry}?', PRIYA)).toBe(
      'How are new technologies changing the work of a UX Researcher at Contoso in healthcare technology?',
    );
    const asA = (title: string) => fillTemplate('What is it like as a {title}?', { ...PRIYA, title });
    expect(['Engineer', 'SVP of Sales', 'University Liaison', 'Office Manager', 'Urban Planner'].map(asA)).toEqual([
      'What is it like as an Engineer?',
      'What is it like as an SVP of Sales?',
      'What is it like as a University Liaison?',
      'What is it like as an Office Manager?',
      'What is it like as an Urban Planner?',
    ]);
  });

  it('drops an optional part whose field is missing, and words a bare one generally', () => {
    expect(fillTemplate('What does a typical week look like for you[ as a {title}]?', UNKNOWN)).toBe(
      'What does a typical week look like for you?',
    );
    expect(fillTemplate('What drew you to {industry} and to {company}?', UNKNOWN)).toBe(
      'What drew you to your industry and to your organisation?',
    );
    expect(fillTemplate('How did a {title} at {company} start?', UNKNOWN)).toBe('How did your role at your organisation start?');
    expect(fillTemplate('{company} is known for what, in your view?', UNKNOWN)).toBe('Your organisation is known for what, in your view?');
  });

  it('treats "n/a", "-" and "unknown" in a cell as missing', () => {
    expect(fillTemplate('What brought you to {company}?', { ...PRIYA, company: 'N/A' })).toBe('What brought you to your organisation?');
    expect(fillTemplate('Why {industry}?', { ...PRIYA, industry: ' - ' })).toBe('Why your industry?');
  });

  it('keeps brackets that hold no placeholder, and a value\'s own braces never become a placeholder', () => {
    expect(fillTemplate('What is [really] hard?', PRIYA)).toBe('What is [really] hard?');
    expect(fillTemplate('What drew you to {company}?', { ...PRIYA, company: '{Acme}' })).toBe('What drew you to Acme?');
  });
});

describe('anyFilledFrom', () => {
  const template = 'What does a typical week look like for you[ as a {title}] at {company}?';

  it('knows a template however it was filled: as written, for another contact, or with general wording', () => {
    expect(anyFilledFrom(template, ['Something else?', template])).toBe(true);
    expect(anyFilledFrom(template, ['What does a typical week look like for you as an Intern at Fabrikam?'])).toBe(true);
    expect(anyFilledFrom(template, ['what does a typical week look like for you at your organisation'])).toBe(true);
    expect(anyFilledFrom(template, ['What does a typical month look like for you at Fabrikam?'])).toBe(false);
  });

  it('compares a template too short to tell apart only by its exact wordings', () => {
    expect(anyFilledFrom('Why {industry}?', ['Why retail?'])).toBe(false);
    expect(anyFilledFrom('Why {industry}?', ['Why your industry?'])).toBe(true);
  });
});
