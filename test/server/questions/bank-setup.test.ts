// Set up tracker seeds the Question Bank once, in one write, and never over a bank the user has edited.
import { readTab, sheetWith } from '../../../fakes';
import { BANK_COLUMNS } from '../../../src/shared/schema';
import { SEED_BANK } from '../../../src/shared/questions/bank';
import { addon, contactRow, CONTACT_HEADERS, rowsByHeader } from '../support';

const BANK_HEADERS = BANK_COLUMNS.map((c) => c.header);

function withContacts() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [CONTACT_HEADERS, contactRow({ name: 'Ana Ruiz' })]);
  return a;
}

describe('Question Bank seeding', () => {
  it('fills a new bank with the starter questions, each with category, priority, goals and stage', () => {
    const a = withContacts();
    a.main.menuSetUpTracker();
    const rows = rowsByHeader(a.h, 'Question Bank');
    expect(readTab(a.h, 'Question Bank')[0]).toEqual(BANK_HEADERS);
    expect(rows.length).toBe(SEED_BANK.length);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows[0]).toEqual({
      Category: SEED_BANK[0].category,
      Question: SEED_BANK[0].question,
      Priority: SEED_BANK[0].priority,
      Goals: SEED_BANK[0].goals,
      Stage: SEED_BANK[0].stage,
    });
    expect(new Set(rows.map((r) => r.Category)).size).toBe(9);
    expect(a.h.sheet('Question Bank').getRange(2, 1, rows.length, 5).getFormulas().flat().every((f) => f === '')).toBe(true);
  });

  it('writes the seed in one setValues', () => {
    const seeded = withContacts();
    sheetWith(seeded.h, 'Question Bank', [BANK_HEADERS]);
    seeded.h.calls.reset();
    seeded.main.menuSetUpTracker();
    const withSeed = seeded.h.calls.byMethod['Range.setValues'] ?? 0;
    // The same set-up over a bank that already has a row writes no seed.
    const other = withContacts();
    sheetWith(other.h, 'Question Bank', [BANK_HEADERS, ['Advice', 'What would you do in my place?', 'High', '', 'Any']]);
    other.h.calls.reset();
    other.main.menuSetUpTracker();
    expect(withSeed - (other.h.calls.byMethod['Range.setValues'] ?? 0)).toBe(1);
  });

  it('does not seed again when set-up runs twice, and keeps the user’s edits', () => {
    const a = withContacts();
    a.main.menuSetUpTracker();
    const sheet = a.h.sheet('Question Bank');
    sheet.getRange(2, 2).setValue('What got you started, in your own words?');
    sheet.getRange(3, 1, 1, 5).setValues([['', '', '', '', '']]);
    const before = readTab(a.h, 'Question Bank');
    a.main.menuSetUpTracker();
    expect(readTab(a.h, 'Question Bank')).toEqual(before);
  });

  it('never writes over a bank the user already keeps', () => {
    const a = withContacts();
    sheetWith(a.h, 'Question Bank', [
      ['Question', 'Category', 'My notes'],
      ['How did you choose your field?', 'Career path', 'from my adviser'],
    ]);
    a.main.menuSetUpTracker();
    const rows = rowsByHeader(a.h, 'Question Bank');
    expect(rows).toEqual([expect.objectContaining({ Question: 'How did you choose your field?', Category: 'Career path', 'My notes': 'from my adviser', Priority: '' })]);
  });

  it('fills a bank tab that has only its headers, right under them', () => {
    const a = withContacts();
    sheetWith(a.h, 'Question Bank', [BANK_HEADERS]);
    a.main.menuSetUpTracker();
    const values = readTab(a.h, 'Question Bank');
    expect(values[1][1]).toBe(SEED_BANK[0].question);
    expect(values.length).toBe(SEED_BANK.length + 1);
  });
});
