import { BANK_PRIORITY, BANK_STAGE, QUESTION_CATEGORY } from '../../src/shared/schema';
import { GOALS, SEED_BANK, parseCategory, parseGoals, parsePriority, parseStage } from '../../src/shared/question-bank';
import { checkBank, closingKind } from '../../src/shared/question-check';
import { fillTemplate } from '../../src/shared/questions';

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
