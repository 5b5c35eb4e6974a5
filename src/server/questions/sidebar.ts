// Opens the sidebar on the Questions page in one of its views (the bank check
// has no page of its own).
import { showSidebar } from '../sidebar';

export type QuestionsView = 'list' | 'bank-check';

export function showQuestionsSidebar(view: QuestionsView): void {
  showSidebar('questions', view);
}
