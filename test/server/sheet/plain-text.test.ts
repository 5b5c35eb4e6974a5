// Every write path into plain-text ('@') cells, under both things Sheets might
// do with a script's leading apostrophe there (keep it as a character, or
// consume it as in a general cell: docs/REAL-SHEETS.md): text reads back as
// saved, and five saves in a row of the same values change no cell at all.
import { readTab, sheetWith, type Harness } from '../../../fakes';
import { CONTACT_COLUMNS, MEETING_COLUMNS, QUESTION_COLUMNS, type ColumnSpec } from '../../../src/shared/schema';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader, type Addon } from '../support';

const TEXT_KINDS = new Set(['id', 'text', 'longText', 'email', 'url', 'phone', 'list']);

/** Formats every text column of a tab as plain text, as a student might with Format > Number > Plain text. */
function plainText(h: Harness, tab: string, columns: readonly ColumnSpec[]): void {
  const sheet = h.sheet(tab);
  const header = readTab(h, tab)[0] as string[];
  for (const c of columns) {
    const at = header.indexOf(c.header);
    if (at >= 0 && TEXT_KINDS.has(c.kind)) sheet.getRange(2, at + 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
  }
  // And the student's own column beside the add-on's.
  sheet.getRange(1, header.length + 1, sheet.getMaxRows(), 1).setNumberFormat('@');
}

/** Every value and formula of every tab, Node-side. */
function everything(a: Addon): Record<string, unknown> {
  return Object.fromEntries(a.h.spreadsheet._sheets.map((s) => [s._name, { values: readTab(a.h, s._name), formulas: s.getLastRow() ? s.getDataRange().getFormulas() : [] }]));
}

const TRICKY = {
  title: 'Senior Engineer',
  company: '+44 Partners',
  phone: '+44 20 7946 0000',
  notes: "3/4 of the team; 'quoted' first",
};
const TRICKY_BY_HEADER = { Title: TRICKY.title, Company: TRICKY.company, Phone: TRICKY.phone, Notes: TRICKY.notes };

function tracker(mode: 'kept' | 'consumed'): Addon & { ana: string; ben: string } {
  const a = addon({ assume: { plainTextApostrophe: mode } });
  sheetWith(a.h, 'Contacts', [
    [...CONTACT_HEADERS, 'My notes'],
    [...contactRow({ name: 'Ana Ruiz', status: 'Met', howFound: 'Alumni network', meetingDate: '2026-03-01', ...TRICKY }), 'keep me'],
    [...contactRow({ name: 'Ben Okafor', status: 'Contacted', firstContacted: '2026-02-01', company: 'Initech' }), "'my own quote"],
  ]);
  a.main.menuSetUpTracker();
  plainText(a.h, 'Contacts', CONTACT_COLUMNS);
  const ids = Object.fromEntries(rowsByHeader(a.h, 'Contacts').map((r) => [String(r.Name).split(' ')[0], String(r['Contact ID'])]));
  return { ...a, ana: ids.Ana, ben: ids.Ben };
}

const list = (...texts: string[]) => texts.map((text) => ({ category: 'Advice', text }));

describe.each(['kept', 'consumed'] as const)('plain-text cells when Sheets has the apostrophe %s', (mode) => {
  it('editing a contact writes no apostrophe into an @ cell, and five identical saves change nothing', () => {
    const a = tracker(mode);
    const r = a.api.saveContact({ contactId: a.ana, fields: { title: 'Staff Engineer', notes: "It's '=B1' in notes" } });
    expect(r).toMatchObject({ ok: true, changed: ['Title', 'Notes'] });
    const ana = () => rowsByHeader(a.h, 'Contacts').find((x) => x.Name === 'Ana Ruiz')!;
    expect(ana()).toMatchObject({ Title: 'Staff Engineer', Notes: "It's '=B1' in notes", Phone: TRICKY.phone, 'My notes': 'keep me' });
    const before = everything(a);
    for (let i = 0; i < 5; i++) {
      expect(a.api.saveContact({ contactId: a.ana, fields: { title: 'Staff Engineer', notes: "It's '=B1' in notes", phone: TRICKY.phone } })).toMatchObject({ ok: true, changed: [] });
    }
    expect(everything(a)).toEqual(before);
  });

  it('a new contact, a logged meeting and the marks it makes read back exactly as typed', () => {
    const a = tracker(mode);
    plainText(a.h, 'Meetings', MEETING_COLUMNS);
    const added = a.api.saveContact({ contactId: '', fields: { name: 'Chen Li', title: "'Lead' designer", company: '0123 Studio', industry: '=not a formula', phone: '+1 555 010 0199' } });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const chen = rowsByHeader(a.h, 'Contacts').find((x) => x.Name === 'Chen Li')!;
    expect(chen).toMatchObject({ 'Contact ID': added.contactId, Title: "'Lead' designer", Company: '0123 Studio', Industry: '=not a formula', Phone: '+1 555 010 0199' });
    expect(a.h.sheet('Contacts').getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    a.api.logMeeting({
      contactId: a.ben, date: '2026-03-03', type: 'Informational interview', durationMin: '30', takeaways: '+1 for SQL', advice: "'Ship it'",
      referralsGiven: '', thankYouSent: '', followUpAgreed: '3/4 done', nextFollowUp: '', notes: '',
    });
    expect(rowsByHeader(a.h, 'Meetings')[0]).toMatchObject({ Contact: 'Ben Okafor', Takeaways: '+1 for SQL', Advice: "'Ship it'", 'Follow-up agreed': '3/4 done' });
    expect(rowsByHeader(a.h, 'Contacts').find((x) => x.Name === 'Ben Okafor')).toMatchObject({ Company: 'Initech', 'My notes': "'my own quote" });
  });

  it('the follow-up check and set-up, run five times, change nothing after the first run', () => {
    const a = tracker(mode);
    a.api.refreshFollowUps();
    const ana = rowsByHeader(a.h, 'Contacts').find((x) => x.Name === 'Ana Ruiz')!;
    expect(String(ana['Next action'])).toMatch(/^Send thank-you note/);
    // A pasted row without an ID gets one from set-up.
    sheetWith(a.h, 'Contacts', [...readTab(a.h, 'Contacts'), [...contactRow({ name: 'Dee Ng', title: "'Quoted' title" }), '']]);
    a.main.menuSetUpTracker();
    a.api.refreshFollowUps();
    expect(rowsByHeader(a.h, 'Contacts').find((x) => x.Name === 'Dee Ng')).toMatchObject({ 'Contact ID': 'C-0003', Title: "'Quoted' title" });
    const before = everything(a);
    for (let i = 0; i < 5; i++) {
      a.api.refreshFollowUps();
      a.main.menuSetUpTracker();
    }
    expect(everything(a)).toEqual(before);
    expect(rowsByHeader(a.h, 'Contacts').find((x) => x.Name === 'Ana Ruiz')).toMatchObject({ ...TRICKY_BY_HEADER, 'My notes': 'keep me' });
  });

  it('re-saving a question list five times moves no other row and grows no apostrophe', () => {
    const a = tracker(mode);
    a.api.saveQuestions({ contactId: a.ana, questions: list('First?', 'Second?') });
    plainText(a.h, 'Questions', QUESTION_COLUMNS);
    a.api.saveQuestions({ contactId: a.ben, questions: list("'B1?", '=B1?', '+1 or -1?') });
    const sheet = a.h.sheet('Questions');
    const header = readTab(a.h, 'Questions')[0] as string[];
    const bens = () => rowsByHeader(a.h, 'Questions').filter((r) => r['Contact ID'] === a.ben);
    expect(bens().map((r) => r.Question)).toEqual(["'B1?", '=B1?', '+1 or -1?']);
    let before = everything(a);
    for (let i = 0; i < 5; i++) a.api.saveQuestions({ contactId: a.ben, questions: list("'B1?", '=B1?', '+1 or -1?') });
    expect(everything(a)).toEqual(before);
    // The student's own note beside Ben's first question, and a formula of theirs.
    sheet.getRange(4, header.length + 1).setValue('my note');
    sheet.getRange(5, header.length + 1).setFormula('=LEN(E5)');
    before = everything(a);
    for (let i = 0; i < 5; i++) a.api.saveQuestions({ contactId: a.ana, questions: list('First?', 'Second?') });
    expect(everything(a)).toEqual(before);
    expect(rowsByHeader(a.h, 'Questions').filter((r) => r['Contact ID'] === a.ana).map((r) => r.Question)).toEqual(['First?', 'Second?']);
    // A longer list for Ana moves Ben's rows down, by Sheets, with the student's cells beside them.
    a.api.saveQuestions({ contactId: a.ana, questions: list('First?', 'Second?', 'Third?') });
    expect(bens().map((r) => r.Question)).toEqual(["'B1?", '=B1?', '+1 or -1?']);
    expect(sheet.getRange(5, header.length + 1).getValue()).toBe('my note');
    // Moved as a formula (the fakes do not re-point references on insert, as Sheets would).
    expect(sheet.getRange(6, header.length + 1).getFormula()).toMatch(/^=LEN\(E\d\)$/);
  });

  it('finishing an interview five times writes the same notes and nothing else', () => {
    const a = tracker(mode);
    a.api.saveQuestions({ contactId: a.ana, questions: list('First?', 'Second?') });
    plainText(a.h, 'Questions', QUESTION_COLUMNS);
    const answers = [{ text: 'First?', asked: true, notes: "'Start small'" }, { text: 'Second?', asked: false, notes: '=2 teams' }];
    a.api.finishInterview({ contactId: a.ana, meetingId: '', answers });
    const rows = () => rowsByHeader(a.h, 'Questions').map((r) => [r.Question, r.Asked, r['Answer notes']]);
    expect(rows()).toEqual([['First?', true, "'Start small'"], ['Second?', false, '=2 teams']]);
    const before = everything(a);
    for (let i = 0; i < 5; i++) a.api.finishInterview({ contactId: a.ana, meetingId: '', answers: [answers[1]] });
    expect(everything(a)).toEqual(before);
  });
});
