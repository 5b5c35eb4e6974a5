// The Status order of PRODUCT.md, and "Status never moves backwards by a mark".
import { STATUS, type Status } from '../../../src/shared/schema';
import { laterStatus, readStatus, statusRank } from '../../../src/shared/contacts';
import { statusAfterMeeting } from '../../../src/shared/meetings';
import { PIPELINE } from '../../../src/shared/dashboard';

describe('statusRank', () => {
  it('follows the Status list from To contact to Keeping in touch', () => {
    const along: Status[] = ['To contact', 'Contacted', 'Follow-up sent', 'Scheduled', 'Met', 'Thanked', 'Keeping in touch'];
    expect(STATUS.slice(0, along.length)).toEqual(along);
    for (let i = 1; i < along.length; i++) expect(statusRank(along[i])).toBeGreaterThan(statusRank(along[i - 1]));
  });

  it('puts No response and Declined beside Contacted: reached, but no reply', () => {
    expect(statusRank('No response')).toBe(statusRank('Contacted'));
    expect(statusRank('Declined')).toBe(statusRank('Contacted'));
    expect(statusRank(null)).toBeLessThan(statusRank('To contact'));
  });

  it('orders the dashboard funnel the same way', () => {
    for (let i = 1; i < PIPELINE.length; i++) expect(statusRank(PIPELINE[i])).toBeGreaterThan(statusRank(PIPELINE[i - 1]));
  });
});

describe('readStatus', () => {
  it('forgives case and spacing, and knows nothing else', () => {
    expect(readStatus('  keeping   IN touch ')).toBe('Keeping in touch');
    expect(readStatus('Emailed twice')).toBeNull();
    expect(readStatus('')).toBeNull();
  });
});

describe('laterStatus', () => {
  it.each([
    ['To contact', 'Contacted', 'Contacted'],
    ['', 'Contacted', 'Contacted'],
    ['Met', 'Contacted', 'Met'], // a late "contacted" never undoes a meeting
    ['Keeping in touch', 'Thanked', 'Keeping in touch'],
    ['No response', 'Contacted', 'No response'],
    ['No response', 'Met', 'Met'],
    ['Declined', 'Thanked', 'Thanked'],
    ['follow-up  sent', 'Contacted', 'Follow-up sent'], // kept, in the list's spelling
    ['scheduled', 'Met', 'Met'],
  ] as Array<[string, Status, string]>)('%s, marked %s, is %s', (cell, target, expected) => {
    expect(laterStatus(cell, target)).toBe(expected);
  });

  it("keeps the student's own words when the cell is not on the list", () => {
    expect(laterStatus('Emailed twice', 'Contacted')).toBe('Emailed twice');
    expect(laterStatus('Emailed twice', 'Met')).toBe('Emailed twice');
  });

  it('never moves any status backwards, whichever mark', () => {
    for (const from of STATUS) {
      for (const to of STATUS) {
        const after = laterStatus(from, to) as Status;
        expect([from, to, statusRank(after) >= statusRank(from)]).toEqual([from, to, true]);
      }
    }
  });

  it('is what a logged meeting applies, so an unknown status survives a meeting too', () => {
    const coffee = { date: '2026-03-03', type: 'Coffee', thankYouSent: '' };
    expect(statusAfterMeeting('Emailed twice', coffee, '2026-03-10')).toBe('Emailed twice');
    expect(statusAfterMeeting('Met', coffee, '2026-03-10')).toBe('Met');
  });
});
