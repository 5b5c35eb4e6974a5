import { draftPitch, secondsToSay, wordCount, PITCH_WORDS } from '../../../src/shared/settings/pitch';
import { validateProfile } from '../../../src/shared/settings/profile';
import { GOALS } from '../../../src/shared/schema';

const sam = { name: 'Sam Lee', school: 'State University', areaOfStudy: 'statistics', graduationYear: '2027', currentStatus: 'Career exploration' as const, introduction: '' };

describe('the 30-second introduction', () => {
  it.each(GOALS)('drafts about 75 words from the profile, naming the student, their study and their aim (%s)', (goal) => {
    const draft = draftPitch({ ...sam, currentStatus: goal });
    expect(wordCount(draft)).toBeGreaterThanOrEqual(PITCH_WORDS - 12);
    expect(wordCount(draft)).toBeLessThanOrEqual(PITCH_WORDS + 12);
    expect(secondsToSay(draft)).toBeGreaterThanOrEqual(25);
    expect(secondsToSay(draft)).toBeLessThanOrEqual(35);
    expect(draft).toMatch(/^Hi, I'm Sam Lee, a statistics student at State University graduating in 2027\./);
    expect(validateProfile({ ...sam, currentStatus: goal, pitch: draft }).ok).toBe(true);
  });

  it('leaves out what the profile lacks rather than writing a gap', () => {
    const draft = draftPitch({ name: '', school: '', areaOfStudy: '', graduationYear: '', currentStatus: '', introduction: '' });
    expect(draft).toMatch(/^Hi\. Thank you/);
    expect(draft).not.toMatch(/undefined|\s,|a {2}| student at/);
  });

  it('counts words as a student would', () => {
    expect(wordCount("I'm a first-year student, class of 2027!")).toBe(7);
    expect(wordCount('  ')).toBe(0);
  });
});
