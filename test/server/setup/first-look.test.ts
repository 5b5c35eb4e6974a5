// What a student sees right after Set up tracker: Contacts in front with Name
// and Next action at the left, Name frozen with the header, the Question
// Bank's placeholders explained; and a tracker made in another order keeps it.
import { readTab, sheetWith } from '../../../fakes';
import { addon, CONTACT_HEADERS } from '../support';

const OLD_ORDER = [
  'Contact ID', 'Name', 'Title', 'Company', 'Industry', 'Email', 'LinkedIn', 'Phone', 'How found', 'Referred by', 'Priority', 'Status',
  'Preferred mode', 'First contacted', 'Last contact', 'Meeting date', 'Thank-you sent', 'Next follow-up', 'Next action', 'Notes', 'Action due',
];

describe('Set up tracker, first look', () => {
  it('leaves Contacts in front with Name and Next action in the first columns, Name frozen with the header', () => {
    const { h, main } = addon();
    main.menuSetUpTracker();
    expect(h.spreadsheet.getActiveSheet().getName()).toBe('Contacts');
    expect(CONTACT_HEADERS.slice(0, 5)).toEqual(['Contact ID', 'Name', 'Status', 'Next action', 'Action due']);
    const sheet = h.sheet('Contacts');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(2);
  });

  it('explains the placeholders on the Question Bank header, and keeps a note the student wrote there', () => {
    const { h, main } = addon();
    main.menuSetUpTracker();
    const bank = h.sheet('Question Bank');
    const question = readTab(h, 'Question Bank')[0].indexOf('Question') + 1;
    const note = bank.getRange(1, question).getNote();
    expect(note).toMatch(/\{title\}, \{company\} and \{industry\}/);
    expect(note).toMatch(/\[ … \] is an optional part/);
    bank.getRange(1, question).setNote('My own note');
    main.menuSetUpTracker();
    expect(bank.getRange(1, question).getNote()).toBe('My own note');
  });

  it('never moves the columns of a tracker made in the earlier order, nor unfreezes what the student froze', () => {
    const { h, main } = addon();
    sheetWith(h, 'Contacts', [OLD_ORDER, ['C-0001', 'Ana Ruiz', 'Analyst', 'Acme', '', '', '', '', '', '', '', 'Met', '', '', '', '', '', '', '', 'hi', '']]);
    h.sheet('Contacts').setFrozenColumns(1);
    main.menuSetUpTracker();
    // Its columns stay where they were; set-up only adds the missing ones after them.
    expect(readTab(h, 'Contacts')[0].slice(0, OLD_ORDER.length)).toEqual(OLD_ORDER);
    expect(readTab(h, 'Contacts')[1].slice(0, 4)).toEqual(['C-0001', 'Ana Ruiz', 'Analyst', 'Acme']);
    expect(h.sheet('Contacts').getFrozenColumns()).toBe(1);
    expect(h.spreadsheet.getActiveSheet().getName()).toBe('Contacts');
  });
});
