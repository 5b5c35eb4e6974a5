// Prepare questions and interview mode over the built bundle: the Questions tab
// writes (first save, re-save, sorted tab, text stays text), the context, the bank check, the menu.
import { FakeRange, readTab, sheetWith, sortTab } from '../../../fakes';
import { BANK_COLUMNS, MEETING_COLUMNS, QUESTION_COLUMNS } from '../../../src/shared/schema';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';

const Q_HEADERS = QUESTION_COLUMNS.map((c) => c.header);

function tracker() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ name: 'Ana Ruiz', title: 'Data Engineer', company: 'Acme', industry: 'Renewable energy' }),
    contactRow({ name: 'Ben Okafor', title: 'Designer', company: 'Initech' }),
    contactRow({ name: 'Chen Li' }),
  ]);
  a.main.menuSetUpTracker();
  const ids = Object.fromEntries(rowsByHeader(a.h, 'Contacts').map((r) => [String(r.Name).split(' ')[0], String(r['Contact ID'])]));
  return { ...a, ana: ids.Ana, ben: ids.Ben, chen: ids.Chen };
}

const list = (...texts: string[]) => texts.map((text) => ({ category: 'Advice', text }));

function questionRows(a: ReturnType<typeof tracker>) {
  return rowsByHeader(a.h, 'Questions').filter((r) => r['Contact ID'] !== '');
}

describe('Save questions', () => {
  it('makes the Questions tab on first save: one row a question, in order, unasked, dated today', () => {
    const a = tracker();
    const r = a.api.saveQuestions({ contactId: a.ana, questions: [{ category: 'Career path', text: 'How did you start?' }, ...list('Who else should I talk to?')] });
    expect(r).toEqual({ ok: true, saved: 2, message: 'Saved 2 questions for Ana Ruiz to the Questions tab.' });
    expect(readTab(a.h, 'Questions')[0]).toEqual(Q_HEADERS);
    const rows = questionRows(a);
    expect(rows).toEqual([
      { 'Contact ID': a.ana, Contact: 'Ana Ruiz', Order: 1, Category: 'Career path', Question: 'How did you start?', Asked: false, 'Answer notes': '', 'Prepared on': expect.any(a.h.Date), 'Meeting ID': '' },
      expect.objectContaining({ Order: 2, Category: 'Advice', Question: 'Who else should I talk to?', Asked: false }),
    ]);
    expect(a.h.sheet('Questions').getRange('H2').getDisplayValue()).toBe('2026-03-04');
  });

  it('replaces the contact’s unasked rows on a second save, never asked ones or other contacts’ rows', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('A1?', 'A2?', 'A3?') });
    a.api.saveQuestions({ contactId: a.ben, questions: list('B1?', 'B2?') });
    a.api.finishInterview({ contactId: a.ana, meetingId: 'M-7', answers: [{ text: 'A2?', asked: true, notes: 'Start in ops' }] });
    a.api.saveQuestions({ contactId: a.ana, questions: list('N1?', 'N2?', 'N3?', 'N4?') });
    const rows = questionRows(a);
    expect(rows.filter((r) => r['Contact ID'] === a.ben).map((r) => r.Question)).toEqual(['B1?', 'B2?']);
    const ana = rows.filter((r) => r['Contact ID'] === a.ana);
    expect(ana.filter((r) => r.Asked === true)).toEqual([expect.objectContaining({ Question: 'A2?', 'Answer notes': 'Start in ops', 'Meeting ID': 'M-7' })]);
    expect(ana.filter((r) => r.Asked !== true).map((r) => [r.Order, r.Question])).toEqual([[1, 'N1?'], [2, 'N2?'], [3, 'N3?'], [4, 'N4?']]);
    expect(rows.length).toBe(7);
  });

  it('a shorter list leaves no stale rows behind, and the rows below keep their values', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('A1?', 'A2?', 'A3?', 'A4?') });
    a.api.saveQuestions({ contactId: a.ben, questions: list('B1?', 'B2?') });
    const benBefore = questionRows(a).filter((r) => r['Contact ID'] === a.ben);
    a.api.saveQuestions({ contactId: a.ana, questions: list('Only one?') });
    const values = readTab(a.h, 'Questions');
    expect(values.length).toBe(1 + 1 + 2);
    expect(questionRows(a).filter((r) => r['Contact ID'] === a.ben)).toEqual(benBefore);
  });

  it('stays right after the user sorted the Questions tab', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('Zeta?', 'Alpha?', 'Mu?') });
    a.api.saveQuestions({ contactId: a.ben, questions: list('Beta?', 'Omega?') });
    a.api.finishInterview({ contactId: a.ana, meetingId: '', answers: [{ text: 'Mu?', asked: true, notes: '' }] });
    sortTab(a.h, 'Questions', 'Question');
    const benBefore = questionRows(a).filter((r) => r['Contact ID'] === a.ben);
    a.api.saveQuestions({ contactId: a.ana, questions: list('New one?', 'New two?') });
    const rows = questionRows(a);
    expect(rows.filter((r) => r['Contact ID'] === a.ben)).toEqual(benBefore);
    const ana = rows.filter((r) => r['Contact ID'] === a.ana);
    expect(ana.map((r) => [r.Question, r.Asked])).toEqual(expect.arrayContaining([['Mu?', true], ['New one?', false], ['New two?', false]]));
    expect(ana.length).toBe(3);
    a.api.finishInterview({ contactId: a.ana, meetingId: 'M-9', answers: [{ text: 'New two?', asked: true, notes: 'Great answer' }] });
    expect(questionRows(a).find((r) => r.Question === 'New two?')).toEqual(expect.objectContaining({ Asked: true, 'Answer notes': 'Great answer', 'Meeting ID': 'M-9' }));
    expect(questionRows(a).find((r) => r.Question === 'New one?')).toEqual(expect.objectContaining({ Asked: false, 'Answer notes': '' }));
  });

  it('keeps text as text: typed formulas, numbers and dates, in its own cells and in the rows it moves', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('A1?', 'A2?') });
    a.api.saveQuestions({ contactId: a.ben, questions: list('=HYPERLINK("http://x","y")', '+44 20 what?', '2026-03-04') });
    const sheet = a.h.sheet('Questions');
    // The user's own column beside the add-on's, on Ben's rows, holding text Sheets would re-read.
    new FakeRange(sheet, 1, 10, 6, 1)._write([['My notes'], [''], [''], ['0123'], ['TRUE'], ['=1+2']], 'raw');
    a.api.saveQuestions({ contactId: a.ana, questions: list('Only?') });
    const rows = questionRows(a);
    const ben = rows.filter((r) => r['Contact ID'] === a.ben);
    expect(ben.map((r) => r.Question)).toEqual(['=HYPERLINK("http://x","y")', '+44 20 what?', '2026-03-04']);
    expect(ben.map((r) => r['My notes'])).toEqual(['0123', 'TRUE', '=1+2']);
    expect(rows.map((r) => r.Question)).toEqual(['Only?', '=HYPERLINK("http://x","y")', '+44 20 what?', '2026-03-04']);
    expect(sheet.getRange(1, 1, sheet.getLastRow(), 10).getFormulas().flat().every((f) => f === '')).toBe(true);
  });

  it('keeps a formula in the user’s own column a formula on the rows a save moves', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('A1?', 'A2?') });
    a.api.saveQuestions({ contactId: a.ben, questions: list('B1?', 'B2?') });
    const sheet = a.h.sheet('Questions');
    sheet.getRange(1, 10).setValue('Words');
    sheet.getRange(4, 10).setFormula('=LEN(E4)');
    a.api.saveQuestions({ contactId: a.ana, questions: list('Only?') });
    // Ben's first row moved up from row 4 to row 3, its formula with it, as a formula (not its value).
    // Its references are written as they were: a moved row's relative references do not follow it.
    expect(questionRows(a)[1]).toEqual(expect.objectContaining({ Question: 'B1?' }));
    expect(sheet.getRange(3, 10).getFormula()).toBe('=LEN(E4)');
  });

  it('reads once and writes once, however many rows the tab holds', () => {
    const a = tracker();
    for (let i = 0; i < 20; i++) a.api.saveQuestions({ contactId: i % 2 ? a.ben : a.chen, questions: list(`Q${i}?`) });
    a.api.saveQuestions({ contactId: a.ana, questions: list('A?') });
    a.h.calls.reset();
    a.api.saveQuestions({ contactId: a.ana, questions: list('B?', 'C?') });
    expect(a.h.calls.byMethod['Range.getValues']).toBe(2); // Contacts, Questions
    expect(a.h.calls.byMethod['Range.setValues']).toBe(1);
  });

  it('finds the tab by its stored id after the user renames it', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('A1?') });
    a.h.sheet('Questions').setName('My questions');
    a.api.saveQuestions({ contactId: a.ana, questions: list('A2?') });
    expect(a.h.spreadsheet.getSheetByName('Questions')).toBeNull();
    expect(rowsByHeader(a.h, 'My questions').map((r) => r.Question)).toEqual(['A2?']);
  });

  it('writes nothing for an empty list, an empty question or an unknown contact', () => {
    const a = tracker();
    expect(a.api.saveQuestions({ contactId: a.ana, questions: [] })).toEqual({ ok: false, errors: { questions: expect.stringMatching(/empty/) } });
    expect(a.api.saveQuestions({ contactId: a.ana, questions: list('  ') })).toEqual({ ok: false, errors: { question1: 'Question 1 is empty.' } });
    expect(() => a.api.saveQuestions({ contactId: 'C-999', questions: list('Hi?') })).toThrow(/no longer in the Contacts tab/);
    expect(a.h.spreadsheet.getSheetByName('Questions')).toBeNull();
  });
});

describe('Questions context', () => {
  it('gives the contact, the bank, the goal from Settings and a first meeting', () => {
    const a = tracker();
    a.h.properties.user.set('infoInterviews.profile', JSON.stringify({ currentStatus: 'Job search' }));
    const ctx = a.api.getQuestionsContext(a.ana);
    expect(ctx.contact).toEqual({ contactId: a.ana, name: 'Ana Ruiz', title: 'Data Engineer', company: 'Acme', industry: 'Renewable energy' });
    expect(ctx).toMatchObject({ goal: 'Job search', meetingNumber: 1, asked: [], saved: [], bankMissing: false, today: '2026-03-04' });
    expect(ctx.bank.length).toBe(readTab(a.h, 'Question Bank').length - 1);
    expect(a.api.getQuestionsContext(a.ben).goal).toBe('Job search');
  });

  it('defaults the goal to career exploration; knows earlier meetings, what was asked and the saved list', () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('One?', 'Two?', 'Three?') });
    a.api.finishInterview({ contactId: a.ana, meetingId: '', answers: [{ text: 'Two?', asked: true, notes: 'n' }] });
    const meetings = a.h.sheet('Meetings');
    meetings.getRange(2, 1, 1, MEETING_COLUMNS.length).setValues([MEETING_COLUMNS.map((c) => (c.key === 'contactId' ? a.ana : c.key === 'meetingId' ? 'M-1' : ''))]);
    const ctx = a.api.getQuestionsContext(a.ana);
    expect(ctx.goal).toBe('Career exploration');
    expect(ctx.meetingNumber).toBe(2);
    expect(ctx.asked).toEqual(['Two?']);
    expect(ctx.saved.map((q) => [q.order, q.text])).toEqual([[1, 'One?'], [3, 'Three?']]);
  });

  it('falls back to the built-in questions when the bank tab is gone', () => {
    const a = tracker();
    a.h.spreadsheet.deleteSheet(a.h.sheet('Question Bank'));
    const ctx = a.api.getQuestionsContext(a.chen);
    expect(ctx.bankMissing).toBe(true);
    expect(ctx.bank.length).toBeGreaterThanOrEqual(60);
  });
});

describe('Check question bank', () => {
  const BANK_HEADERS = BANK_COLUMNS.map((c) => c.header);
  function withBank() {
    const a = tracker();
    const bank = readTab(a.h, 'Question Bank');
    const start = bank.length + 1;
    // As the user pastes them: Sheets' drop-downs would refuse some of these typed one by one.
    sheetWith(a.h, 'Question Bank', [
      ...bank,
      ['Day to day', 'Do you like your job?', 'High', 'Job search', 'Any'],
      ['Organisation and culture', 'What does {company} do?', 'Medium', '', ''],
      ['Misc', 'How did you pick {industry}?', 'Urgent', 'fun', 'Later'],
      ['Next steps', 'What tools do you use every day?', 'Low', '', ''],
    ]);
    return { ...a, start };
  }

  it('flags yes/no and web-search questions with a rewrite, and bad cells, row by row', () => {
    const a = withBank();
    const r = a.api.getBankCheck();
    expect(readTab(a.h, 'Question Bank')[0]).toEqual(BANK_HEADERS);
    const at = (row: number) => r.items.find((i) => i.row === row)!;
    expect(at(a.start).problems).toEqual([expect.objectContaining({ kind: 'yes-no', header: 'Question', a1: `B${a.start}`, suggestion: expect.stringMatching(/^What .*\?$/) })]);
    expect(at(a.start + 1).problems).toEqual([expect.objectContaining({ kind: 'web-search', suggestion: expect.stringContaining('{company}') })]);
    expect(at(a.start + 2).problems.map((p) => [p.kind, p.header])).toEqual([['category', 'Category'], ['priority', 'Priority'], ['stage', 'Stage'], ['goals', 'Goals']]);
    expect(at(a.start + 3).problems.map((p) => p.kind)).toEqual(['next-steps']);
    expect(r.items.length).toBe(4); // the seed itself is clean
    expect(r.rowsChecked).toBe(readTab(a.h, 'Question Bank').length - 1);
  });

  it('selects the problem’s cell, found again by its question after the user sorted', () => {
    const a = withBank();
    const item = a.api.getBankCheck().items.find((i) => i.question === 'Do you like your job?')!;
    sortTab(a.h, 'Question Bank', 'Question');
    const row = readTab(a.h, 'Question Bank').findIndex((r) => r[1] === 'Do you like your job?') + 1;
    expect(row).not.toBe(item.row);
    expect(a.api.selectBankCell({ row: item.row, question: item.question, field: 'question' })).toEqual({ selected: `B${row}` });
    expect(a.h.spreadsheet.getActiveRange().getA1Notation()).toBe(`B${row}`);
  });
});

describe('Menu', () => {
  it('has Prepare questions after Log a meeting and Check question bank after Check outreach fields', () => {
    const a = tracker();
    a.main.onOpen(a.h.event());
    const captions = a.h.ui.menus.at(-1)!.items.map((i) => (i ? i.caption : null));
    expect(captions[captions.indexOf('Log a meeting') + 1]).toBe('Prepare questions');
    expect(captions[captions.indexOf('Check outreach fields') + 1]).toBe('Check question bank');
  });

  it('opens the sidebar on the questions page, and on the bank check', () => {
    const a = tracker();
    a.main.menuPrepareQuestions();
    expect(a.h.ui.sidebars.at(-1)!.html).toContain('data-page="questions" data-view="list"');
    a.main.menuCheckQuestionBank();
    expect(a.h.ui.sidebars.at(-1)!.html).toContain('data-page="questions" data-view="bank-check"');
  });
});

describe('Questions context for a second meeting', () => {
  const base = { durationMin: '', takeaways: '', advice: '', referralsGiven: '', thankYouSent: '', followUpAgreed: '', nextFollowUp: '', notes: '' };
  it('counts only meetings: an email exchange does not make it a third meeting', () => {
    const a = tracker();
    expect(a.api.logMeeting({ ...base, contactId: a.ana, date: '2026-03-01', type: 'Coffee' }).ok).toBe(true);
    expect(a.api.logMeeting({ ...base, contactId: a.ana, date: '2026-03-02', type: 'Email' }).ok).toBe(true);
    expect(a.api.getQuestionsContext(a.ana).meetingNumber).toBe(2);
    expect(a.api.logMeeting({ ...base, contactId: a.ben, date: '2026-03-02', type: 'Email' }).ok).toBe(true);
    expect(a.api.getQuestionsContext(a.ben).meetingNumber).toBe(1);
  });

  it("gives no saved list when the one saved was the last interview's: its unasked rows carry that Meeting ID", () => {
    const a = tracker();
    a.api.saveQuestions({ contactId: a.ana, questions: list('One?', 'Two?', 'Three?') });
    const met = a.api.logMeeting({ ...base, contactId: a.ana, date: '2026-03-04', type: 'Informational interview' });
    const meetingId = met.ok ? met.meetingId! : '';
    a.api.finishInterview({ contactId: a.ana, meetingId, answers: [{ text: 'Two?', asked: true, notes: 'n' }] });
    expect(questionRows(a).map((r) => [r.Question, r.Asked, r['Meeting ID']])).toEqual([
      ['One?', false, meetingId],
      ['Two?', true, meetingId],
      ['Three?', false, meetingId],
    ]);
    const ctx = a.api.getQuestionsContext(a.ana);
    expect(ctx).toMatchObject({ meetingNumber: 2, asked: ['Two?'], saved: [] });
    // The next list, saved the same day, is the one shown.
    a.api.saveQuestions({ contactId: a.ana, questions: list('Four?', 'Five?') });
    expect(a.api.getQuestionsContext(a.ana).saved.map((q) => q.text)).toEqual(['Four?', 'Five?']);
  });
});
