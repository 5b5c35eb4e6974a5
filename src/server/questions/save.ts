// Saving a contact's list to the Questions tab, and marking what was asked
// when an interview ends. Rows are found by Contact ID in a read made under the
// document lock, never by a row number the sidebar remembered.
import { QUESTION_CATEGORY, type QuestionRow } from '../../shared/schema';
import { normaliseQuestion } from '../../shared/questions';
import type { FinishInterviewInput, FinishInterviewResult, SaveQuestionsInput, SaveQuestionsResult } from '../../shared/questions';
import { appendRecords, openDoc, patchRows, requireTable, today, withDocumentLock, type Doc } from '../sheet';
import { UserError } from '../errors';
import { ensureQuestionsTab, isAsked, readQuestionsTab, replaceUnasked } from './tab';

export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_LENGTH = 500;
const MAX_NOTES_LENGTH = 5000;

function clean(s: unknown): string {
  return typeof s === 'string' ? s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim() : '';
}

function contactName(doc: Doc, contactId: string): string {
  const contact = requireTable(doc, 'contacts').rows.find((r) => r.contactId !== '' && r.contactId === contactId);
  if (!contact) throw new UserError('That contact is no longer in the Contacts tab. Pick another.');
  return contact.name;
}

export function saveQuestionList(input: SaveQuestionsInput): SaveQuestionsResult {
  const errors: Record<string, string> = {};
  const list = Array.isArray(input?.questions) ? input.questions : [];
  if (!clean(input?.contactId)) errors.contact = 'Choose a contact first.';
  if (!list.length) errors.questions = 'The list is empty: add at least one question.';
  if (list.length > MAX_QUESTIONS) errors.questions = `At most ${MAX_QUESTIONS} questions fit one list (now ${list.length}).`;
  const drafts = list.map((q, i) => {
    const text = clean(q?.text).replace(/\s+/g, ' ');
    const category = QUESTION_CATEGORY.find((c) => c === q?.category);
    if (!text) errors[`question${i + 1}`] = `Question ${i + 1} is empty.`;
    else if (text.length > MAX_QUESTION_LENGTH) errors[`question${i + 1}`] = `Question ${i + 1} is too long: at most ${MAX_QUESTION_LENGTH} characters.`;
    if (!category) errors[`question${i + 1}`] = `Question ${i + 1} needs a category from the list.`;
    return { text, category: category ?? '' };
  });
  if (Object.keys(errors).length) return { ok: false, errors };

  const contactId = clean(input.contactId);
  return withDocumentLock(() => {
    const doc = openDoc();
    const name = contactName(doc, contactId);
    const preparedOn = today(doc);
    const records: QuestionRow[] = drafts.map((d, i) => ({
      contactId,
      contact: name,
      order: String(i + 1),
      category: d.category,
      question: d.text,
      asked: 'FALSE',
      answerNotes: '',
      preparedOn,
      meetingId: '',
    }));
    replaceUnasked(ensureQuestionsTab(doc), contactId, records);
    const n = records.length;
    return { ok: true, saved: n, message: `Saved ${n} question${n === 1 ? '' : 's'} for ${name || contactId} to the Questions tab.` };
  });
}

/** Ticks the asked questions (with their notes and the meeting) on the contact's current list. */
export function markInterview(input: FinishInterviewInput): FinishInterviewResult {
  const contactId = clean(input?.contactId);
  const answers = Array.isArray(input?.answers) ? input.answers : [];
  if (!contactId) throw new UserError('Choose a contact first.');
  const meetingId = clean(input.meetingId);
  return withDocumentLock(() => {
    const doc = openDoc();
    const name = contactName(doc, contactId);
    const table = readQuestionsTab(doc);
    const patches = new Map<number, Partial<QuestionRow>>();
    const unmatched: QuestionRow[] = [];
    let marked = 0;
    for (const a of answers) {
      const text = clean(a?.text);
      const notes = clean(a?.notes).slice(0, MAX_NOTES_LENGTH);
      if (!text || (!a.asked && !notes)) continue;
      const key = normaliseQuestion(text);
      const i = table
        ? table.rows.findIndex((r, at) => !patches.has(at) && r.contactId === contactId && !isAsked(r.asked) && normaliseQuestion(r.question) === key)
        : -1;
      const patch: Partial<QuestionRow> = a.asked ? { asked: 'TRUE', answerNotes: notes, meetingId } : { answerNotes: notes };
      if (a.asked) marked++;
      if (i >= 0) patches.set(i, patch);
      else if (a.asked) {
        // Removed from the tab during the meeting: kept as a new row so the notes are not lost.
        unmatched.push({ contactId, contact: name, order: '', category: '', question: text, asked: 'TRUE', answerNotes: notes, preparedOn: today(doc), meetingId });
      }
    }
    // The rest of the list was this meeting's too: stamped with its ID, so the
    // next Prepare questions knows them for spares and makes a fresh list.
    if (table && meetingId) {
      table.rows.forEach((r, at) => {
        if (!patches.has(at) && r.contactId === contactId && !isAsked(r.asked) && r.question !== '' && r.meetingId !== meetingId) patches.set(at, { meetingId });
      });
      for (const [at, patch] of patches) if (!patch.meetingId) patches.set(at, { ...patch, meetingId });
    }
    if (table) patchRows(table, [...patches].map(([index, patch]) => ({ index, patch })));
    if (unmatched.length) appendRecords(table ?? ensureQuestionsTab(doc), unmatched);
    return {
      marked,
      message: marked
        ? `Marked ${marked} question${marked === 1 ? '' : 's'} as asked in the Questions tab.`
        : 'No question was ticked as asked; the list stays ready for next time.',
    };
  });
}
