// The marks table of PRODUCT.md, row by row: the dates each mark sets and the
// Status it moves, never backwards, and the student's own text kept.
import { applyMark, MARKS, MARK_KINDS } from '../../../src/shared/follow-ups/marks';
import { groupDueItems } from '../../../src/shared/follow-ups/due';
import { contactWith, planOn } from './helpers';

const TODAY = '2026-03-04';

describe('the marks table', () => {
  it('has one row for each mark the spec names', () => {
    expect(MARK_KINDS).toEqual(['contacted', 'follow-up-sent', 'no-response', 'scheduled', 'meeting-logged', 'thank-you-sent', 'told-referrer', 'checked-in']);
  });

  it.each([
    ['contacted', { status: 'To contact' }, { firstContacted: TODAY, lastContact: TODAY, status: 'Contacted' }],
    ['follow-up-sent', { status: 'Contacted', firstContacted: '2026-02-20', lastContact: '2026-02-20' }, { lastContact: TODAY, status: 'Follow-up sent' }],
    ['no-response', { status: 'Follow-up sent', lastContact: '2026-02-20' }, { status: 'No response' }],
    ['scheduled', { status: 'Follow-up sent' }, { meetingDate: '2026-03-12', status: 'Scheduled' }],
    ['meeting-logged', { status: 'Scheduled', meetingDate: '2026-03-12' }, { lastContact: '2026-03-10', meetingDate: '2026-03-10', status: 'Met' }],
    ['thank-you-sent', { status: 'Met', meetingDate: '2026-03-03' }, { thankYouSent: TODAY, status: 'Thanked' }],
    ['told-referrer', { status: 'Met' }, {}],
    ['checked-in', { status: 'Thanked', lastContact: '2025-12-01' }, { lastContact: TODAY, status: 'Keeping in touch' }],
  ] as const)('%s sets what the table says', (kind, before, patch) => {
    const date = kind === 'scheduled' ? '2026-03-12' : kind === 'meeting-logged' ? '2026-03-10' : undefined;
    const out = applyMark(contactWith(before), kind, TODAY, { date });
    expect(out.patch).toEqual(patch);
    expect(out.logWithReferrer).toBe(kind === 'told-referrer');
  });

  it('never moves Status backwards: a late "contacted" leaves Met, and keeps the first First contacted', () => {
    const met = contactWith({ status: 'Met', firstContacted: '2026-01-05', lastContact: '2026-02-01' });
    expect(applyMark(met, 'contacted', TODAY)).toEqual({ patch: { lastContact: TODAY }, status: 'Met', logWithReferrer: false });
    expect(applyMark(contactWith({ status: 'Thanked' }), 'scheduled', TODAY, { date: '2026-04-01' }).patch).toEqual({ meetingDate: '2026-04-01' });
  });

  it('marks no response only after outreach, and a thank-you moves only Met', () => {
    expect(applyMark(contactWith({ status: 'Met' }), 'no-response', TODAY).patch).toEqual({});
    expect(applyMark(contactWith({ status: 'Contacted' }), 'no-response', TODAY).patch).toEqual({ status: 'No response' });
    expect(applyMark(contactWith({ status: 'Scheduled' }), 'thank-you-sent', TODAY).patch).toEqual({ thankYouSent: TODAY });
  });

  it('keeps a later date the student typed and text that is not a date', () => {
    expect(applyMark(contactWith({ status: 'Contacted', lastContact: '2026-03-09' }), 'follow-up-sent', TODAY).patch).toEqual({ status: 'Follow-up sent' });
    expect(applyMark(contactWith({ status: 'Thanked', lastContact: 'sometime in May' }), 'checked-in', TODAY).patch).toEqual({ status: 'Keeping in touch' });
    expect(applyMark(contactWith({ status: 'Waiting on them' }), 'follow-up-sent', TODAY)).toEqual({ patch: { lastContact: TODAY }, status: 'Waiting on them', logWithReferrer: false });
  });

  it('asks for the date a mark needs', () => {
    expect(() => applyMark(contactWith({}), 'scheduled', TODAY)).toThrow(/needs a date/);
    expect(MARKS.scheduled.sets).toEqual({ meetingDate: 'date' });
  });

  it('each mark clears the item it answers, planned afresh', () => {
    const walk: Array<[string, Parameters<typeof applyMark>[1]]> = [
      ['Send a polite follow-up', 'follow-up-sent'],
      ['Try another channel or mark No response', 'no-response'],
    ];
    const weekLater: string[] = [];
    let c = contactWith({ contactId: 'C1', name: 'Ana Ruiz', status: 'Contacted', lastContact: '2026-02-20' });
    for (const [label, kind] of walk) {
      const before = planOn(TODAY, [c]).due;
      expect(before.map((a) => a.label)).toContain(label);
      c = { ...c, ...applyMark(c, kind, TODAY).patch };
      // The day of the mark: nothing left to do for that step.
      expect(planOn(TODAY, [c]).due.map((a) => a.label)).not.toContain(label);
      // A week on, the next step of the loop (or nothing, after No response).
      weekLater.push(planOn('2026-03-11', [c]).due.map((a) => a.label).join());
    }
    expect(weekLater).toEqual(['Try another channel or mark No response', '']);
  });
});

describe('every due item, grouped', () => {
  it('lists every item of every contact (a thank-you and a loop-back both), grouped Overdue, Today, Coming up', () => {
    const ref = contactWith({ contactId: 'C1', name: 'Bo Chen', status: 'Thanked', lastContact: '2026-01-10' });
    const met = contactWith({ contactId: 'C2', name: 'Ana Ruiz', status: 'Met', meetingDate: '2026-03-01', referredBy: 'C1', nextFollowUp: '2026-03-04' });
    const soon = contactWith({ contactId: 'C3', name: 'Dee Park', status: 'Scheduled', meetingDate: '2026-03-06' });
    const plan = planOn(TODAY, [ref, met, soon]);
    expect(plan.due.map((a) => `${a.contactName}: ${a.label}`)).toEqual([
      'Ana Ruiz: Send thank-you note',
      'Ana Ruiz: Tell Bo Chen you met them',
      'Ana Ruiz: Follow up as agreed',
      'Dee Park: Prepare questions',
    ]);
    // One Next action per contact still: the most urgent.
    expect(plan.cells[1].nextAction).toBe('Send thank-you note (due 2026-03-02, 2 days overdue)');
    const groups = groupDueItems(plan.due);
    expect(groups.map((g) => [g.heading, g.items.length])).toEqual([['Overdue', 2], ['Today', 1], ['Coming up', 1]]);
  });
});
