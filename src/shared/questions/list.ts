// Builds a contact's question list from the Question Bank: 8 to 10 open
// questions, prioritised and spread across categories, personalised, never
// repeating what was already asked, always closing with the two questions the
// advice insists on (who else to talk to, what the student can do for them).
//
// API
//   generateQuestions(input: GenerateInput): QuestionList
//   questionsThatFit(minutes): number           15 -> 4, 20 -> 5, 30 -> 8
//   listLength(minutes): number                 15 -> 8, 20 -> 9, 30 -> 10
//   (filling a template: fillTemplate in question-bank.ts)
//
// Time: about 3 minutes a question, after introductions and wrap-up take about
// a fifth of the meeting, so fits = floor(minutes * 4/5 / 3). The list always
// holds more than fit, as spares; `fitsInTime` marks the ones to ask when time
// is short: the first (fits - 2) questions and the two closing questions,
// which end that part; the spares follow the closing questions.
//
// Rows never used: ones checkQuestion flags (yes/no, web search, unknown
// placeholder), an unknown category, another goal, a Follow-up row at a first
// meeting, a Next steps row that is neither closing question. A follow-up
// meeting (meetingNumber 2+) draws mostly on Follow-up rows and uses
// First-meeting rows only when those run out.
import type { BankRow, QuestionCategory } from '../schema';
import { QUESTION_CATEGORY } from '../schema';
import { fillTemplate, anyFilledFrom, normaliseQuestion, parseCategory, parseGoals, parsePriority, parseStage } from './bank';
import type { BankPriority, Goal, QuestionContact } from './bank';
import { checkQuestion, closingKind } from './check';

export interface GenerateInput {
  contact: QuestionContact;
  goal: Goal;
  minutes: 15 | 20 | 30;
  /** Question texts already asked this contact (or prepared earlier): never repeated. */
  asked: readonly string[];
  /** 2 or more: a follow-up meeting, which prefers the bank's Follow-up rows. Default 1. */
  meetingNumber?: number;
  bank: readonly BankRow[];
  /** Same seed, same list; another seed ("New mix"), another mix. */
  seed: number;
  /** Deeper questions for a path met before (see ../paths): they lead the list, unless asked already. */
  deeper?: ReadonlyArray<{ category: QuestionCategory; text: string }>;
}

export type ClosingKind = 'referral' | 'reciprocity';

export interface GeneratedQuestion {
  category: QuestionCategory;
  text: string;
  priority: BankPriority;
  /** One of the questions to ask when the meeting runs to time (see header). */
  fitsInTime: boolean;
  /** Set on the two closing questions. */
  closing?: ClosingKind;
}

export interface QuestionList {
  questions: GeneratedQuestion[];
  /** How many questions the meeting length holds. */
  fits: number;
  /** The list length the meeting length asks for (8, 9 or 10). */
  target: number;
  /** How many short of target the bank left the list (0 when full). */
  shortBy: number;
}

export function questionsThatFit(minutes: number): number {
  return Math.max(2, Math.floor((minutes * 4) / 15));
}

export function listLength(minutes: number): number {
  return minutes <= 15 ? 8 : minutes <= 20 ? 9 : 10;
}

/** mulberry32: tiny, fast, and the same on Apps Script V8 and every browser. */
function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Candidate {
  category: QuestionCategory;
  priority: BankPriority;
  text: string;
  /** 0: right for this meeting; 1: only when tier 0 runs out (first-meeting rows at a follow-up). */
  tier: number;
  weight: number;
  closing: ClosingKind | null;
}

const PRIORITY_RANK: Record<BankPriority, number> = { High: 0, Medium: 1, Low: 2 };
// High rows dominate the mix without freezing it: "New mix" still varies.
const PRIORITY_WEIGHT: Record<BankPriority, number> = { High: 6, Medium: 3, Low: 1 };

const BUILT_IN_CLOSERS: Record<ClosingKind, string[]> = {
  referral: [
    'Who else would you suggest I talk to, and how would you recommend I reach out to them?',
    'Who else do you think I should meet as I keep exploring this path?',
  ],
  reciprocity: ['What can I do to help you in return?', 'How could I be helpful to you as we stay in touch?'],
};

function candidatesFrom(input: GenerateInput): Candidate[] {
  const followUp = (input.meetingNumber ?? 1) >= 2;
  const asked = new Set(input.asked.map(normaliseQuestion));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const row of input.bank) {
    const category = parseCategory(row.category ?? '');
    const template = (row.question ?? '').trim();
    if (!category || !template || !parseGoals(row.goals ?? '').includes(input.goal)) continue;
    const stage = parseStage(row.stage ?? '') ?? 'Any';
    if (stage === 'Follow-up' && !followUp) continue;
    if (checkQuestion(template).length) continue;
    const text = fillTemplate(template, input.contact);
    if (/[{}]/.test(text) || checkQuestion(text).length) continue;
    const key = normaliseQuestion(text);
    if (seen.has(key) || asked.has(key) || anyFilledFrom(template, input.asked)) continue;
    const closing = category === 'Next steps' ? closingKind(text) : null;
    if (category === 'Next steps' && !closing) continue;
    seen.add(key);
    const priority = parsePriority(row.priority ?? '') ?? 'Medium';
    const tier = followUp && stage === 'First meeting' ? 1 : 0;
    const weight = PRIORITY_WEIGHT[priority] * (followUp && stage === 'Follow-up' ? 3 : 1);
    out.push({ category, priority, text, tier, weight, closing });
  }
  return out;
}

function pickWeighted(pool: Candidate[], rand: () => number): Candidate {
  const total = pool.reduce((s, c) => s + c.weight, 0);
  let r = rand() * total;
  for (const c of pool) {
    r -= c.weight;
    if (r < 0) return c;
  }
  return pool[pool.length - 1];
}

function pickBody(pool: Candidate[], size: number, rand: () => number): Candidate[] {
  const picked: Candidate[] = [];
  const perCategory = new Map<QuestionCategory, number>();
  // Widest spread first (one a category), then a second from a category; this
  // meeting's rows before the fallback tier.
  const rounds: Array<[number, number]> = [[0, 1], [0, 2], [1, 1], [1, 2]];
  for (const [maxTier, maxPerCategory] of rounds) {
    while (picked.length < size) {
      const open = pool.filter(
        (c) => c.tier <= maxTier && !picked.includes(c) && (perCategory.get(c.category) ?? 0) < maxPerCategory,
      );
      if (!open.length) break;
      const c = pickWeighted(open, rand);
      picked.push(c);
      perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
    }
  }
  return picked
    .map((c, order) => ({ c, order }))
    .sort(
      (x, y) =>
        PRIORITY_RANK[x.c.priority] - PRIORITY_RANK[y.c.priority] ||
        QUESTION_CATEGORY.indexOf(x.c.category) - QUESTION_CATEGORY.indexOf(y.c.category) ||
        x.order - y.order,
    )
    .map((x) => x.c);
}

function pickCloser(kind: ClosingKind, pool: Candidate[], asked: Set<string>, rand: () => number): Candidate {
  for (const tier of [0, 1]) {
    const open = pool.filter((c) => c.closing === kind && c.tier <= tier);
    if (open.length) return pickWeighted(open, rand);
  }
  // The closing questions are never left out: a fresh built-in wording, or the
  // first one again when every wording has been asked before.
  const builtIns = BUILT_IN_CLOSERS[kind];
  const text = builtIns.find((t) => !asked.has(normaliseQuestion(t))) ?? builtIns[0];
  return { category: 'Next steps', priority: 'High', text, tier: 0, weight: 1, closing: kind };
}

/** The path's deeper questions, first in the list (so they fit in the time), never one asked before. */
function leadOf(input: GenerateInput, asked: Set<string>, room: number): Candidate[] {
  return (input.deeper ?? [])
    .filter((q) => !asked.has(normaliseQuestion(q.text)) && checkQuestion(q.text).length === 0)
    .slice(0, room)
    .map((q) => ({ category: q.category, priority: 'High', text: q.text, tier: 0, weight: 1, closing: null }));
}

export function generateQuestions(input: GenerateInput): QuestionList {
  const rand = prng(input.seed);
  const target = listLength(input.minutes);
  const all = candidatesFrom(input);
  const asked = new Set(input.asked.map(normaliseQuestion));
  const lead = leadOf(input, asked, target - 2);
  const leadKeys = new Set(lead.map((c) => normaliseQuestion(c.text)));
  const body = [
    ...lead,
    ...pickBody(
      all.filter((c) => !c.closing && !leadKeys.has(normaliseQuestion(c.text))),
      target - 2 - lead.length,
      rand,
    ),
  ];
  const closers = (['referral', 'reciprocity'] as const).map((k) => pickCloser(k, all, asked, rand));
  const fits = Math.min(questionsThatFit(input.minutes), body.length + 2);
  const asBody = (c: Candidate, fitsInTime: boolean): GeneratedQuestion => ({ category: c.category, text: c.text, priority: c.priority, fitsInTime });
  // The questions that fit end with the two closers; the spares come after
  // them, so a student short of time stops at the closers, never skips them.
  const questions: GeneratedQuestion[] = [
    ...body.slice(0, fits - 2).map((c) => asBody(c, true)),
    ...closers.map((c) => ({ category: c.category, text: c.text, priority: c.priority, fitsInTime: true, closing: c.closing as ClosingKind })),
    ...body.slice(fits - 2).map((c) => asBody(c, false)),
  ];
  return { questions, fits, target, shortBy: target - questions.length };
}
