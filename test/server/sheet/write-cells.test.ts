// How the add-on's writes reach Sheets: text that an ordinary cell stores as
// written goes in bare, so its write needs no read of the cells' formats; and
// the cells one save changes on one row go out together, a call a run of
// adjacent cells, however many steps of the save (the mark, the re-plan) set them.
import fc from 'fast-check';
import { createHarness, sheetWith } from '../../../fakes';
import { storedAsWritten } from '../../../src/server/sheet/write-cells';
import { seedTracker } from '../../support/tracker-seed';
import { addon, rowsByHeader } from '../support';

/** What an automatic-format cell holds after a script writes this text into it (the fakes read typed input as Sheets in en_US). */
function storedInGeneralCell(text: string): unknown {
  const h = createHarness();
  sheetWith(h, 'Scratch', [['']]);
  const range = h.sheet('Scratch').getRange(1, 1);
  range.setValues([[text]]);
  return range.getFormula() || range.getValue();
}

describe('text stored as written', () => {
  it.each([
    'Contacted',
    'Keeping in touch',
    'Send thank-you note (due 2026-03-04, 2 days overdue)',
    'Prepare questions (due 2026-03-05, in 1 day)',
    'C-0007',
    'M-000123',
    'March',
    'Learn SQL before the internship season.',
    'https://www.linkedin.com/in/ana-ruiz',
  ])('%s goes in bare and an ordinary cell keeps it', (text) => {
    expect(storedAsWritten(text)).toBe(true);
    expect(storedInGeneralCell(text)).toBe(text);
  });

  it.each(['TRUE', 'TRUE ', 'false\n', 'Vero', 'WAHR', 'Faux', 'Mar 4, 2026', '4 March 2026', '3/4', '0123 456', '+44 20 7946 0000', '-', '=B1', "'quoted", ' Met', '10:30', '12%', '$5', 'Q3 2026'])(
    '%s keeps its apostrophe',
    (text) => expect(storedAsWritten(text)).toBe(false),
  );

  it('never lets through text that an ordinary cell would turn into something else', () => {
    const words = fc.constantFrom('Mar', 'March', 'Jan', 'May', 'TRUE', 'false', 'am', 'pm', 'due', 'Send', 'x', 'E', 'C', 'M', 'Q');
    const bits = fc.constantFrom(' ', ', ', '-', '/', ':', '.', ' (', ')', '%', '$', '+', '=', "'", '\n', '\t');
    const digits = fc.integer({ min: 0, max: 2026 }).map(String);
    const text = fc.array(fc.oneof(words, bits, digits), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (storedAsWritten(t)) expect(storedInGeneralCell(t)).toBe(t);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the writes of one save', () => {
  function tracker() {
    const a = addon();
    seedTracker(a.h, 20);
    a.h.sheet('Contacts').insertRowsAfter(a.h.sheet('Contacts').getMaxRows(), 50);
    a.main.menuSetUpTracker();
    return a;
  }

  it('mark no response: Status and the re-planned Next action and Action due, side by side, in one setValues and no format read', () => {
    const a = tracker();
    // C-00002 has sent a follow-up that went unanswered.
    a.h.calls.reset();
    const r = a.api.markFollowUp({ contactId: 'C-00002', mark: 'no-response' });
    expect(r.status).toBe('No response');
    expect(a.h.calls.byMethod['Range.setValues']).toBe(1);
    expect(a.h.calls.byMethod['Range.getNumberFormats']).toBeUndefined();
    const row = rowsByHeader(a.h, 'Contacts').find((x) => x['Contact ID'] === 'C-00002')!;
    expect(row).toMatchObject({ Status: 'No response', 'Next action': '', 'Action due': '' });
  });

  it('mark as contacted: one setValues for Status to Action due and one for the dates, even though the mark and the re-plan each set some', () => {
    const a = tracker();
    a.h.calls.reset();
    a.api.markContacted('C-00018');
    const row = rowsByHeader(a.h, 'Contacts').find((x) => x['Contact ID'] === 'C-00018')!;
    expect(row.Status).toBe('Contacted');
    expect(String(row['Next action'])).toMatch(/^Send a polite follow-up \(due 2026-03-11/);
    expect(a.h.calls.byMethod['Range.setValues']).toBe(2);
  });

  it('a mark for a contact no longer in the sheet is refused with nothing written', () => {
    const a = tracker();
    a.h.calls.reset();
    expect(() => a.api.markFollowUp({ contactId: 'C-99999', mark: 'no-response' })).toThrow('no longer in the sheet');
    expect(a.h.calls.byMethod['Range.setValues'] ?? 0).toBe(0);
  });
});
