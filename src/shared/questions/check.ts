// Flags questions that waste an informational interview (answerable with yes
// or no, or by a web search) and broken placeholders, each with a rewrite the
// user can accept, for the bank check and for the generator's own filter.
//
// API
//   checkQuestion(text): QuestionProblem[]        [] when the question is fine
//   checkBank(rows: BankRow[]): BankRowReport[]   only the rows with problems; index is 0-based in rows
//   closingKind(text): 'referral' | 'reciprocity' | null   which closing question a text is
import { QUESTION_CATEGORY } from '../schema';
import type { BankRow } from '../schema';
import { GOALS, KNOWN_PLACEHOLDERS, PLACEHOLDER, normaliseQuestion, parseCategory, parsePriority, parseStage, placeholdersIn, unknownGoalTokens } from './bank';

export type QuestionProblemKind = 'yes-no' | 'web-search' | 'empty' | 'placeholder';
export interface QuestionProblem {
  kind: QuestionProblemKind;
  message: string;
  suggestion?: string;
}
export type BankProblemKind = QuestionProblemKind | 'category' | 'priority' | 'goals' | 'stage' | 'next-steps' | 'duplicate';
export interface BankProblem {
  kind: BankProblemKind;
  message: string;
  suggestion?: string;
}
export interface BankRowReport {
  index: number;
  problems: BankProblem[];
}

// Names users reach for; the check offers the one the generator knows.
const PLACEHOLDER_ALIASES: Record<string, string> = {
  role: 'title', job: 'title', jobtitle: 'title', position: 'title',
  organisation: 'company', organization: 'company', employer: 'company', firm: 'company', org: 'company',
  field: 'industry', sector: 'industry',
};

function placeholderProblems(text: string): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const known = KNOWN_PLACEHOLDERS.map((k) => `{${k}}`).join(', ');
  for (const name of placeholdersIn(text)) {
    if ((KNOWN_PLACEHOLDERS as readonly string[]).includes(name)) continue;
    const alias = PLACEHOLDER_ALIASES[name.replace(/[\s_-]+/g, '')];
    problems.push({
      kind: 'placeholder',
      message: `{${name}} is not a placeholder the add-on fills; use ${known}.`,
      suggestion: alias
        ? text.replace(PLACEHOLDER, (m, n: string) => (n.toLowerCase() === name ? `{${alias}}` : m))
        : undefined,
    });
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) {
    problems.push({ kind: 'placeholder', message: 'A "{" or "}" is not part of a placeholder such as {company}.' });
  }
  return problems;
}

// ---- yes / no ---------------------------------------------------------------

const AUX = /^(do|does|did|is|are|was|were|am|can|could|would|will|should|shall|may|might|must|have|has|had|any)\b/i;
// "Could you walk me through ...?" is a polite open request, not a yes/no question.
const OPEN_REQUEST =
  /^(can|could|would|will) you (please )?(tell|describe|walk|explain|share|talk|outline|expand|elaborate|help me understand|paint|say more|give me (an? )?(example|overview|sense|picture))\b/i;
const LEAD_IN = /^(?:(?:so|and|but|also|then|overall|honestly|finally|lastly|now)\b,?\s+)+/i;
const SUBJECT = '(I|you|we|they|students|people|someone|one)';
const MODAL = '(should|could|can|would|might|must|will)';

function unNegate(s: string): string {
  return s
    .replace(/^can't\b|^cannot\b/i, 'can')
    .replace(/^won't\b/i, 'will')
    .replace(/^(\w+)n['’]t\b/i, '$1');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirstWord(s: string): string {
  return s.replace(/^\w+/, (w) => w.toLowerCase());
}

/** "anything I should read" -> "should I read" (subject and modal swap for a wh- question). */
function invert(rest: string): string {
  return rest.replace(new RegExp(`^(?:that |which )?${SUBJECT} ${MODAL} `, 'i'), (_m, subj: string, modal: string) => `${modal.toLowerCase()} ${subj === 'I' ? 'I' : subj.toLowerCase()} `);
}

function thereRewrite(verb: string, rest: string): string {
  const plural = /^(are|were)$/i.test(verb);
  let m = /^(?:a lot of|lots of|much|many)\s+(.+)$/i.exec(rest);
  if (m) return /^much|^a lot/i.test(rest) && !plural ? `How much ${m[1]} is there` : `How many ${m[1]} are there`;
  const x = rest.replace(/^(a|an|any|some)\s+/i, '');
  m = /^(?:anything|something)( else)?\s+(.+)$/i.exec(x);
  if (m) return `What${m[1] ?? ''} ${invert(m[2])}`;
  m = /^(?:anyone|anybody|someone|somebody)( else)?\s+(.+)$/i.exec(x);
  if (m) return `Who${m[1] ?? ''} ${invert(m[2])}`;
  m = new RegExp(`^(.+?) (?:that |which )?${SUBJECT} ${MODAL} (.+)$`, 'i').exec(x);
  if (m) return `What ${m[1]} ${m[3].toLowerCase()} ${m[2] === 'I' ? 'I' : m[2].toLowerCase()} ${m[4]}`;
  return plural ? `What ${x} are there` : `What can you tell me about the ${x}`;
}

const GRADABLE =
  /^(hard|easy|long|short|big|small|busy|common|difficult|competitive|stressful|important|flexible|different|demanding|rewarding|collaborative|stable|fast|slow|creative|technical|social|formal|remote|structured|hierarchical|risky|secure|intense|fun)$/i;

/** Best-effort open rewrite of one yes/no sentence (without its question mark). */
function openRewrite(sentence: string): string {
  const s = unNegate(sentence.replace(LEAD_IN, '').trim());
  let m = /^(?:(?:do|would|could|can) you (?:have|give me|offer|share)|have you got|is there|are there|any)\s+(?:any\s+|some\s+)?(advice|tips|suggestions|recommendations|pointers)\b\s*(.*)$/i.exec(s);
  if (m) {
    const rest = m[2].replace(/^(?:that )?you(?:'d| would| could| can) (?:give|offer|share)\s*/i, '').replace(/^for (?=someone|a |an |students|people|me\b)/i, '');
    return `What ${m[1].toLowerCase()} would you offer${rest ? ' ' + rest : ''}`;
  }
  if ((m = /^(?:do|would) you (?:like|love|want) to (.+)$/i.exec(s))) return `What would make you want to ${m[1]}`;
  if ((m = /^(do|did) you (?:enjoy|like|love) (.+)$/i.exec(s))) return `What ${m[1].toLowerCase()} you enjoy most about ${m[2]}`;
  if ((m = /^(do|does|did) you (?:think|believe|expect|suppose)(?: that)? (.+)$/i.exec(s))) {
    return `What ${/did/i.test(m[1]) ? 'were' : 'are'} your thoughts on whether ${m[2]}`;
  }
  if ((m = /^(is|are|was|were) there (.+)$/i.exec(s))) return thereRewrite(m[1], m[2]);
  if ((m = /^(is|was) it (\w+) ((?:to|for|when|if) .+)$/i.exec(s)) && GRADABLE.test(m[2])) {
    return `How ${m[2].toLowerCase()} ${m[1].toLowerCase()} it ${m[3]}`;
  }
  if ((m = /^(is|are|was|were) ((?:it|the \w+|your \w+|this \w+|that \w+)) (\w+)$/i.exec(s)) && GRADABLE.test(m[3])) {
    return `How ${m[3].toLowerCase()} ${m[1].toLowerCase()} ${m[2]}`;
  }
  if ((m = /^(?:do|does) you have (?:any |some )?(.+)$/i.exec(s))) return `What ${m[1]} do you have`;
  if ((m = /^would you recommend (.+)$/i.exec(s))) return `What would you tell someone considering ${m[1]}`;
  if ((m = /^(?:would|will) you (.+)$/i.exec(s))) return `What would it take for you to ${m[1]}`;
  if ((m = /^should (I|we) (.+)$/i.exec(s))) return `How would you think about whether ${m[1] === 'I' ? 'I' : 'we'} should ${m[2]}`;
  if ((m = /^(can|could) (I|we) (.+)$/i.exec(s))) return `How could ${m[2] === 'I' ? 'I' : 'we'} ${m[3]}`;
  if ((m = /^(have|has) (you|\S+) ever (.+)$/i.exec(s))) return `In what situations ${m[1].toLowerCase()} ${m[2]} ${m[3]}`;
  if ((m = /^any (.+)$/i.exec(s))) return `What ${m[1]} come to mind`;
  return `In what ways ${lowerFirstWord(s)}`;
}

function sentences(text: string): string[] {
  // No look-behind: the sidebar runs this too, in browsers that lack it.
  return (text.match(/[^?.!]+[?.!]*/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

function isYesNo(sentence: string): boolean {
  const s = sentence.replace(/^["'“‘(]+/, '').replace(LEAD_IN, '');
  return AUX.test(unNegate(s)) && !OPEN_REQUEST.test(s);
}

function yesNoProblem(text: string): QuestionProblem | null {
  const parts = sentences(text);
  const bad = parts.find(isYesNo);
  if (!bad) return null;
  const body = bad.replace(/^["'“‘(]+/, '').replace(/[?.!\s]+$/, '');
  const rewrite = capital(openRewrite(body).replace(/\s+/g, ' ').trim()) + '?';
  return {
    kind: 'yes-no',
    message: 'This can be answered with a yes or a no. An open question (what, how, which, why) gets a fuller answer.',
    suggestion: parts.map((p) => (p === bad ? rewrite : p)).join(' '),
  };
}

// ---- web search ---------------------------------------------------------------

const ORG =
  '(?:\\{company\\}|(?:the|your|this|that|their) (?:company|organi[sz]ation|firm|business|employer|agency|start-?up|nonprofit|non-profit|institution|brand)|it)';
type SearchTopic = 'what' | 'history' | 'size' | 'place' | 'leaders' | 'products' | 'mission' | 'money' | 'rivals' | 'sector';
const SEARCHABLE: ReadonlyArray<[SearchTopic, RegExp]> = [
  ['what', new RegExp(`\\bwhat (?:exactly )?(?:does|do) ${ORG} (?:actually |really )?do(?: exactly| as a business| for a living)?\\s*[?.!]?$`)],
  ['history', new RegExp(`\\b(?:when|what year) (?:was|were) ${ORG} (?:first )?(?:founded|established|started|incorporated|created|set up|launched)\\b|\\bwho (?:founded|started|created) ${ORG}|\\bhow old is ${ORG}|\\bhistory of ${ORG}`)],
  ['size', new RegExp(`\\bhow many (?:employees|staff|offices|locations|branches)\\b|\\bhow many people (?:work|are employed) (?:at|for|in) ${ORG}|\\bhow (?:big|large) is ${ORG}`)],
  ['place', new RegExp(`\\bheadquarter|\\bhead office\\b|\\bwhere (?:is|are) ${ORG} (?:based|located)\\b`)],
  ['leaders', new RegExp(`\\bwho (?:is|are|was) (?:the |its |${ORG}'s )?(?:ceo|founders?|president|chair(?:man|woman|person)?|chief executive|owners?)\\b|\\bwho (?:runs|leads|owns) ${ORG}`)],
  ['products', new RegExp(`\\bwhat (?:products|services|brands)(?: and services)? (?:does|do) ${ORG} (?:offer|sell|make|provide|have|produce)\\b|\\bwhat (?:does|do) ${ORG} (?:sell|make|produce)\\b`)],
  ['mission', new RegExp(`\\bwhat (?:is|are) (?:the|its|${ORG}'s) (?:mission|values|vision)(?: statement)?(?: of ${ORG})?\\s*[?.!]?$`)],
  ['money', new RegExp(`\\bwhat (?:is|was|are) (?:the |its |${ORG}'s )?(?:annual )?(?:revenue|sales|market cap|stock price|share price|valuation)\\b|\\bis ${ORG} (?:publicly traded|public|listed)\\b`)],
  ['rivals', new RegExp(`\\bwho (?:are|is) (?:the |its |their |${ORG}'s )?(?:main |biggest |major )?(?:competitors?|rivals?|competition)\\b`)],
  ['sector', new RegExp(`\\bwhat (?:industry|sector|field) is ${ORG} in\\b`)],
];

function searchSuggestion(topic: SearchTopic, org: string): string {
  const its = `${org}'s`;
  switch (topic) {
    case 'what': return `How would you describe what ${org} does in your own words, and where does your work fit in?`;
    case 'history': return `How has ${org} changed since you joined, and what has driven those changes?`;
    case 'size': return `How does the size of ${org} shape what it is like to work there?`;
    case 'place': return 'How does where your team is based affect the way you work?';
    case 'leaders': return `How does the direction set by ${its} leaders show up in your own work?`;
    case 'products': return `Which of ${its} products or services are you closest to, and what is your part in them?`;
    case 'mission': return `How does ${its} mission show up in your day-to-day work?`;
    case 'money': return `How is ${its} current performance shaping the work your team takes on?`;
    case 'rivals': return `What do you think sets ${org} apart from others in its field?`;
    case 'sector': return `How would you describe where ${org} fits in its field, and why did that appeal to you?`;
  }
}

function webSearchProblem(text: string): QuestionProblem | null {
  // A capitalised name mid-sentence ("What does Acme do?") is read as the organisation.
  // Both readings are tried, so "the CEO" is still a title and not a name.
  const plain = text.replace(/’/g, "'");
  const named = plain.replace(/([a-z,] )(?!I\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*/g, '$1{company}');
  const readings = [plain.toLowerCase(), named.toLowerCase()];
  const hit = SEARCHABLE.find(([, re]) => readings.some((t) => re.test(t)));
  if (!hit) return null;
  return {
    kind: 'web-search',
    message: 'A quick web search answers this. Use the meeting for what only this person can tell you.',
    suggestion: searchSuggestion(hit[0], /\{\s*company\s*\}/i.test(text) ? '{company}' : 'your organisation'),
  };
}

// ---- closing questions --------------------------------------------------------

const REFERRAL = /\bwho else\b|\banyone else\b|\bsomeone else\b|\bother people\b|\b(?:recommend|suggest)\b.*\b(?:speak|talk|connect|reach out|meet)\b/i;
const RECIPROCITY = /\bwhat can i do\b|\bhow can i (?:help|be)\b|\b(?:helpful|useful) to you\b|\bdo for you\b|\bin return\b|\bfrom me\b|\b(?:could|can) i (?:share|help|offer)\b/i;

/** Which of the two questions every list ends with this text asks, if either. */
export function closingKind(text: string): 'referral' | 'reciprocity' | null {
  if (REFERRAL.test(text)) return 'referral';
  if (RECIPROCITY.test(text)) return 'reciprocity';
  return null;
}

// ---- the checks ----------------------------------------------------------------

export function checkQuestion(text: string): QuestionProblem[] {
  // Optional parts read as plain text here: "[ as {title}]" is still a sentence fragment.
  const plain = text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  if (!plain.replace(PLACEHOLDER, '').replace(/[\s?.!,]/g, '')) {
    return [{ kind: 'empty', message: 'The question is empty.' }];
  }
  const out: QuestionProblem[] = [];
  const yesNo = yesNoProblem(plain);
  if (yesNo) out.push(yesNo);
  const search = webSearchProblem(plain);
  if (search) out.push(search);
  return out.concat(placeholderProblems(text));
}

export function checkBank(rows: readonly BankRow[]): BankRowReport[] {
  const reports: BankRowReport[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const question = row.question ?? '';
    const blank = !question.trim() && !row.category?.trim();
    if (blank) return; // an empty line in the sheet is not a problem
    const problems: BankProblem[] = [...checkQuestion(question)];
    const category = parseCategory(row.category ?? '');
    if (!category) {
      problems.push({ kind: 'category', message: `Category "${row.category ?? ''}" is not one of: ${QUESTION_CATEGORY.join(', ')}.` });
    } else if (category === 'Next steps' && question.trim() && !closingKind(question)) {
      problems.push({
        kind: 'next-steps',
        message: 'Next steps rows close every list (who else to talk to, what you can do for them); this one asks neither, so the generator will not use it. File it under another category.',
      });
    }
    if (!parsePriority(row.priority ?? '')) problems.push({ kind: 'priority', message: `Priority "${row.priority}" should be High, Medium or Low.` });
    if (!parseStage(row.stage ?? '')) problems.push({ kind: 'stage', message: `Stage "${row.stage}" should be First meeting, Follow-up or Any.` });
    const odd = unknownGoalTokens(row.goals ?? '');
    if (odd.length) problems.push({ kind: 'goals', message: `Goals should be a comma-separated list of: ${GOALS.join(', ')} (found "${odd.join('", "')}").` });
    const key = normaliseQuestion(question);
    const first = seen.get(key);
    if (key && first !== undefined) problems.push({ kind: 'duplicate', message: 'The same question is on an earlier row; the generator uses it once.' });
    else if (key) seen.set(key, index);
    if (problems.length) reports.push({ index, problems });
  });
  return reports;
}
