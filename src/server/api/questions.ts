// Entry points of the questions feature: Prepare questions, interview mode and
// Check question bank (menu handlers and its part of the ServerApi).
import type {
  BankCellTarget,
  BankCheckReport,
  FinishInterviewInput,
  FinishInterviewResult,
  QuestionsApi,
  QuestionsContext,
  SaveQuestionsInput,
  SaveQuestionsResult,
} from '../../shared/questions';
import { questionsContext } from '../questions';
import { markInterview, saveQuestionList } from '../questions';
import { buildBankCheck, selectBankProblemCell } from '../questions';
import { showQuestionsSidebar } from '../questions';

export function menuPrepareQuestions(): void {
  showQuestionsSidebar('list');
}

export function menuCheckQuestionBank(): void {
  showQuestionsSidebar('bank-check');
}

export function getQuestionsContext(contactId: string): QuestionsContext {
  return questionsContext(contactId);
}

export function saveQuestions(input: SaveQuestionsInput): SaveQuestionsResult {
  return saveQuestionList(input);
}

/** Marks the asked questions; the sidebar logs the meeting itself (Log a meeting's logMeeting) first. */
export function finishInterview(input: FinishInterviewInput): FinishInterviewResult {
  return markInterview(input);
}

export function getBankCheck(): BankCheckReport {
  return buildBankCheck();
}

export function selectBankCell(target: BankCellTarget): { selected: string } {
  return selectBankProblemCell(target);
}

const _api = { getQuestionsContext, saveQuestions, finishInterview, getBankCheck, selectBankCell } satisfies QuestionsApi;
void _api;
