import fc from 'fast-check';
import { actionsForContact, lastContactOf, meetingsByContact, planFollowUps, UPCOMING_DAYS } from '../../../src/shared/follow-ups/plan';
import { DEFAULT_RULES, type FollowUpRules } from '../../../src/shared/follow-ups/rules';
import { indexContacts, resolveContactRef } from '../../../src/shared/contacts/lookup';
import { addDays } from '../../../src/shared/dates';
import { STATUS, MEETING_TYPE, type Contact, type Meeting } from '../../../src/shared/schema';
import { contactWith, meetingWith, planOn } from './helpers';

describe('lastContactOf', () => {
  const ana = contactWith({ contactId: 'C001', name: 'Ana Ruiz', firstContacted: '2026-01-05', lastContact: '2026-02-01' });

  it('is the Last contact cell when nothing later is logged', () => {
    expect(lastContactOf(ana, [])).toBe('2026-02-01');
  });

  it('is restarted by each logged interaction', () => {
    const call = meetingWith({ contactId: 'C001', date: '2026-02-15', type: 'Phone call' });
    const old = meetingWith({ contactId: 'C001', date: '2026-01-20' });
    expect(lastContactOf(ana, [old, call])).toBe('2026-02-15');
  });

  it('counts a thank-you note sent as contact', () => {
    expect(lastContactOf({ ...ana, thankYouSent: '2026-02-03' }, [])).toBe('2026-02-03');
  });

  it('skips dates after asOf, which are plans rather than contact', () => {
    const planned = meetingWith({ contactId: 'C001', date: '2026-03-20' });
    expect(lastContactOf({ ...ana, meetingDate: '2026-03-20' }, [planned], '2026-03-01')).toBe('2026-02-01');
  });

  it('is empty when no date is known, and skips text that is not a date', () => {
    expect(lastContactOf(contactWith({ name: 'X', lastContact: 'recently' }), [meetingWith({ date: 'tbd' })])).toBe('');
  });
});

describe('meetingsByContact', () => {
  const ana = contactWith({ contactId: 'C001', name: 'Ana Ruiz' });
  const bo = contactWith({ contactId: '', name: 'Bo Chen' });
  const twinA = contactWith({ contactId: 'C003', name: 'Dee Lim' });
  const twinB = contactWith({ contactId: 'C004', name: 'Dee Lim' });

  it('links a logged row by its Contact ID, and by an unambiguous name when it has no known ID', () => {
    const byId = meetingWith({ contactId: 'C001', contact: 'Someone else', date: '2026-03-01' });
    const byName = meetingWith({ contactId: '', contact: 'bo chen', date: '2026-03-02' });
    const staleId = meetingWith({ contactId: 'C999', contact: 'Ana Ruiz', date: '2026-03-03' });
    const ambiguous = meetingWith({ contactId: '', contact: 'Dee Lim', date: '2026-03-04' });
    const nobody = meetingWith({ contactId: '', contact: '', date: '2026-03-05' });
    const grouped = meetingsByContact([ana, bo, twinA, twinB], [byId, byName, staleId, ambiguous, nobody]);
    expect(grouped.get(ana)).toEqual([byId, staleId]);
    expect(grouped.get(bo)).toEqual([byName]);
    expect(grouped.has(twinA) || grouped.has(twinB)).toBe(false);
  });
});

// One execution indexes and groups the same rows several times, and the index
// and grouping are reused while the rows are the same: these say a change in
// between is never missed.
describe('indexContacts and meetingsByContact on rows that changed since', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => contactWith({ contactId: `C${i + 1}`, name: `Person ${i + 1}` }));

  it('sees a renamed contact, a changed ID and an added row', () => {
    const rows = people(3);
    expect(indexContacts(rows).byName.get('person 2')).toEqual([rows[1]]);
    rows[1].name = 'Ana Ruiz';
    expect(indexContacts(rows).byName.get('person 2')).toBeUndefined();
    expect(indexContacts(rows).byName.get('ana ruiz')).toEqual([rows[1]]);
    rows[2].contactId = 'C9';
    expect(indexContacts(rows).byId.get('C9')).toBe(rows[2]);
    expect(indexContacts(rows).byId.has('C3')).toBe(false);
    rows.push(contactWith({ contactId: 'C4', name: 'Ana Ruiz' }));
    expect(indexContacts(rows).byName.get('ana ruiz')).toHaveLength(2);
  });

  it('sees a row replaced by another object with the same name and ID', () => {
    const rows = people(2);
    const first = indexContacts(rows);
    rows[0] = { ...rows[0] };
    expect(indexContacts(rows).byId.get('C1')).toBe(rows[0]);
    expect(first.byId.get('C1')).not.toBe(rows[0]);
  });

  it('regroups a meeting moved to another contact, an appended meeting and a renamed contact', () => {
    const rows = people(3);
    const meetings = [meetingWith({ contactId: 'C1', date: '2026-03-01' }), meetingWith({ contactId: '', contact: 'Person 2', date: '2026-03-02' })];
    expect(meetingsByContact(rows, meetings).get(rows[0])).toEqual([meetings[0]]);
    meetings[0].contactId = 'C3';
    expect(meetingsByContact(rows, meetings).has(rows[0])).toBe(false);
    expect(meetingsByContact(rows, meetings).get(rows[2])).toEqual([meetings[0]]);
    meetings.push(meetingWith({ contactId: 'C3', date: '2026-03-03' }));
    expect(meetingsByContact(rows, meetings).get(rows[2])).toHaveLength(2);
    rows[1].name = 'Someone Else';
    expect(meetingsByContact(rows, meetings).has(rows[1])).toBe(false);
    meetings[1].contact = 'someone else';
    expect(meetingsByContact(rows, meetings).get(rows[1])).toEqual([meetings[1]]);
  });

  it('plans as a fresh plan would after rows change between two plans', () => {
    const rows = [contactWith({ contactId: 'C1', name: 'Ana', status: 'Met', meetingDate: '2026-03-01' }), contactWith({ contactId: 'C2', name: 'Bo', status: 'Contacted', lastContact: '2026-02-01' })];
    const meetings = [meetingWith({ contactId: 'C1', date: '2026-03-01' })];
    const before = planFollowUps(rows, meetings, new Set(), '2026-03-04', DEFAULT_RULES);
    expect(before.cells[0].nextAction).toMatch(/^Send thank-you note/);
    meetings[0].contactId = 'C2';
    meetings[0].thankYouSent = '';
    rows[0].thankYouSent = '2026-03-02';
    const after = planFollowUps(rows, meetings, new Set(), '2026-03-04', DEFAULT_RULES);
    const fresh = planFollowUps(rows.map((r) => ({ ...r })), meetings.map((m) => ({ ...m })), new Set(), '2026-03-04', DEFAULT_RULES);
    expect(after.cells).toEqual(fresh.cells);
    expect(after.cells[1].nextAction).toMatch(/^Send thank-you note/);
  });
});

describe('planFollowUps', () => {
  const rows = [
    contactWith({ contactId: 'C001', name: 'Ana Ruiz', priority: 'C', status: 'Met', meetingDate: '2026-03-08' }),
    contactWith({}), // a blank row between contacts
    contactWith({ contactId: '', name: 'Bo Chen', priority: 'A', status: 'Contacted', lastContact: '2026-03-02' }),
    contactWith({ contactId: 'C003', name: 'Carla Diaz', status: 'Scheduled', meetingDate: '2026-03-11' }),
    contactWith({ contactId: 'C004', name: 'Dee Lim', status: 'To contact' }),
    contactWith({ contactId: 'C005', name: 'Eli Park', priority: 'B', status: 'Met', meetingDate: '2026-03-08' }),
  ];

  it('gives one cell per row, in row order, blank rows and rows without an ID included', () => {
    const plan = planOn('2026-03-09', rows);
    expect(plan.cells).toEqual([
      { nextAction: 'Send thank-you note (due today)', actionDue: '2026-03-09' },
      { nextAction: '', actionDue: '' },
      { nextAction: 'Send a polite follow-up (due today)', actionDue: '2026-03-09' },
      { nextAction: 'Prepare questions (due 2026-03-11, in 2 days)', actionDue: '2026-03-11' },
      { nextAction: '', actionDue: '' },
      { nextAction: 'Send thank-you note (due today)', actionDue: '2026-03-09' },
    ]);
  });

  it('clears a stale Next action left on a row that is now blank', () => {
    const stale = contactWith({ nextAction: 'Send thank-you note (due 2026-01-02, 3 days overdue)', actionDue: '2026-01-02' });
    expect(planOn('2026-03-09', [stale]).cells).toEqual([{ nextAction: '', actionDue: '' }]);
  });

  it('lists the chosen actions most urgent first, then by rule, then by Priority, then by row', () => {
    const plan = planOn('2026-03-10', rows);
    expect(plan.actions.map((a) => [a.contactName, a.kind, a.urgency])).toEqual([
      ['Eli Park', 'thank-you', 'overdue'], // B before C on a tie
      ['Ana Ruiz', 'thank-you', 'overdue'],
      ['Bo Chen', 'no-reply', 'overdue'],
      ['Carla Diaz', 'prepare', 'upcoming'],
    ]);
    expect(plan.counts).toEqual({ overdue: 3, today: 0, upcoming: 1 });
  });

  it('keeps a contact with no Contact ID in the list with an empty ID', () => {
    const bo = planOn('2026-03-10', rows).actions.find((a) => a.contactName === 'Bo Chen');
    expect(bo?.contactId).toBe('');
  });

  it('links meetings to their contact, so a logged meeting restarts that contact\'s clock only', () => {
    const call = meetingWith({ contactId: 'C002', date: '2026-03-06', type: 'Phone call', thankYouSent: '2026-03-06' });
    const a = contactWith({ contactId: 'C001', name: 'Ana Ruiz', status: 'Contacted', lastContact: '2026-03-01' });
    const b = contactWith({ contactId: 'C002', name: 'Bo Chen', status: 'Contacted', lastContact: '2026-03-01' });
    expect(planOn('2026-03-09', [a, b], { meetings: [call] }).cells.map((c) => c.nextAction)).toEqual([
      'Send a polite follow-up (due 2026-03-08, 1 day overdue)',
      'Send a polite follow-up (due 2026-03-13, in 4 days)',
    ]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => planFollowUps(rows, [], new Set(), '2026-3-9', DEFAULT_RULES)).toThrow(/yyyy-MM-dd/);
  });

  // Speed is measured by `npm run bench` (the follow-up plan at 10,000 contacts),
  // never by a clock in a unit test, which fails on a busy machine.
  it('plans 10,000 contacts and 20,000 meetings, every row', () => {
    const contacts: Contact[] = [];
    const meetings: Meeting[] = [];
    for (let i = 0; i < 10000; i++) {
      contacts.push(
        contactWith({
          contactId: `C${i}`,
          name: `Person ${i}`,
          referredBy: i % 3 === 0 ? 'C0' : i % 3 === 1 ? `Person ${i - 1}` : '',
          status: STATUS[i % STATUS.length],
          lastContact: addDays('2025-06-01', i % 300),
          meetingDate: addDays('2026-01-01', i % 90),
          nextFollowUp: i % 5 === 0 ? addDays('2026-03-01', i % 20) : '',
        }),
      );
    }
    for (let j = 0; j < 20000; j++) {
      meetings.push(meetingWith({ contactId: j % 7 === 0 ? '' : `C${j % 10000}`, contact: `Person ${j % 10000}`, date: addDays('2025-09-01', j % 200) }));
    }
    const plan = planFollowUps(contacts, meetings, new Set(['C1', 'C2']), '2026-03-10', DEFAULT_RULES);
    expect(plan.cells).toHaveLength(10000);
    expect(plan.counts.overdue).toBeGreaterThan(1000);
  });
});

describe('planFollowUps properties', () => {
  const day = fc.integer({ min: -120, max: 120 }).map((n) => addDays('2026-03-10', n));
  const cell = fc.oneof(fc.constant(''), day, fc.constantFrom('Yes', 'No', 'soon', '2026-02-30'));
  const contactArb = fc.record({
    contactId: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 12 }).map((n) => `C${n}`)),
    name: fc.constantFrom('', 'Ana Ruiz', 'Bo Chen', 'Carla Diaz', 'Dee Lim'),
    referredBy: fc.constantFrom('', 'Ana Ruiz', 'bo chen', 'C1', 'C2', 'Nobody'),
    priority: fc.constantFrom('', 'A', 'B', 'C'),
    status: fc.constantFrom('', 'Waiting', ...STATUS),
    firstContacted: cell,
    lastContact: cell,
    meetingDate: cell,
    thankYouSent: cell,
    nextFollowUp: cell,
  }).map((f) => contactWith(f));
  const meetingArb = fc.record({
    contactId: fc.integer({ min: 0, max: 12 }).map((n) => `C${n}`),
    contact: fc.constantFrom('', 'Ana Ruiz', 'Dee Lim'),
    date: cell,
    type: fc.constantFrom('', ...MEETING_TYPE),
    thankYouSent: cell,
  }).map((f) => meetingWith(f));
  const sceneArb = fc.record({
    contacts: fc.array(contactArb, { maxLength: 12 }),
    meetings: fc.array(meetingArb, { maxLength: 16 }),
    prepared: fc.subarray(['C0', 'C1', 'C2', 'C3']),
    today: day,
    rules: fc.record({
      thankYouDays: fc.integer({ min: 0, max: 14 }),
      noReplyDays: fc.integer({ min: 1, max: 60 }),
      keepInTouchDays: fc.integer({ min: 7, max: 365 }),
      referralLoopDays: fc.integer({ min: 0, max: 30 }),
      prepareDays: fc.integer({ min: 0, max: 14 }),
    }),
  });
  type Scene = { contacts: Contact[]; meetings: Meeting[]; prepared: string[]; today: string; rules: FollowUpRules };
  const planScene = (s: Scene, meetings = s.meetings) => planFollowUps(s.contacts, meetings, new Set(s.prepared), s.today, s.rules);

  it('gives exactly one cell per row and one listed action per filled cell', () => {
    fc.assert(
      fc.property(sceneArb, (s) => {
        const plan = planScene(s);
        expect(plan.cells).toHaveLength(s.contacts.length);
        const filled = plan.cells.filter((c) => c.nextAction !== '');
        expect(plan.cells.every((c) => (c.nextAction === '') === (c.actionDue === ''))).toBe(true);
        expect(plan.actions).toHaveLength(filled.length);
        expect(plan.counts.overdue + plan.counts.today + plan.counts.upcoming).toBe(filled.length);
      }),
    );
  });

  it('writes each chosen action\'s due date into its text, or says due today', () => {
    fc.assert(
      fc.property(sceneArb, (s) => {
        for (const a of planScene(s).actions) {
          if (a.urgency === 'today') expect(a.text).toBe(`${a.label} (due today)`);
          else expect(a.text).toContain(`(due ${a.due}, `);
          expect(a.daysOverdue > 0 ? 'overdue' : a.daysOverdue === 0 ? 'today' : 'upcoming').toBe(a.urgency);
          if (a.kind !== 'prepare') expect(a.daysOverdue).toBeGreaterThanOrEqual(-UPCOMING_DAYS);
        }
      }),
    );
  });

  it('lists actions most urgent first and writes each contact\'s most urgent candidate', () => {
    fc.assert(
      fc.property(sceneArb, (s) => {
        const plan = planScene(s);
        for (let i = 1; i < plan.actions.length; i++) {
          expect(plan.actions[i - 1].daysOverdue).toBeGreaterThanOrEqual(plan.actions[i].daysOverdue);
        }
        const index = indexContacts(s.contacts);
        const grouped = meetingsByContact(s.contacts, s.meetings, index);
        s.contacts.forEach((c, i) => {
          const ref = resolveContactRef(c.referredBy, index);
          const all = actionsForContact(c, {
            today: s.today,
            rules: s.rules,
            meetings: grouped.get(c) ?? [],
            questionsPrepared: c.contactId !== '' && s.prepared.includes(c.contactId),
            referrer: ref && ref !== c ? { contact: ref, lastContact: lastContactOf(ref, grouped.get(ref) ?? [], s.today) } : null,
          });
          const most = Math.max(...all.map((a) => a.daysOverdue));
          expect(plan.cells[i].nextAction).toBe(all.length ? all[0].text : '');
          if (all.length) expect(all[0].daysOverdue).toBe(most);
        });
      }),
    );
  });

  it('gives Declined and No response contacts nothing but an agreed follow-up', () => {
    fc.assert(
      fc.property(sceneArb, (s) => {
        const plan = planScene(s);
        s.contacts.forEach((c, i) => {
          if ((c.status === 'Declined' || c.status === 'No response') && plan.cells[i].nextAction) {
            expect(plan.cells[i].nextAction).toMatch(/^Follow up as agreed/);
          }
        });
      }),
    );
  });

  it('does not depend on the order of the Meetings rows', () => {
    fc.assert(
      fc.property(sceneArb, (s) => {
        expect(planScene(s, [...s.meetings].reverse()).cells).toEqual(planScene(s).cells);
      }),
    );
  });
});
