// The first outreach message: the five elements a career centre asks for, in three tones, with no holes.
//
// API
//   draftOutreach(input: OutreachInput) -> OutreachDraft
//     OutreachInput: { profile, contact, referrerName?, goal?, mode?, minutes?, tone, today? }
//     OutreachDraft: { subject, body, elements, wordCount, missing, parts }
//   TONES, Tone, MeetingMode, MeetingMinutes
// Only the contact's name, title, company and industry are ever said about
// them; a missing field drops its phrase and is named in `missing` instead.

import type { PREFERRED_MODE, Contact, HowFound } from '../schema';
import { goalFrom, isGraduationYear, type Goal, type Profile } from '../settings';
import {
  checkOutreachElements,
  countWords,
  firstName,
  howFoundFrom,
  modeFrom,
  tidy,
  titledName,
  type ElementCheck,
  type ElementKey,
} from './elements';

export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];
export type MeetingMode = (typeof PREFERRED_MODE)[number];
export type MeetingMinutes = 15 | 20 | 30;

export interface OutreachInput {
  profile: Profile;
  contact: Contact;
  /** The referrer's name, resolved by the caller from `Referred by` when How found is Referral. */
  referrerName?: string;
  /** Defaults to the profile's current status. */
  goal?: Goal;
  /** Defaults to the contact's Preferred mode; with neither, the draft offers all three. */
  mode?: MeetingMode;
  /** Defaults to 20. */
  minutes?: MeetingMinutes;
  tone: Tone;
  /** yyyy-MM-dd; lets a graduation year in the past read 'I graduated ... in 2019'. */
  today?: string;
}

export interface OutreachDraft {
  subject: string;
  body: string;
  elements: ElementCheck[];
  wordCount: number;
  /** What the draft needed but lacked, fit to show: 'your school', 'their title', 'how you found them'. */
  missing: string[];
  /** The sentence(s) carrying each element, for the sidebar to point at; absent when left out. */
  parts: Partial<Record<ElementKey, string>>;
}

/** Takes the doubled stop off 'at Acme Inc..' or 'Acme Inc.?' (a value that ends a sentence), keeping an ellipsis. */
function dots(s: string): string {
  return s.replace(/([^.])\.\.(?!\.)/g, '$1.').replace(/([^.])\.\?/g, '$1?');
}

/** Ends a user's text as a sentence. */
function finish(s: string): string {
  const t = tidy(s);
  if (!t) return '';
  return /[.!?]["')\]]?$/.test(t) ? t : `${t}.`;
}

interface Facts {
  name: string;
  school: string;
  area: string;
  year: string;
  past: boolean;
  intro: string;
  email: string;
  first: string;
  title: string;
  company: string;
  industry: string;
  howFound: HowFound | '';
  referrer: string;
  goal: Goal | null;
  mode: MeetingMode | '';
  minutes: MeetingMinutes;
  tone: Tone;
  im: string;
}

function howFoundSentence(f: Facts): string {
  const formal = f.tone === 'formal';
  const reachOut = formal ? 'suggested that I contact you' : 'suggested I reach out to you';
  const topic = f.company || f.industry || 'your field';
  switch (f.howFound) {
    case 'Alumni network':
      // Only a graduate is a fellow alum; a student found them through the school's network.
      if (!f.school) return `I found you through my school's alumni network.`;
      return f.past ? `As a fellow ${f.school} alum, I found you through our alumni network.` : `I found you through the ${f.school} alumni network.`;
    case 'Referral':
      return `${f.referrer || 'A mutual contact'} ${reachOut}.`;
    case 'Professor':
      return `One of my professors ${reachOut}.`;
    case 'Former employer':
      return 'I came across your name through a former employer of mine.';
    case 'Friends & family':
      return 'I heard about you through friends and family.';
    case 'LinkedIn':
      return 'I came across your profile on LinkedIn.';
    case 'Online research':
      return `I came across your name online while reading about ${topic}.`;
    case 'Event or career fair':
      return 'I learned about you at a career event.';
    case 'Other':
      return `I came across your name while learning about ${topic}.`;
    default:
      return '';
  }
}

function backgroundClause(f: Facts): string {
  if (!f.school && !f.area && !f.year) return '';
  if (f.past) return `I graduated${f.school ? ` from ${f.school}` : ''} in ${f.year}${f.area ? ` with a degree in ${f.area}` : ''}`;
  let s = f.area ? `${f.im} studying ${f.area}` : `${f.im} a student`;
  if (f.school) s += ` at ${f.school}`;
  if (f.year) s += f.school || f.area ? `, graduating in ${f.year}` : ` graduating in ${f.year}`;
  return s;
}

function statusSentence(f: Facts): string {
  const brief = f.tone === 'brief';
  switch (f.goal) {
    case 'Career exploration':
      if (brief) return `${f.im} exploring career paths${f.industry ? ` in ${f.industry}` : ''}.`;
      return `${f.im} currently exploring career paths${f.industry ? `, with a particular interest in ${f.industry}` : ''}.`;
    case 'Industry research':
      return `${f.im} ${brief ? '' : 'currently '}researching careers in ${f.industry || 'your industry'}.`;
    case 'Job search':
      if (f.tone !== 'formal') return `${f.im} starting my job search${f.industry ? ` in ${f.industry}` : ''}.`;
      return `${f.im} starting my job search${f.industry ? ` in ${f.industry}` : ''} and want to learn from people who know the field well.`;
    default:
      return '';
  }
}

/** The ask: a short conversation about their path, never a job. */
function askSentence(f: Facts): string {
  const formal = f.tone === 'formal';
  const role =
    f.title && f.company ? `your role as ${f.title} at ${f.company}`
    : f.title ? `your role as ${f.title}`
    : f.company ? `your work at ${f.company}`
    : 'your work';
  const youd = formal ? 'you would' : "you'd";
  const about =
    f.goal === 'Career exploration' ? `${role} and how you got there`
    : f.goal === 'Industry research' ? `${role} and where ${f.industry || 'your industry'} is heading`
    : f.goal === 'Job search' ? `${role} and what ${youd} advise someone starting out${f.industry ? ` in ${f.industry}` : ''}`
    : `${role} and your career path`;
  const conversation = `a ${f.minutes}-minute conversation about ${about}`;
  const ask = formal ? `I would be grateful for ${conversation}, at a time convenient for you.` : `Would you be open to ${conversation}?`;
  // Said outright in the longer tones: an informational interview is not a job request.
  if (f.goal === 'Job search' && formal) return `${ask} I am not asking about job openings; I would simply value your perspective.`;
  return ask;
}

function modeSentence(f: Facts): string {
  const { im } = f;
  if (f.tone === 'brief') {
    switch (f.mode) {
      case 'In person': return 'Coffee in person suits me, but phone or video works too.';
      case 'Phone': return 'A phone call suits me, but video or in person works too.';
      case 'Video': return 'A video call suits me, but phone or in person works too.';
      default: return 'Phone, video or in person: whatever suits you.';
    }
  }
  const warm = f.tone === 'warm';
  switch (f.mode) {
    case 'In person':
      return warm ? `${im} happy to meet in person, perhaps over coffee, or by phone or video if that's easier.` : 'I am glad to meet in person, or by phone or video if you prefer.';
    case 'Phone':
      return `A phone call suits me best, though ${im} glad to meet by video or in person instead.`;
    case 'Video':
      return `A video call${warm ? '' : ' (Zoom, Google Meet or whatever you use)'} suits me best, though ${im} glad to meet by phone or in person instead.`;
    default:
      return `${im} happy to talk by phone or video, or to meet in person, whichever suits you best.`;
  }
}

function subjectLine(f: Facts): string {
  const who = f.past ? (f.school ? `${f.school} graduate` : 'Graduate') : f.school ? `${f.school} student` : f.area ? `${f.area} student` : 'Student';
  if (f.tone === 'brief') return `${f.minutes}-minute conversation${f.company ? ` about your work at ${f.company}` : ''}?`;
  if (f.tone === 'formal') return `Informational interview request: ${who}`;
  if (f.howFound === 'Referral' && f.referrer) return `${f.referrer} suggested I reach out`;
  if (f.howFound === 'Alumni network' && f.school) return f.past ? `Fellow ${f.school} alum hoping to learn from you` : `${f.school} student reaching out through the alumni network`;
  return `${who} hoping to learn from your experience`;
}

/** Choices arrive from the sidebar over google.script.run, so an unknown one falls back to its default. */
function factsOf(input: OutreachInput): Facts {
  const { profile, contact } = input;
  const tone: Tone = TONES.includes(input.tone) ? input.tone : 'warm';
  const yearText = tidy(profile.graduationYear);
  const year = isGraduationYear(yearText) ? yearText : '';
  const todayYear = /^\d{4}-\d{2}-\d{2}$/.test(input.today ?? '') ? Number(input.today!.slice(0, 4)) : NaN;
  return {
    name: tidy(profile.name),
    school: tidy(profile.school),
    area: tidy(profile.areaOfStudy),
    year,
    past: !!year && Number(year) < todayYear,
    intro: tidy(profile.introduction),
    email: tidy(profile.email),
    first: firstName(contact.name),
    title: tidy(contact.title),
    company: tidy(contact.company),
    industry: tidy(contact.industry),
    howFound: howFoundFrom(contact.howFound),
    referrer: tidy(input.referrerName),
    goal: goalFrom(input.goal ?? '') ?? goalFrom(profile.currentStatus ?? ''),
    mode: modeFrom(input.mode ?? '') || modeFrom(contact.preferredMode),
    minutes: ([15, 20, 30] as const).find((m) => m === Number(input.minutes)) ?? 20,
    tone,
    im: tone === 'formal' ? 'I am' : "I'm",
  };
}

function missingOf(f: Facts): string[] {
  const missing: Array<[boolean, string]> = [
    [!f.name, 'your name'],
    [!f.school, 'your school'],
    [!f.area, 'your area of study'],
    [!f.year, 'your graduation year'],
    [!f.goal, 'your current status'],
    [!f.first, 'their name'],
    [!f.title, 'their title'],
    [!f.company, 'their company'],
    [f.goal === 'Industry research' && !f.industry, 'their industry'],
    [!f.howFound, 'how you found them'],
    [f.howFound === 'Referral' && !f.referrer, 'who referred you'],
  ];
  return missing.filter(([lacking]) => lacking).map(([, label]) => label);
}

/** Builds the outreach draft; the same inputs always give the same text. */
export function draftOutreach(input: OutreachInput): OutreachDraft {
  const f = factsOf(input);
  const clause = backgroundClause(f);
  const parts: Partial<Record<ElementKey, string>> = {};
  const set = (key: ElementKey, s: string) => {
    const t = dots(s);
    if (t) parts[key] = t;
    return t;
  };

  const howFound = set('how-found', howFoundSentence(f));
  const background =
    f.tone !== 'brief' && f.name
      ? clause ? set('background', `My name is ${f.name}, and ${clause}.`) : dots(`My name is ${f.name}.`)
      : set('background', clause ? `${clause}.` : '');
  const status = set('status', statusSentence(f));
  const ask = set('ask', askSentence(f));
  const mode = set('meeting-mode', modeSentence(f));
  const intro = f.tone === 'brief' ? '' : finish(f.intro);

  const greeting = f.first ? (f.tone === 'formal' ? `Dear ${titledName(input.contact.name) || f.first},` : `Hi ${f.first},`) : 'Hello,';
  const opening = f.tone === 'formal' ? [background, howFound, status, intro] : [howFound, background, status, intro];
  const closing = f.tone === 'warm' ? 'Thank you for considering it.' : f.tone === 'formal' ? 'Thank you for considering my request.' : '';
  const signOff = f.tone === 'warm' ? 'Best wishes,' : f.tone === 'formal' ? 'Kind regards,' : 'Thanks,';
  const signature = [signOff, f.name, f.tone === 'brief' ? '' : f.email].filter(Boolean).join('\n');

  const paragraphs = [greeting, opening, [ask, mode], [closing], signature]
    .map((p) => (Array.isArray(p) ? p.filter(Boolean).join(' ') : p))
    .filter(Boolean);
  const body = paragraphs.join('\n\n');

  return {
    subject: dots(subjectLine(f)),
    body,
    elements: checkOutreachElements(body, input.profile, input.contact, f.referrer),
    wordCount: countWords(body),
    missing: missingOf(f),
    parts,
  };
}
