// The 30-second introduction a student says when a meeting starts, drafted
// from the profile for them to make their own: who they are, what they study,
// what they are exploring, and why this conversation (about 75 words: thirty
// seconds at a speaking pace of about 150 words a minute).
import type { Profile } from './profile';

export const PITCH_WORDS = 75;

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** Roughly how long it takes to say, at 150 words a minute. */
export function secondsToSay(text: string): number {
  return Math.round((wordCount(text) / 150) * 60);
}

const AIM: Record<string, string> = {
  'Career exploration': "I'm exploring which career paths fit me, and I want to learn how people got where they are and what their work is really like.",
  'Industry research': "I'm researching the industry from the inside: how it is changing, which roles matter most, and what newcomers should understand.",
  'Job search': "I'm preparing my job search, and I want to understand the roles, the skills that make a difference, and what a strong first year looks like.",
};

/** A draft of about 75 words from the profile; '' parts are left out, so a thin profile gives a shorter draft. */
export function draftPitch(p: Profile): string {
  const name = p.name.trim();
  const study = p.areaOfStudy.trim();
  const school = p.school.trim();
  const year = p.graduationYear.trim();
  const who = [
    name ? `Hi, I'm ${name}` : 'Hi',
    study || school ? `, ${study ? `${/^[aeiou]/i.test(study) ? 'an' : 'a'} ${study} student` : 'a student'}${school ? ` at ${school}` : ''}${year ? ` graduating in ${year}` : ''}` : '',
  ].join('');
  const parts = [
    `${who}. Thank you for making the time to talk with me.`,
    study ? `What I enjoy most about ${study} is using it on real problems.` : '',
    AIM[p.currentStatus] ?? AIM['Career exploration'],
    "Your path caught my attention, so I'd love to hear how you got here.",
  ];
  return parts.filter(Boolean).join(' ');
}
