// The follow-up rule numbers a student can change in Settings, their defaults
// (PRODUCT.md "Follow-up rules") and the one validator the form and the stored
// settings both go through, so a bad number never reaches the daily check.

/** Numbers of calendar days. */
export interface FollowUpRules {
  /** Send thank-you note this many days after a meeting. */
  thankYouDays: number;
  /** Follow up this many days after the last contact while Status is Contacted or Follow-up sent. */
  noReplyDays: number;
  /** Check in this many days after the last contact while Status is Thanked or Keeping in touch. */
  keepInTouchDays: number;
  /** Tell the referrer this many days after the referred person's first meeting. */
  referralLoopDays: number;
  /** Prepare questions when a meeting is today or within this many days. */
  prepareDays: number;
}

export type RuleKey = keyof FollowUpRules;

export const DEFAULT_RULES: Readonly<FollowUpRules> = Object.freeze({
  thankYouDays: 1,
  noReplyDays: 7,
  keepInTouchDays: 90,
  referralLoopDays: 2,
  prepareDays: 2,
});

export interface RuleLimit {
  label: string;
  min: number;
  max: number;
}

// Bounds a career counsellor would accept: a thank-you two weeks late is no
// longer a thank-you, a no-reply nudge on the day of contact is pestering, and
// a keep-in-touch interval beyond a year is a lost contact.
export const RULE_LIMITS: Readonly<Record<RuleKey, RuleLimit>> = Object.freeze({
  thankYouDays: { label: 'Thank-you note', min: 0, max: 14 },
  noReplyDays: { label: 'Follow up after no reply', min: 1, max: 60 },
  keepInTouchDays: { label: 'Keep in touch', min: 7, max: 365 },
  referralLoopDays: { label: 'Tell the referrer', min: 0, max: 30 },
  prepareDays: { label: 'Prepare questions', min: 0, max: 14 },
});

export const RULE_KEYS: readonly RuleKey[] = [
  'thankYouDays',
  'noReplyDays',
  'keepInTouchDays',
  'referralLoopDays',
  'prepareDays',
];

export type RulesValidation =
  | { ok: true; rules: FollowUpRules }
  | { ok: false; errors: Record<string, string> };

function readWholeDays(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value)) return Number(value);
  return null;
}

/**
 * Checks the Settings form (or stored settings). Each value is a whole number of
 * days, as a number or as the digits a form field gives; a missing key takes its
 * default so settings saved before a rule existed still load. Errors are keyed
 * by rule key (or `form` when the input is not an object), worded for the user.
 */
export function validateRules(input: unknown): RulesValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { form: 'Follow-up rules are missing.' } };
  }
  const source = input as Record<string, unknown>;
  const rules = { ...DEFAULT_RULES };
  const errors: Record<string, string> = {};
  for (const key of RULE_KEYS) {
    const raw = source[key];
    if (raw === undefined || raw === null) continue;
    const { label, min, max } = RULE_LIMITS[key];
    const days = readWholeDays(raw);
    if (days === null || days < min || days > max) {
      errors[key] = `${label}: enter a whole number of days from ${min} to ${max}.`;
    } else {
      rules[key] = days;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, rules };
}

/** Stored settings as rules: any value that fails validation falls back to its default. */
export function rulesOrDefault(stored: unknown): FollowUpRules {
  const rules = { ...DEFAULT_RULES };
  if (typeof stored !== 'object' || stored === null) return rules;
  for (const key of RULE_KEYS) {
    const checked = validateRules({ [key]: (stored as Record<string, unknown>)[key] });
    if (checked.ok) rules[key] = checked.rules[key];
  }
  return rules;
}
