// The questions part of the server API (see ../server-api.ts): what the Questions
// panel, interview mode and the bank check send and get back. JSON only: no Date.
import type { BankRow, QuestionCategory } from '../schema';
import type { Goal } from './bank';
import type { BankProblemKind } from './check';
import type { Selection } from '../contacts';

export const MEETING_MINUTES = [15, 20, 30] as const;
export type MeetingMinutes = (typeof MEETING_MINUTES)[number];
/** The length an outreach draft asks for unless the student picks another: the meeting's default too. */
export const DEFAULT_MEETING_MINUTES: MeetingMinutes = 20;

/** The list length nearest a meeting's minutes (a 25-minute call plans as 20, a 45-minute one as 30). */
export function nearestMeetingMinutes(minutes: number): MeetingMinutes {
  return minutes < 18 ? 15 : minutes < 25 ? 20 : 30;
}

/** A question on a contact's saved list, as the Questions tab holds it. */
export interface SavedQuestion {
  order: number;
  category: string;
  text: string;
  asked: boolean;
  answerNotes: string;
}

/** Everything the sidebar needs to build, show or run a contact's question list. */
export interface QuestionsContext {
  contact: { contactId: string; name: string; title: string; company: string; industry: string };
  /** The student's goal from Settings, else Career exploration. */
  goal: Goal;
  /** 1 for a first meeting; 2 or more once a meeting is logged or a question asked. */
  meetingNumber: number;
  /** Questions already asked this contact: the generator never repeats them. */
  asked: string[];
  /** The Question Bank's rows (the seed when the tab is gone). */
  bank: BankRow[];
  /** True when the Question Bank tab was missing and the built-in questions stand in. */
  bankMissing: boolean;
  /** The contact's current (unasked) list, in order; [] when none is saved. */
  saved: SavedQuestion[];
  /** Today in the spreadsheet's zone, yyyy-MM-dd. */
  today: string;
  /** The student's introduction from Settings, '' when not written yet: interview mode opens with it. */
  introduction: string;
  /** The contact's path when the student has talked about it before: its deeper questions lead the list. */
  path?: { name: string; conversations: number; people: number; askedInPath: string[] };
  /** The scheduled meeting's length (Schedule step), when it is still to come: the list and the timer plan for it. */
  scheduledMinutes?: MeetingMinutes;
}

export interface QuestionDraft {
  category: QuestionCategory | string;
  text: string;
}

export interface SaveQuestionsInput {
  contactId: string;
  questions: QuestionDraft[];
}

export type SaveQuestionsResult = { ok: true; message: string; saved: number } | { ok: false; errors: Record<string, string> };

export interface InterviewAnswer {
  text: string;
  asked: boolean;
  notes: string;
}

export interface FinishInterviewInput {
  contactId: string;
  /** The logged meeting's ID, '' when none was logged. */
  meetingId: string;
  answers: InterviewAnswer[];
}

export interface FinishInterviewResult {
  marked: number;
  message: string;
}

/** One bank row's problems; `row` is the sheet row when the check ran. */
export interface BankCheckItem {
  row: number;
  question: string;
  problems: Array<{ kind: BankProblemKind; field: string; header: string; a1: string; message: string; suggestion: string }>;
}

export interface BankCheckReport {
  tabName: string;
  rowsChecked: number;
  items: BankCheckItem[];
}

export interface BankCellTarget {
  row: number;
  /** The question text when the check ran: the row is found again by it, in case the user sorted. */
  question: string;
  field: string;
}

/**
 * What the Questions panel and interview mode open with, in one round trip:
 * the contacts to pick from, the contact to start on (the one the student was
 * working on, else the one on the active row, else none) and its context.
 */
export interface QuestionsOpen {
  selection: Selection;
  contactId: string;
  context: QuestionsContext | null;
}

export interface QuestionsApi {
  /** Opening the panel; `rememberedContactId` is the contact the sidebar last worked on ('' for none). */
  openQuestions: (rememberedContactId: string) => QuestionsOpen;
  getQuestionsContext: (contactId: string) => QuestionsContext;
  saveQuestions: (input: SaveQuestionsInput) => SaveQuestionsResult;
  finishInterview: (input: FinishInterviewInput) => FinishInterviewResult;
  getBankCheck: () => BankCheckReport;
  selectBankCell: (target: BankCellTarget) => { selected: string };
}

