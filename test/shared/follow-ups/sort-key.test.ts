// The plan sorts its lists by one number per action (sortKey): that number
// must order actions exactly as comparing urgency, rule, Priority and row in turn.
import fc from 'fast-check';
import { compareUrgency, planFollowUps, RULE_ORDER, sortKey, type FollowUpAction } from '../../../src/shared/follow-ups/plan';
import { DEFAULT_RULES } from '../../../src/shared/follow-ups/rules';
import { contactWith, meetingWith } from './helpers';

const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe('sortKey', () => {
  it('orders two actions as compareUrgency, then Priority rank, then row', () => {
    const rows = 5000;
    const action = fc.record({
      daysOverdue: fc.integer({ min: -4000000, max: 4000000 }),
      kind: fc.constantFrom(...RULE_ORDER),
      rank: fc.integer({ min: 0, max: 3 }),
      row: fc.integer({ min: 0, max: rows - 1 }),
    });
    fc.assert(
      fc.property(action, action, fc.boolean(), (a, b, sameDay) => {
        if (sameDay) b = { ...b, daysOverdue: a.daysOverdue };
        const byParts = compareUrgency(a as unknown as FollowUpAction, b as unknown as FollowUpAction) || a.rank - b.rank || a.row - b.row;
        expect(sign(sortKey(a, a.rank, a.row, rows) - sortKey(b, b.rank, b.row, rows))).toBe(sign(byParts));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves the plan’s lists most urgent first, then by Priority, then in sheet order', () => {
    const statuses = ['Contacted', 'Follow-up sent', 'Met', 'Thanked', 'Scheduled', 'Keeping in touch'];
    const row = fc.record({
      status: fc.constantFrom(...statuses),
      priority: fc.constantFrom('A', 'B', 'C', '', 'b'),
      last: fc.integer({ min: 0, max: 60 }),
      agreed: fc.option(fc.integer({ min: -10, max: 10 })),
    });
    const day = (n: number) => new Date(Date.UTC(2026, 2, 4) - n * 86400000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const contacts = rows.map((r, i) =>
          contactWith({ contactId: `C-${i}`, name: `P${i}`, status: r.status, priority: r.priority, lastContact: day(r.last), meetingDate: r.status === 'Scheduled' ? day(-2) : '', nextFollowUp: r.agreed === null ? '' : day(r.agreed), referredBy: i > 0 && i % 3 === 0 ? `P${i - 1}` : '' }),
        );
        const meetings = rows.flatMap((r, i) => (r.status === 'Met' ? [meetingWith({ meetingId: `M-${i}`, contactId: `C-${i}`, date: day(r.last) })] : []));
        const plan = planFollowUps(contacts, meetings, new Set(), '2026-03-04', DEFAULT_RULES);
        const rowOf = new Map(contacts.map((c, i) => [c.contactId, i]));
        const rank = (a: FollowUpAction) => {
          const r = ['A', 'B', 'C'].indexOf(contacts[rowOf.get(a.contactId)!].priority.trim().toUpperCase());
          return r < 0 ? 3 : r;
        };
        for (const list of [plan.actions, plan.due]) {
          for (let i = 1; i < list.length; i++) {
            const a = list[i - 1];
            const b = list[i];
            const byParts = compareUrgency(a, b) || rank(a) - rank(b) || rowOf.get(a.contactId)! - rowOf.get(b.contactId)!;
            expect(byParts).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
