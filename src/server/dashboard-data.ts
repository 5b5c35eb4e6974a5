// Reads what the dashboard summarises (one getValues a tab) and hands it to the
// shared summaries; the same figures feed the Dashboard tab and the sidebar.
import { summariseDashboard, type DashboardSummary } from '../shared/dashboard';
import type { IsoDate } from '../shared/dates';
import { MEETING_COLUMNS, QUESTION_COLUMNS, type ColumnSpec, type ContactKey, type Meeting, type MeetingKey, type QuestionKey, type QuestionRow } from '../shared/schema';
import { findTab, readTable, requireTable, today, type Doc, type Table } from './gateway';
import { preparedContactIds } from './follow-up-check';
import { loadRules } from './settings-store';

export interface DashboardData {
  summary: DashboardSummary;
  contacts: Table<ContactKey>;
}

function optionalRows<K extends string>(doc: Doc, key: 'meetings' | 'questions', columns: readonly ColumnSpec<K>[]): Array<Record<K, string>> {
  const sheet = findTab(doc, key);
  return sheet ? readTable(doc, sheet, columns).rows : [];
}

export function loadDashboard(doc: Doc, asOf: IsoDate = today(doc)): DashboardData {
  const contacts = requireTable(doc, 'contacts');
  const meetings: Meeting[] = optionalRows(doc, 'meetings', MEETING_COLUMNS as readonly ColumnSpec<MeetingKey>[]);
  const questions: QuestionRow[] = optionalRows(doc, 'questions', QUESTION_COLUMNS as readonly ColumnSpec<QuestionKey>[]);
  const summary = summariseDashboard({
    contacts: contacts.rows,
    meetings,
    // The follow-up check's own reading, so the counts here match its Next action column.
    preparedContactIds: preparedContactIds(contacts.rows, meetings, questions, asOf),
    today: asOf,
    rules: loadRules(),
  });
  return { summary, contacts };
}
