// The student's profile (Settings): what every draft says about the student, validated once here.
//
// API
//   GOALS, Goal                      the three current statuses (also the question lists' goals)
//   Profile, DEFAULT_PROFILE         every field a string; '' means not filled in
//   PROFILE_LIMITS, PROFILE_LABELS   form limits and field names fit to show
//   validateProfile(input: unknown)  -> { ok: true, profile } | { ok: false, errors }  (a form save)
//   coerceProfile(input: unknown)    -> Profile  (a stored value: bad fields fall back to defaults)
//   missingProfileFields(p)          -> the fields a draft needs that are empty

import { GOALS, type Goal } from '../schema';
export { GOALS, type Goal };

export interface Profile {
  name: string;
  school: string;
  areaOfStudy: string;
  /** Four digits, or '' when not given. */
  graduationYear: string;
  currentStatus: '' | Goal;
  /** One or two sentences in the student's own words. */
  introduction: string;
  /** Optional: added under the signature, for mail sent from another account. */
  email?: string;
  /** Optional: the 30-second introduction said at the start of a meeting (about 75 words); interview mode opens with it. */
  pitch?: string;
}

export const DEFAULT_PROFILE: Profile = {
  name: '',
  school: '',
  areaOfStudy: '',
  graduationYear: '',
  currentStatus: '',
  introduction: '',
};

export const PROFILE_LIMITS = {
  name: 80,
  school: 120,
  areaOfStudy: 100,
  graduationYear: 4,
  introduction: 300,
  email: 254,
  pitch: 700,
} as const;

export const GRADUATION_YEAR_RANGE = { min: 1950, max: 2100 } as const;

export const PROFILE_LABELS: Record<keyof Profile, string> = {
  name: 'Name',
  school: 'School',
  areaOfStudy: 'Area of study',
  graduationYear: 'Graduation year',
  currentStatus: 'Current status',
  introduction: 'Introduction',
  email: 'Email',
  pitch: '30-second introduction',
};

const FIELDS: Array<keyof Profile> = ['name', 'school', 'areaOfStudy', 'graduationYear', 'currentStatus', 'introduction', 'email', 'pitch'];

/** What a draft cannot say without: the introduction and email are extras. */
const DRAFT_NEEDS: Array<keyof Profile> = ['name', 'school', 'areaOfStudy', 'graduationYear', 'currentStatus'];

export type ProfileResult =
  | { ok: true; profile: Profile }
  | { ok: false; errors: Partial<Record<keyof Profile, string>> };

/** Trimmed, control characters dropped, runs of whitespace (line breaks too) made one space. */
function clean(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function codePoints(s: string): number {
  return Array.from(s).length;
}

export function goalFrom(text: string): Goal | null {
  const k = text.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
  return GOALS.find((g) => g.toLowerCase() === k) ?? null;
}

export function isGraduationYear(s: string): boolean {
  if (!/^\d{4}$/.test(s)) return false;
  const y = Number(s);
  return y >= GRADUATION_YEAR_RANGE.min && y <= GRADUATION_YEAR_RANGE.max;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** One field: its cleaned value, or the message to show beside it. */
function checkField(key: keyof Profile, raw: unknown): { value: string } | { error: string } {
  const label = PROFILE_LABELS[key];
  if (raw === undefined || raw === null) return { value: '' };
  if (typeof raw === 'number' && Number.isFinite(raw)) raw = String(raw);
  if (typeof raw !== 'string') return { error: `${label} must be text` };
  const value = clean(raw);
  if (!value) return { value };
  const limit = PROFILE_LIMITS[key as keyof typeof PROFILE_LIMITS];
  if (key === 'graduationYear') {
    return isGraduationYear(value)
      ? { value }
      : { error: `Graduation year must be a 4-digit year from ${GRADUATION_YEAR_RANGE.min} to ${GRADUATION_YEAR_RANGE.max}` };
  }
  if (key === 'currentStatus') {
    const goal = goalFrom(value);
    return goal ? { value: goal } : { error: `Current status must be one of: ${GOALS.join(', ')}` };
  }
  if (limit !== undefined && codePoints(value) > limit) {
    return { error: `${label} is too long: at most ${limit} characters (now ${codePoints(value)})` };
  }
  if (key === 'email' && !EMAIL.test(value)) return { error: `Email "${value}" is not an address` };
  return { value };
}

function asRecord(input: unknown): Record<string, unknown> | null {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
}

function assemble(values: Partial<Record<keyof Profile, string>>): Profile {
  const profile: Profile = {
    name: values.name ?? '',
    school: values.school ?? '',
    areaOfStudy: values.areaOfStudy ?? '',
    graduationYear: values.graduationYear ?? '',
    currentStatus: (values.currentStatus as Goal | undefined) ?? '',
    introduction: values.introduction ?? '',
  };
  // Left out when empty so a saved profile round-trips through JSON unchanged.
  if (values.email) profile.email = values.email;
  if (values.pitch) profile.pitch = values.pitch;
  return profile;
}

/**
 * Validates a profile from the Settings form. Every field may be empty (the
 * drafts say what they miss); what is given must be well formed. Unknown keys
 * are ignored. Nothing is saved when any field fails.
 */
export function validateProfile(input: unknown): ProfileResult {
  const rec = asRecord(input);
  if (!rec) return { ok: false, errors: { name: 'The profile form sent nothing readable' } };
  const values: Partial<Record<keyof Profile, string>> = {};
  const errors: Partial<Record<keyof Profile, string>> = {};
  for (const key of FIELDS) {
    const r = checkField(key, rec[key]);
    if ('error' in r) errors[key] = r.error;
    else values[key] = r.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, profile: assemble(values) };
}

/**
 * Reads a stored profile (UserProperties JSON, maybe from an older version or
 * damaged): each valid field is kept, each invalid one falls back to its
 * default, so one bad field never loses the rest.
 */
export function coerceProfile(input: unknown): Profile {
  const rec = asRecord(input) ?? {};
  const values: Partial<Record<keyof Profile, string>> = {};
  for (const key of FIELDS) {
    const r = checkField(key, rec[key]);
    if ('value' in r) values[key] = r.value;
  }
  return assemble(values);
}

/** The fields an outreach draft needs that this profile lacks, in form order. */
export function missingProfileFields(p: Profile): Array<keyof Profile> {
  return DRAFT_NEEDS.filter((key) => {
    const v = (p[key] ?? '').trim();
    if (key === 'graduationYear') return !isGraduationYear(v);
    if (key === 'currentStatus') return !goalFrom(v);
    return !v;
  });
}
