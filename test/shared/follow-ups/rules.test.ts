import { DEFAULT_RULES, RULE_LIMITS, rulesOrDefault, validateRules } from '../../../src/shared/follow-ups/rules';

describe('DEFAULT_RULES', () => {
  it('holds the defaults of PRODUCT.md', () => {
    expect(DEFAULT_RULES).toEqual({ thankYouDays: 1, noReplyDays: 7, keepInTouchDays: 90, referralLoopDays: 2, prepareDays: 2 });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
  });
});

describe('validateRules (the Settings form)', () => {
  it('accepts the defaults', () => {
    expect(validateRules({ ...DEFAULT_RULES })).toEqual({ ok: true, rules: DEFAULT_RULES });
  });

  it('accepts the digits a form field sends, spaces and all', () => {
    expect(validateRules({ thankYouDays: '2', noReplyDays: ' 10 ', keepInTouchDays: '60', referralLoopDays: '0', prepareDays: '3' })).toEqual({
      ok: true,
      rules: { thankYouDays: 2, noReplyDays: 10, keepInTouchDays: 60, referralLoopDays: 0, prepareDays: 3 },
    });
  });

  it('fills a rule the input leaves out with its default, so older saved settings still load', () => {
    expect(validateRules({ noReplyDays: 14 })).toEqual({ ok: true, rules: { ...DEFAULT_RULES, noReplyDays: 14 } });
  });

  it.each([
    ['a fraction', 'noReplyDays', 1.5],
    ['a negative number', 'thankYouDays', -1],
    ['words', 'prepareDays', 'two'],
    ['an empty field', 'keepInTouchDays', ''],
    ['a number with a unit', 'noReplyDays', '7 days'],
    ['a boolean', 'referralLoopDays', true],
    ['Infinity', 'keepInTouchDays', Infinity],
  ])('rejects %s', (_what, key, value) => {
    const result = validateRules({ ...DEFAULT_RULES, [key]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([key]);
  });

  it('keeps each rule within sensible bounds, inclusive', () => {
    for (const [key, { min, max }] of Object.entries(RULE_LIMITS)) {
      expect(validateRules({ [key]: min }).ok).toBe(true);
      expect(validateRules({ [key]: max }).ok).toBe(true);
      expect(validateRules({ [key]: max + 1 }).ok).toBe(false);
      if (min > 0) expect(validateRules({ [key]: min - 1 }).ok).toBe(false);
    }
    expect(RULE_LIMITS.keepInTouchDays.max).toBe(365);
    expect(RULE_LIMITS.noReplyDays.min).toBe(1);
  });

  it('reports every bad field at once, each with a message fit to show beside it', () => {
    const result = validateRules({ thankYouDays: 30, noReplyDays: 0, keepInTouchDays: 90 });
    expect(result).toEqual({
      ok: false,
      errors: {
        thankYouDays: 'Thank-you note: enter a whole number of days from 0 to 14.',
        noReplyDays: 'Follow up after no reply: enter a whole number of days from 1 to 60.',
      },
    });
  });

  it.each([[null], [undefined], ['7'], [[1, 7, 90, 2, 2]]])('rejects %p as a whole', (input) => {
    expect(validateRules(input)).toEqual({ ok: false, errors: { form: 'Follow-up rules are missing.' } });
  });
});

describe('rulesOrDefault (stored settings)', () => {
  it('keeps the good values and puts the default in place of a bad one', () => {
    expect(rulesOrDefault({ thankYouDays: 3, noReplyDays: 'often', keepInTouchDays: 1000, prepareDays: '1' })).toEqual({
      ...DEFAULT_RULES,
      thankYouDays: 3,
      prepareDays: 1,
    });
  });

  it('gives the defaults when nothing is stored', () => {
    expect(rulesOrDefault(null)).toEqual(DEFAULT_RULES);
    expect(rulesOrDefault('{"thankYouDays":3}')).toEqual(DEFAULT_RULES);
  });
});
