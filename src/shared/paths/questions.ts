// Deeper questions for a path met before: once the student has talked to
// someone in a path, the next person in it gets questions that go past the
// first-meeting basics, and none the student has already asked anyone in it.
import type { QuestionCategory } from '../schema';
import type { Contact, Meeting } from '../schema';
import { defaultPath, pathKey } from './group';
import { summarisePaths, type PathSummary } from './summary';

export interface PathQuestion {
  category: QuestionCategory;
  text: string;
}

/** Open questions that only make sense once the basics of a path are known. */
export const DEEPER_PATH_QUESTIONS: readonly PathQuestion[] = [
  { category: 'Career path', text: 'What separates the people who stay in this line of work for many years from those who leave it early?' },
  { category: 'Challenges', text: 'What is the hardest part of this work that people outside it rarely hear about?' },
  { category: 'Skills and preparation', text: 'Beyond what the job postings list, which skill makes the biggest difference for someone starting out in this field?' },
  { category: 'Industry trends', text: 'How do you expect this kind of role to change over the next five years, and what would you do now to be ready for it?' },
  { category: 'Organisation and culture', text: 'How does this work differ from one organisation to another, and what should I look for in a first employer?' },
  { category: 'Day to day', text: 'Which problems in your work do you find yourself still thinking about after hours, and why?' },
  { category: 'Advice', text: 'If you were choosing today between this path and the closest alternative, what would you want to find out first?' },
];

/** How many deeper questions lead the list. */
export const DEEPER_SHOWN = 3;

export interface PathForQuestions {
  name: string;
  conversations: number;
  people: number;
  /** Contact IDs met in this path: what was asked of them is not asked again. */
  contactIds: string[];
}

/**
 * The path a meeting with this contact is about (their latest logged Path,
 * else their Title in their Industry), when the student has talked about it
 * before; null for a path not met yet.
 */
export function pathMetBefore(contact: Contact, meetings: readonly Meeting[], contacts: readonly Contact[], today: string): PathForQuestions | null {
  const own = meetings.filter((m) => m.contactId === contact.contactId && pathKey(m.path ?? '')).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const text = own.length ? own[own.length - 1].path : defaultPath(contact);
  const key = pathKey(text);
  if (!key) return null;
  const path: PathSummary | undefined = summarisePaths(meetings, contacts, today).find((p) => p.key === key);
  if (!path) return null;
  const ids = [...new Set(meetings.filter((m) => pathKey(m.path ?? '') === key && m.contactId).map((m) => m.contactId))];
  return { name: path.name, conversations: path.conversations, people: path.people.length, contactIds: ids };
}

/** The deeper questions not yet asked anyone in the path (`askedInPath`, compared loosely). */
export function deeperQuestions(askedInPath: readonly string[], seed = 0): PathQuestion[] {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const asked = new Set(askedInPath.map(norm));
  const open = DEEPER_PATH_QUESTIONS.filter((q) => !asked.has(norm(q.text)));
  const start = open.length ? Math.abs(seed) % open.length : 0;
  return [...open.slice(start), ...open.slice(0, start)].slice(0, DEEPER_SHOWN);
}
