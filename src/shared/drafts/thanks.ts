// The thank-you note after a meeting: names it, recalls one takeaway from its log, thanks for referrals.
//
// API
//   draftThankYou(input: ThankYouInput) -> ThankYouDraft
//     ThankYouInput: { profile, contact, meeting: Meeting | null, referralNames: string[] }
//     ThankYouDraft: { subject, body, missing }
//   firstLineOf(text) -> the first line / first sentence of a log cell
//   takeawaySentence(text) -> the takeaway a note quotes: the student's words, never a question's text
// With no meeting logged the note is a general thank-you and `missing` starts with 'meeting'.

import type { Contact, Meeting } from '../schema';
import { goalFrom, type Profile } from '../settings';
import { firstName, humanDate, joinNames, tidy } from './elements';

export interface ThankYouInput {
  profile: Profile;
  contact: Contact;
  /** The contact's latest meeting, or null when none is logged. */
  meeting: Meeting | null;
  /** People the contact referred the student to (see splitReferralNames for a 'Referrals given' cell). */
  referralNames: string[];
}

export interface ThankYouDraft {
  subject: string;
  body: string;
  /** 'meeting' when none is logged; otherwise what the log lacked: 'the meeting date', 'a takeaway or piece of advice'. */
  missing: string[];
}

const TAKEAWAY_MAX = 200;

/**
 * The first line of a log cell, cut to its first sentence, without a list
 * bullet: takeaways are often jotted as '- learn SQL early'. Long text is cut
 * at a word, never inside a surrogate pair.
 */
export function firstLineOf(text: string): string {
  const line = (text ?? '')
    .split(/\r?\n/)
    .map((l) => tidy(l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')))
    .find(Boolean);
  return firstSentence(line ?? '');
}

// A question's wording opening a note ("What does a typical week look like…: Mix of…").
const ASKED_PREFIX = /^(?:what|how|who|why|when|where|which|could|would|can|do|does|did|is|are|have|has|tell me)\b[^:?]*[:?]\s+(?=\S)/i;

/**
 * The takeaway a thank-you quotes: the first sentence of the first line in the
 * student's words. A line that is only a question is skipped, and a question
 * written before a note ("What is hard: the hours") is dropped, so the note
 * never quotes a question back at the person who answered it.
 */
export function takeawaySentence(text: string): string {
  for (const raw of (text ?? '').split(/\r?\n/)) {
    let line = tidy(raw.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, ''));
    if (!line) continue;
    line = tidy(line.replace(ASKED_PREFIX, ''));
    if (!line || /\?$/.test(line)) continue;
    return firstSentence(line);
  }
  return '';
}

function firstSentence(line: string): string {
  if (!line) return '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  const chars = Array.from(sentence);
  if (chars.length <= TAKEAWAY_MAX) return sentence;
  const cut = chars.slice(0, TAKEAWAY_MAX).join('');
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Ends a jotted note as a sentence, the doubled dot of 'Inc..' avoided. */
function asSentence(s: string): string {
  return /[.!?…]["')\]]?$/.test(s) ? s : `${s}.`;
}

/** The meeting, named by what it was: 'meeting me for coffee on Tuesday, March 3'. */
function meetingPhrase(type: string, when: string): string {
  const on = when ? ` on ${when}` : '';
  switch (tidy(type).toLowerCase()) {
    case 'coffee':
      return `Thank you for meeting me for coffee${on}.`;
    case 'phone call':
      return `Thank you for taking my call${on}.`;
    case 'video call':
      return `Thank you for speaking with me by video${on}.`;
    case 'email':
      return `Thank you for taking the time to answer my questions by email${on}.`;
    case 'event':
      return `Thank you for taking the time to talk with me at the event${on}.`;
    default:
      return `Thank you for taking the time to speak with me${on}.`;
  }
}

function stayInTouch(profile: Profile): string {
  switch (goalFrom(profile.currentStatus ?? '')) {
    case 'Job search':
      return "I'll keep you posted on how my search goes, and I hope we can stay in touch.";
    case 'Career exploration':
      return "I'll keep you posted as I explore my options, and I hope we can stay in touch.";
    default:
      return "I'll keep you posted on my next steps, and I hope we can stay in touch.";
  }
}

/** Builds the thank-you note; the same inputs always give the same text. */
export function draftThankYou(input: ThankYouInput): ThankYouDraft {
  const { profile, contact, meeting } = input;
  const first = firstName(contact.name);
  const company = tidy(contact.company);
  const name = tidy(profile.name);
  const missing: string[] = [];
  const lines: string[] = [];
  let subject = 'Thank you';

  if (meeting) {
    const when = humanDate(meeting.date);
    if (!when) missing.push('the meeting date');
    subject = when ? `Thank you for your time on ${when}` : 'Thank you for your time';
    lines.push(meetingPhrase(meeting.type, when));
    if (company) lines.push(`I really enjoyed hearing about your work at ${company}.`);
    const takeaway = takeawaySentence(meeting.takeaways);
    const advice = takeaway ? '' : firstLineOf(meeting.advice);
    if (takeaway) lines.push(`One thing I'm taking away from our conversation: ${asSentence(takeaway)}`);
    else if (advice) lines.push(`I especially appreciated your advice: ${asSentence(advice)}`);
    else missing.push('a takeaway or piece of advice');
  } else {
    missing.push('meeting');
    subject = 'Thank you for your help';
    lines.push(`Thank you for your time and for your help as I learn more about ${company || tidy(contact.industry) || 'your field'}.`);
  }

  const seen = new Set<string>();
  const referrals = input.referralNames.map(tidy).filter((n) => n && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  const paragraphs = [lines.join(' ')];
  if (referrals.length) {
    const them = referrals.length === 1 ? 'them' : 'each of them';
    paragraphs.push(`Thank you also for suggesting I speak with ${joinNames(referrals)}. I'll reach out to ${them} and let you know how it goes.`);
  }
  paragraphs.push(stayInTouch(profile));

  if (!name) missing.push('your name');
  if (!first) missing.push('their name');
  const greeting = first ? `Hi ${first},` : 'Hello,';
  const signature = ['With thanks,', name].filter(Boolean).join('\n');
  const body = [greeting, ...paragraphs, signature].join('\n\n').replace(/([^.])\.\.(?!\.)/g, '$1.');
  return { subject, body, missing };
}
