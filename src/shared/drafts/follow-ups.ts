// The messages the follow-up rules ask for, beside outreach and the thank-you:
// the polite follow-up after no reply (shorter than the first message, naming
// it and its date), the note telling a referrer the student met the person
// they suggested (naming that person and one thing learned), and the
// keep-in-touch check-in (progress since the last conversation, an optional
// article or event link). Each has a LinkedIn form within 300 characters.
//
// API
//   draftFollowUpMessage(input) -> { subject, body, missing }
//   linkedInNote(input) -> a connection note / message within LINKEDIN_NOTE_LIMIT characters
//   characterCount(text) -> what LinkedIn counts (code points)
import type { Profile } from '../settings';
import { firstName, humanDate, tidy, titledName } from './elements';
import type { Tone } from './outreach';

export type FollowUpDraftKind = 'follow-up' | 'loop-back' | 'check-in';

/** LinkedIn's limit for a note with a connection request. */
export const LINKEDIN_NOTE_LIMIT = 300;

export interface FollowUpDraftInput {
  kind: FollowUpDraftKind;
  tone: Tone;
  profile: Profile;
  /** Who the message goes to: the contact, or for a loop-back the referrer. */
  recipientName: string;
  /** follow-up: the first message's date (yyyy-MM-dd or ''). */
  firstMessageOn?: string;
  /** loop-back: the person the student met; check-in: unused. */
  metName?: string;
  /** loop-back: one thing learned from that meeting; check-in: what the last conversation was about. */
  takeaway?: string;
  /** check-in: the last conversation's date. */
  lastConversationOn?: string;
  /** check-in: what the student has done since, in their words. */
  progress?: string;
  /** check-in: an article or event they may like. */
  link?: string;
}

export interface FollowUpDraft {
  subject: string;
  body: string;
  /** What the draft needed but lacked: 'your name', 'the date of your first message', 'what you learned'. */
  missing: string[];
}

function sentence(s: string): string {
  const t = tidy(s);
  return !t || /[.!?…]["')\]]?$/.test(t) ? t : `${t}.`;
}

function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function greetingFor(tone: Tone, name: string): string {
  const first = firstName(name);
  if (!first) return 'Hello,';
  return tone === 'formal' ? `Dear ${titledName(name) || first},` : `Hi ${first},`;
}

function signOff(tone: Tone, name: string): string {
  const word = tone === 'warm' ? 'Best wishes,' : tone === 'formal' ? 'Kind regards,' : 'Thanks,';
  return [word, tidy(name)].filter(Boolean).join('\n');
}

/** Builds the message; the same inputs always give the same text. */
export function draftFollowUpMessage(input: FollowUpDraftInput): FollowUpDraft {
  const missing: string[] = [];
  const me = tidy(input.profile.name);
  if (!me) missing.push('your name');
  if (!firstName(input.recipientName)) missing.push('their name');
  const paragraphs: string[] = [];
  let subject: string;

  if (input.kind === 'follow-up') {
    const when = humanDate(input.firstMessageOn ?? '');
    if (!when) missing.push('the date of your first message');
    subject = 'Following up on my note';
    const first = when ? `I wanted to follow up on the message I sent you on ${when}.` : 'I wanted to follow up on my earlier message.';
    const ask =
      input.tone === 'brief'
        ? 'Would you have 15 minutes for a short conversation in the coming weeks?'
        : 'I know things get busy. If you have 15 to 20 minutes in the coming weeks, I would still really value hearing about your work.';
    paragraphs.push(`${first} ${ask}`);
    paragraphs.push(input.tone === 'formal' ? 'Thank you for considering it.' : 'Thank you either way!');
  } else if (input.kind === 'loop-back') {
    const met = tidy(input.metName ?? '');
    const learned = sentence(input.takeaway ?? '');
    if (!met) missing.push('who you met');
    if (!learned) missing.push('what you learned');
    subject = met ? `I spoke with ${firstName(met) || met}, thank you` : 'Thank you for the introduction';
    paragraphs.push(
      `${met ? `I wanted to let you know that I met ${met}, as you suggested.` : 'I wanted to let you know that I met the person you suggested.'}${
        learned ? ` One thing I learned: ${lowerFirst(learned)}` : ''
      }`,
    );
    paragraphs.push('Thank you again for the introduction: it made a real difference.');
  } else {
    const when = humanDate(input.lastConversationOn ?? '');
    const about = sentence(input.takeaway ?? '');
    const progress = sentence(input.progress ?? '');
    if (!progress) missing.push('what you have done since');
    subject = 'Checking in';
    const since = when ? `It has been a while since we spoke on ${when}` : 'It has been a while since we last spoke';
    const recall = about ? `, and I still think about your advice: ${lowerFirst(about).replace(/\.$/, '')}.` : '.';
    paragraphs.push(`${since}${recall}`);
    paragraphs.push(progress ? `Since then: ${progress}` : 'Since then: [what you have done since our conversation].');
    const link = tidy(input.link ?? '');
    if (link) paragraphs.push(`I came across this and thought of you: ${link}`);
    paragraphs.push(input.tone === 'brief' ? 'Hope all is well.' : 'I hope all is well with you, and I would love to hear how things are going.');
  }

  const body = [greetingFor(input.tone, input.recipientName), ...paragraphs, signOff(input.tone, input.profile.name)].join('\n\n');
  return { subject, body, missing };
}

/** The characters LinkedIn counts: code points, so an emoji counts once. */
export function characterCount(text: string): number {
  return Array.from(text ?? '').length;
}

function clip(text: string, limit: number): string {
  const chars = Array.from(text);
  if (chars.length <= limit) return text;
  const cut = chars.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The LinkedIn form of a message: greeting, the message's paragraphs without
 * the sign-off block, joined as one note and kept within the limit (whole
 * sentences first, then cut at a word), signed with the first name.
 */
export function linkedInNote(body: string, studentName: string, limit = LINKEDIN_NOTE_LIMIT): string {
  const blocks = (body ?? '').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  if (blocks.length === 0) return '';
  const greeting = /,$/.test(blocks[0]) && blocks[0].length < 40 ? blocks.shift()! : '';
  // The last block is the sign-off when it starts with a closing word.
  if (blocks.length && /^(best|kind|thanks|with thanks|regards|sincerely)/i.test(blocks[blocks.length - 1])) blocks.pop();
  const sign = firstName(studentName) ? ` ${firstName(studentName)}` : '';
  const sentences = blocks.join(' ').replace(/\s+/g, ' ').match(/[^.!?…]+[.!?…]+["')\]]?|[^.!?…]+$/g) ?? [];
  let note = greeting;
  for (const s of sentences) {
    const next = `${note}${note ? ' ' : ''}${s.trim()}`;
    if (characterCount(next) + characterCount(sign) + 2 > limit) break;
    note = next;
  }
  if (note === greeting) note = clip(`${greeting} ${sentences.join(' ')}`.trim(), limit - characterCount(sign) - 2);
  return clip(sign ? `${note} –${sign}` : note, limit);
}
