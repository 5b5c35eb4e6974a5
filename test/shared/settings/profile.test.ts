// The Settings profile: what the form accepts, what a stored value falls back to, what a draft lacks.
import {
  DEFAULT_PROFILE,
  coerceProfile,
  missingProfileFields,
  validateProfile,
  type Profile,
} from '../../../src/shared/settings/profile';

const complete: Profile = {
  name: 'Ana Silva',
  school: 'Northfield University',
  areaOfStudy: 'Economics',
  graduationYear: '2027',
  currentStatus: 'Career exploration',
  introduction: 'I am curious how product teams decide what to build.',
};

function errorsOf(input: unknown) {
  const r = validateProfile(input);
  if (r.ok) throw new Error(`expected errors, got ${JSON.stringify(r.profile)}`);
  return r.errors;
}

function profileOf(input: unknown): Profile {
  const r = validateProfile(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.profile;
}

describe('validateProfile', () => {
  it('accepts a complete profile unchanged', () => {
    expect(profileOf(complete)).toEqual(complete);
  });

  it('accepts an empty form: every field may wait, the drafts say what they miss', () => {
    expect(profileOf({})).toEqual(DEFAULT_PROFILE);
  });

  it('trims and collapses whitespace, including line breaks in the introduction', () => {
    const p = profileOf({ ...complete, name: '  Ana   Silva ', introduction: ' Line one.\n\nLine  two. ' });
    expect(p.name).toBe('Ana Silva');
    expect(p.introduction).toBe('Line one. Line two.');
  });

  it('reads the graduation year from a number input', () => {
    expect(profileOf({ ...complete, graduationYear: 2026 }).graduationYear).toBe('2026');
  });

  it.each(['27', '20270', '1949', '2101', 'next year', '2027.5'])('rejects the graduation year %p', (year) => {
    expect(errorsOf({ ...complete, graduationYear: year }).graduationYear).toMatch(/4-digit year from 1950 to 2100/);
  });

  it.each(['1950', '2100'])('accepts the boundary year %p', (year) => {
    expect(profileOf({ ...complete, graduationYear: year }).graduationYear).toBe(year);
  });

  it('normalises the current status whatever its case or hyphens', () => {
    expect(profileOf({ ...complete, currentStatus: 'job-search' }).currentStatus).toBe('Job search');
    expect(profileOf({ ...complete, currentStatus: ' INDUSTRY research' }).currentStatus).toBe('Industry research');
  });

  it('rejects a current status outside the three', () => {
    expect(errorsOf({ ...complete, currentStatus: 'Internship hunting' }).currentStatus).toMatch(
      /Career exploration, Industry research, Job search/,
    );
  });

  it('bounds the introduction at 300 characters, counting an emoji as one', () => {
    expect(profileOf({ ...complete, introduction: '😀'.repeat(300) }).introduction).toHaveLength(600);
    expect(errorsOf({ ...complete, introduction: 'a'.repeat(301) }).introduction).toMatch(/at most 300 characters \(now 301\)/);
  });

  it('bounds the name and the school', () => {
    const errors = errorsOf({ ...complete, name: 'n'.repeat(81), school: 's'.repeat(121) });
    expect(Object.keys(errors).sort()).toEqual(['name', 'school']);
  });

  it('checks an optional email and keeps it only when given', () => {
    expect(profileOf({ ...complete, email: ' ana@northfield.edu ' }).email).toBe('ana@northfield.edu');
    expect(profileOf({ ...complete, email: '' })).not.toHaveProperty('email');
    expect(errorsOf({ ...complete, email: 'ana@@northfield' }).email).toMatch(/not an address/);
  });

  it('reports every bad field at once, one message each', () => {
    const errors = errorsOf({ name: { first: 'Ana' }, graduationYear: 'soon', currentStatus: 'x' });
    expect(Object.keys(errors).sort()).toEqual(['currentStatus', 'graduationYear', 'name']);
    expect(errors.name).toBe('Name must be text');
  });

  it('ignores keys it does not know', () => {
    expect(profileOf({ ...complete, favouriteColour: 'blue' })).toEqual(complete);
  });

  it('refuses something that is not a form at all', () => {
    expect(validateProfile('Ana').ok).toBe(false);
    expect(validateProfile(null).ok).toBe(false);
  });
});

describe('coerceProfile', () => {
  it('keeps the good fields of a damaged stored profile and defaults the rest', () => {
    expect(coerceProfile({ ...complete, graduationYear: 'abc', currentStatus: 42 })).toEqual({
      ...complete,
      graduationYear: '',
      currentStatus: '',
    });
  });

  it('gives the defaults for nothing stored', () => {
    expect(coerceProfile(undefined)).toEqual(DEFAULT_PROFILE);
  });
});

describe('missingProfileFields', () => {
  it('is empty for a complete profile: the introduction and email are extras', () => {
    expect(missingProfileFields({ ...complete, introduction: '' })).toEqual([]);
  });

  it('lists every field a draft needs, in form order, for the defaults', () => {
    expect(missingProfileFields(DEFAULT_PROFILE)).toEqual(['name', 'school', 'areaOfStudy', 'graduationYear', 'currentStatus']);
  });

  it('counts blank text and an unusable year as missing', () => {
    expect(missingProfileFields({ ...complete, school: '   ', graduationYear: '27' })).toEqual(['school', 'graduationYear']);
  });
});
