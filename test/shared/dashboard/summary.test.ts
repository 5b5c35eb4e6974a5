// The dashboard's figures on the data students really keep: odd statuses,
// missing dates, meetings for deleted rows, referral loops.
import { lastMonths, lastWeekStarts, summariseDashboard, summariseHome, type DashboardSummary } from '../../../src/shared/dashboard/summary';
import { DEFAULT_RULES } from '../../../src/shared/follow-ups/rules';
import { planFollowUps } from '../../../src/shared/follow-ups/plan';
import type { Contact, Meeting } from '../../../src/shared/schema';
import { contactWith, meetingWith } from '../follow-ups/helpers';
import { APART, PIPELINE, gatherFacts } from '../../../src/shared/dashboard/facts';
import fc from 'fast-check';

const TODAY = '2026-03-04'; // a Wednesday

function summary(contacts: Contact[], meetings: Meeting[] = [], prepared: string[] = []): DashboardSummary {
  return summariseDashboard({ contacts, meetings, preparedContactIds: new Set(prepared), today: TODAY, rules: { ...DEFAULT_RULES } });
}

function funnel(s: DashboardSummary) {
  return Object.fromEntries(s.funnel.map((f) => [f.stage, [f.now, f.reached]]));
}

function apart(s: DashboardSummary) {
  return Object.fromEntries(s.apart.map((a) => [a.stage, a.now]));
}

let n = 0;
const c = (fields: Partial<Contact>) => contactWith({ contactId: `C-${String(++n).padStart(4, '0')}`, ...fields });

describe('the outreach funnel', () => {
  it('counts each contact at its Status, in pipeline order, with Follow-up sent as Contacted', () => {
    const s = summary([
      c({ name: 'A', status: 'To contact' }),
      c({ name: 'B', status: 'Contacted' }),
      c({ name: 'C', status: 'Follow-up sent' }),
      c({ name: 'D', status: 'Scheduled', meetingDate: '2026-03-10' }),
      c({ name: 'E', status: 'Met', meetingDate: '2026-02-20' }),
      c({ name: 'F', status: 'Thanked' }),
      c({ name: 'G', status: 'Keeping in touch' }),
    ]);
    expect(s.funnel.map((f) => f.stage)).toEqual(['To contact', 'Contacted', 'Scheduled', 'Met', 'Thanked', 'Keeping in touch']);
    expect(funnel(s)).toEqual({
      'To contact': [1, 7],
      Contacted: [2, 6],
      Scheduled: [1, 4],
      Met: [1, 3],
      Thanked: [1, 2],
      'Keeping in touch': [1, 1],
    });
    expect(s.contacts).toBe(7);
  });

  it('reads statuses typed in odd case and spacing, and keeps No response, Declined and unknown statuses apart', () => {
    const s = summary([
      c({ name: 'A', status: '  met ' }),
      c({ name: 'B', status: 'FOLLOW-UP  SENT' }),
      c({ name: 'C', status: 'no response' }),
      c({ name: 'D', status: 'Declined' }),
      c({ name: 'E', status: 'emailed him' }),
      c({ name: 'F', status: '' }),
    ]);
    expect(funnel(s).Met[0]).toBe(1);
    expect(funnel(s).Contacted[0]).toBe(1);
    expect(apart(s)).toEqual({ 'No response': 1, Declined: 1, 'No status': 2 });
    // No response and Declined were contacted: they reached Contacted, not Scheduled.
    expect(funnel(s).Contacted[1]).toBe(4);
    expect(funnel(s).Scheduled[1]).toBe(1);
  });

  it('lifts a contact whose row lags behind: a logged meeting means Met, a First contacted date means Contacted', () => {
    const s = summary(
      [c({ name: 'Late updater', status: 'To contact' }), c({ name: 'Dated', firstContacted: '2026-02-02' })],
      // Typed by hand: no Contact ID, just the name.
      [meetingWith({ contact: 'late  UPDATER', date: '2026-02-25' })],
    );
    expect(funnel(s)['To contact']).toEqual([1, 2]);
    expect(funnel(s).Met[1]).toBe(1);
    expect(funnel(s).Contacted[1]).toBe(2);
  });

  it('ignores empty rows, and rows holding only what the follow-up check wrote', () => {
    const s = summary([c({ name: 'A', status: 'Contacted' }), contactWith({}), contactWith({ nextAction: 'Send a polite follow-up', actionDue: '2026-03-01' })]);
    expect(s.contacts).toBe(1);
  });
});

describe('response and meeting rates', () => {
  it('divides replies and meetings by the contacts reached, counting a logged meeting as a reply', () => {
    const ids = { replied: 'C-9001' };
    const s = summary(
      [
        c({ name: 'Waiting', status: 'Contacted' }),
        c({ name: 'Silent', status: 'No response' }),
        c({ name: 'No thanks', status: 'Declined' }),
        c({ name: 'Booked', status: 'Scheduled' }),
        contactWith({ contactId: ids.replied, name: 'Met but status not updated', status: 'Contacted' }),
        c({ name: 'Not yet', status: 'To contact' }),
      ],
      [meetingWith({ contactId: ids.replied, date: '2026-03-01' })],
    );
    expect(s.rates).toEqual({ contacted: 5, replied: 2, met: 1, responseRate: 2 / 5, meetingRate: 1 / 5 });
  });

  it('has no rate before anyone is contacted, rather than dividing by zero', () => {
    const s = summary([c({ name: 'A', status: 'To contact' })]);
    expect(s.rates.responseRate).toBeNull();
    expect(s.rates.meetingRate).toBeNull();
  });

  it('does not count an email exchange or a meeting planned for next week as having met', () => {
    const id = 'C-9100';
    const s = summary(
      [contactWith({ contactId: id, name: 'Pat', status: 'Contacted' })],
      [meetingWith({ contactId: id, type: 'Email', date: '2026-02-01' }), meetingWith({ contactId: id, date: '2026-03-11' })],
    );
    expect(s.rates).toMatchObject({ contacted: 1, replied: 1, met: 0 });
  });
});

describe('activity', () => {
  it('lists the last 12 months and 8 Monday-starting weeks up to today', () => {
    expect(lastMonths(TODAY).map((m) => m.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    expect(lastMonths(TODAY)[0].label).toBe('Apr 2025');
    expect(lastWeekStarts(TODAY)).toEqual(['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02']);
    expect(lastWeekStarts('2026-03-02')[7]).toBe('2026-03-02');
    expect(lastWeekStarts('2026-03-08')[7]).toBe('2026-03-02');
  });

  it('counts meetings per month, including those of a deleted contact, and none from the future or too long ago', () => {
    const id = 'C-9200';
    const s = summary(
      [contactWith({ contactId: id, name: 'Kim', status: 'Met' })],
      [
        meetingWith({ contactId: id, date: '2026-03-02' }),
        meetingWith({ contactId: id, date: '2026-01-15' }),
        meetingWith({ contactId: 'C-0404', contact: 'Deleted person', date: '2026-01-20' }),
        meetingWith({ contactId: id, date: '2026-03-20' }),
        meetingWith({ contactId: id, date: '2025-02-10' }),
        meetingWith({ contactId: id, date: 'sometime in May' }),
      ],
    );
    const byMonth = Object.fromEntries(s.monthlyMeetings.map((m) => [m.month, m.meetings]));
    expect(byMonth['2026-03']).toBe(1);
    expect(byMonth['2026-01']).toBe(2);
    expect(s.monthlyMeetings.reduce((a, m) => a + m.meetings, 0)).toBe(3);
    expect(s.unmatchedMeetings).toBe(1);
  });

  it('counts a meeting kept only in Contacts (Met with a Meeting date) once, even when also logged', () => {
    const id = 'C-9300';
    const s = summary(
      [contactWith({ contactId: id, name: 'Lee', status: 'Met', meetingDate: '2026-02-10' }), c({ name: 'Template user', status: 'Thanked', meetingDate: '2026-02-12' })],
      [meetingWith({ contactId: id, date: '2026-02-10' })],
    );
    expect(s.monthlyMeetings.find((m) => m.month === '2026-02')!.meetings).toBe(2);
  });

  it('counts outreach by week of First contacted; contacts without a date or with a typed note are left out', () => {
    const s = summary([
      c({ name: 'A', status: 'Contacted', firstContacted: '2026-03-02' }),
      c({ name: 'B', status: 'Contacted', firstContacted: '3/4/2026' }),
      c({ name: 'C', status: 'Contacted', firstContacted: '2026-01-12' }),
      c({ name: 'D', status: 'Contacted', firstContacted: '2026-01-11' }),
      c({ name: 'E', status: 'Contacted', firstContacted: 'last spring' }),
      c({ name: 'F', status: 'Contacted' }),
    ]);
    expect(s.weeklyOutreach.map((w) => w.contacted)).toEqual([1, 0, 0, 0, 0, 0, 0, 2]);
  });
});

describe('follow-up counts', () => {
  it('are the follow-up check’s own counts', () => {
    const s = summary([
      c({ name: 'Overdue', status: 'Contacted', lastContact: '2026-02-01' }),
      c({ name: 'Today', status: 'Contacted', lastContact: '2026-02-25' }),
      c({ name: 'Soon', status: 'Contacted', lastContact: '2026-03-01' }),
    ]);
    expect(s.followUps).toEqual({ overdue: 1, today: 1, upcoming: 1 });
  });

  it('are the counts of the plan the caller already made, and the same figures either way', () => {
    const contacts = [c({ name: 'Overdue', status: 'Contacted', lastContact: '2026-02-01' }), c({ name: 'Met', status: 'Met', meetingDate: '2026-03-02' })];
    const counts = planFollowUps(contacts, [], new Set(), TODAY, DEFAULT_RULES).counts;
    const planned = summariseDashboard({ contacts, meetings: [], preparedContactIds: new Set(), today: TODAY, rules: DEFAULT_RULES, followUps: counts });
    expect(planned).toEqual(summary(contacts));
    expect(planned.followUps).toBe(counts);
  });
});

describe('the home page’s part', () => {
  it('is the Dashboard’s own funnel, rates and counts, worked out without the rest', () => {
    const statuses = ['To contact', 'Contacted', 'Follow-up sent', 'Scheduled', 'Met', 'Thanked', 'Keeping in touch', 'No response', 'Declined', 'met ', 'Waiting', ''];
    const contacts = statuses.flatMap((status, i) => [
      c({ name: `P${i}`, status, firstContacted: i % 2 ? '2026-02-20' : '', meetingDate: i % 3 ? '2026-02-27' : '2026-03-09' }),
      c({ name: '', status: '', notes: i % 4 ? '' : 'a note' }),
    ]);
    const meetings = contacts.filter((_, i) => i % 5 === 0).map((x, i) => meetingWith({ contactId: x.contactId, date: i % 2 ? '2026-02-10' : '2026-03-20', type: i % 3 ? 'Coffee' : 'Email' }));
    meetings.push(meetingWith({ contactId: 'C-gone', contact: 'Nobody', date: '2026-01-05' }));
    const input = { contacts, meetings, preparedContactIds: new Set<string>(), today: TODAY, rules: DEFAULT_RULES };
    const full = summariseDashboard(input);
    expect(summariseHome(input)).toEqual({ asOf: full.asOf, contacts: full.contacts, funnel: full.funnel, apart: full.apart, rates: full.rates, followUps: full.followUps });
  });
});

describe('sources', () => {
  it('counts contacts, replies and meetings by How found, forgiving case; blank is Not set, free text is Other', () => {
    const id = 'C-9400';
    const s = summary(
      [
        contactWith({ contactId: id, name: 'A', howFound: 'alumni network', status: 'Met' }),
        c({ name: 'B', howFound: 'Alumni network', status: 'Contacted' }),
        c({ name: 'C', howFound: 'Career fair booth', status: 'Scheduled' }),
        c({ name: 'D', status: 'To contact' }),
      ],
      [meetingWith({ contactId: id, date: '2026-02-02' }), meetingWith({ contactId: id, date: '2026-02-20' })],
    );
    const by = Object.fromEntries(s.sources.map((r) => [r.source, [r.contacts, r.replied, r.meetings]]));
    expect(by['Alumni network']).toEqual([2, 1, 2]);
    expect(by.Other).toEqual([1, 1, 0]);
    expect(by['Not set']).toEqual([1, 0, 0]);
    expect(by.LinkedIn).toEqual([0, 0, 0]);
  });
});

describe('the referral tree', () => {
  const tree = (contacts: Contact[], meetings: Meeting[] = []) =>
    summary(contacts, meetings).referrals.map((l) => `${'  '.repeat(l.depth)}${l.name} ${l.branchMeetings}/${l.introduced}${l.notInContacts ? ' outside' : ''}${l.ambiguous ? ' ambiguous' : ''}${l.loopCut ? ' loop' : ''}`);

  it('nests who led to whom, by name as typed or by Contact ID, with the meetings each branch produced', () => {
    const lines = tree(
      [
        contactWith({ contactId: 'C-1', name: 'Prof. Diaz', status: 'Met' }),
        contactWith({ contactId: 'C-2', name: 'Ana', referredBy: 'prof.  diaz', status: 'Met' }),
        contactWith({ contactId: 'C-3', name: 'Ben', referredBy: 'C-2', status: 'Contacted' }),
        contactWith({ contactId: 'C-4', name: 'Cy', referredBy: 'C-1', status: 'Met' }),
        contactWith({ contactId: 'C-5', name: 'Dee', referredBy: 'Ana', status: 'Met' }),
        contactWith({ contactId: 'C-6', name: 'Loner', status: 'Met' }),
      ],
      [meetingWith({ contactId: 'C-2', date: '2026-02-01' }), meetingWith({ contactId: 'C-5', date: '2026-02-10' }), meetingWith({ contactId: 'C-5', date: '2026-02-24' })],
    );
    // Prof. Diaz and Cy have a Met status but no logged meeting: they count as met, not as meetings.
    expect(lines).toEqual(['Prof. Diaz 3/2', '  Ana 3/2', '    Ben 0/0', '    Dee 2/0', '  Cy 0/0']);
  });

  it('heads a branch with a referrer who is not in Contacts', () => {
    expect(tree([c({ name: 'Eve', referredBy: 'Aunt May' }), c({ name: 'Fay', referredBy: 'aunt may' })])).toEqual(['Aunt May 0/2 outside', '  Eve 0/0', '  Fay 0/0']);
  });

  it('cuts a loop in Referred by so everyone appears once and nothing runs forever', () => {
    const lines = tree([
      contactWith({ contactId: 'C-1', name: 'A', referredBy: 'C-3' }),
      contactWith({ contactId: 'C-2', name: 'B', referredBy: 'C-1' }),
      contactWith({ contactId: 'C-3', name: 'C', referredBy: 'B' }),
      contactWith({ contactId: 'C-4', name: 'D', referredBy: 'C-2' }),
      contactWith({ contactId: 'C-5', name: 'Self', referredBy: 'C-5' }),
    ]);
    expect(lines).toEqual(['A 0/1 loop', '  B 0/2', '    C 0/0', '    D 0/0']);
  });

  it('handles a chain thousands deep without overflowing', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => contactWith({ contactId: `C-${i}`, name: `P${i}`, referredBy: i ? `C-${i - 1}` : '' }));
    const lines = summary(chain).referrals;
    expect(lines).toHaveLength(5000);
    expect(lines[4999].depth).toBe(4999);
  });

  it('is the same tree when thousands of contacts outside any referral sit between its people', () => {
    const people = [
      contactWith({ contactId: 'C-1', name: 'A', referredBy: 'C-3' }),
      contactWith({ contactId: 'C-2', name: 'B', referredBy: 'C-1' }),
      contactWith({ contactId: 'C-3', name: 'C', referredBy: 'B' }),
      contactWith({ contactId: 'C-4', name: 'D', referredBy: 'Aunt May' }),
      contactWith({ contactId: 'C-5', name: 'E', referredBy: 'D', status: 'Met' }),
      contactWith({ contactId: 'C-6', name: 'F', referredBy: 'aunt may' }),
      contactWith({ contactId: 'C-7', name: 'G', referredBy: 'C-7' }),
    ];
    const alone = tree(people, [meetingWith({ contactId: 'C-5', date: '2026-02-01' })]);
    const crowd: Contact[] = [];
    people.forEach((p, i) => {
      for (let k = 0; k < 500; k++) crowd.push(contactWith({ contactId: `X-${i}-${k}`, name: `Other ${i}-${k}`, status: 'Met' }));
      crowd.push(p);
    });
    expect(alone).toEqual(['Aunt May 1/2 outside', '  D 1/1', '    E 1/0', '  F 0/0', 'A 0/1 loop', '  B 0/1', '    C 0/0']);
    expect(tree(crowd, [meetingWith({ contactId: 'C-5', date: '2026-02-01' })])).toEqual(alone);
  });

  it('does not follow an ambiguous name to either of the two people who share it', () => {
    const lines = tree([c({ name: 'Sam Lee' }), c({ name: 'Sam Lee' }), c({ name: 'Tia', referredBy: 'Sam Lee' })]);
    expect(lines).toEqual(['Sam Lee 0/1 outside ambiguous', '  Tia 0/0']);
  });
});

describe('the funnel, statuses kept apart and rates, counted in one pass', () => {
  it('agree with counting each figure on its own, whatever the statuses, dates and meetings', () => {
    const statuses = ['', 'To contact', 'contacted', 'Follow-up sent', 'Scheduled', 'Met', 'Thanked', 'Keeping in touch', 'No response', 'Declined', 'Lunch?'];
    const dates = ['', '2026-01-10', '2026-03-04', '2026-03-20', 'soon'];
    const row = fc.record({ status: fc.constantFrom(...statuses), first: fc.constantFrom(...dates), meet: fc.constantFrom(...dates), logged: fc.constantFrom(...dates, 'none') });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const contacts = rows.map((r, i) => contactWith({ contactId: `C-${i}`, name: `P${i}`, status: r.status, firstContacted: r.first, meetingDate: r.meet }));
        const meetings = rows.flatMap((r, i) => (r.logged === 'none' ? [] : [meetingWith({ meetingId: `M-${i}`, contactId: `C-${i}`, contact: `P${i}`, date: r.logged })]));
        const s = summary(contacts, meetings);
        const byHand = naiveCounts(contacts, meetings);
        expect({ funnel: s.funnel, apart: s.apart, rates: s.rates }).toEqual(byHand);
        const home = summariseHome({ contacts, meetings, preparedContactIds: new Set(), today: TODAY, rules: { ...DEFAULT_RULES } });
        expect({ funnel: home.funnel, apart: home.apart, rates: home.rates }).toEqual(byHand);
      }),
      { numRuns: 300 },
    );
  });
});

/** Each figure counted on its own from the per-contact facts, as the summary once did. */
function naiveCounts(contacts: Contact[], meetings: Meeting[]) {
  const facts = gatherFacts(contacts, meetings, TODAY).contacts;
  const funnel = PIPELINE.map((stage, i) => ({ stage, now: facts.filter((f) => f.now === stage).length, reached: facts.filter((f) => f.reached >= i).length }));
  const apart = APART.map((stage) => ({ stage, now: facts.filter((f) => f.now === stage).length }));
  const contacted = facts.filter((f) => f.contacted).length;
  const replied = facts.filter((f) => f.replied).length;
  const met = facts.filter((f) => f.met).length;
  return { funnel, apart, rates: { contacted, replied, met, responseRate: contacted ? replied / contacted : null, meetingRate: contacted ? met / contacted : null } };
}

describe('the referral tree, walked once for every branch', () => {
  it('lists each person once, with branch sums, introductions and branch order that agree with the lines beneath', () => {
    const names = ['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal'];
    const person = fc.record({ name: fc.constantFrom(...names), ref: fc.constantFrom('', '', ...names, 'Aunt May', 'aunt may', 'Uncle Bob'), meetings: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 14 }), (people) => {
        const contacts = people.map((p, i) => contactWith({ contactId: `C-${i}`, name: p.name, referredBy: p.ref, status: 'Contacted' }));
        const meetings = people.flatMap((p, i) => Array.from({ length: p.meetings }, (_, k) => meetingWith({ meetingId: `M-${i}-${k}`, contactId: `C-${i}`, date: '2026-02-01' })));
        const lines = summary(contacts, meetings).referrals;
        const ids = lines.filter((l) => l.contactId).map((l) => l.contactId);
        expect(new Set(ids).size).toBe(ids.length);
        const heads: Array<{ at: number; people: number }> = [];
        lines.forEach((l, i) => {
          let branch = l.meetings;
          let introduced = 0;
          let end = i + 1;
          for (; end < lines.length && lines[end].depth > l.depth; end++) {
            if (lines[end].depth === l.depth + 1) {
              introduced += 1;
              branch += lines[end].branchMeetings;
            }
          }
          expect(l.introduced).toBe(introduced);
          expect(l.branchMeetings).toBe(branch);
          if (l.depth === 0) heads.push({ at: i, people: end - i });
          else expect(lines[i - 1].depth).toBeGreaterThanOrEqual(l.depth - 1);
        });
        for (let h = 1; h < heads.length; h++) expect(heads[h].people).toBeLessThanOrEqual(heads[h - 1].people);
        // Everyone with a Referred by that is not themself is in the tree, under someone.
        for (const [i, p] of people.entries()) {
          const self = p.ref !== '' && p.ref === p.name && people.filter((q) => q.name === p.name).length === 1;
          if (p.ref && !self) expect(ids).toContain(`C-${i}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the monthly meetings and weekly outreach series', () => {
  it('count each date in the month and the week (Monday on) it falls in, up to today', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.array(fc.record({ first: day, met: day }), { maxLength: 20 }), (today, rows) => {
        const contacts = rows.map((r, i) => contactWith({ contactId: `C-${i}`, name: `P${i}`, status: 'Met', firstContacted: r.first }));
        const meetings = rows.map((r, i) => meetingWith({ meetingId: `M-${i}`, contactId: i % 4 === 3 ? 'C-gone' : `C-${i}`, contact: i % 4 === 3 ? 'Gone' : `P${i}`, date: r.met }));
        const s = summariseDashboard({ contacts, meetings, preparedContactIds: new Set(), today, rules: { ...DEFAULT_RULES } });
        const utc = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
        for (const m of s.monthlyMeetings) {
          // A meeting dated today counts only once Status says Met: every contact here is Met.
          expect(m.meetings).toBe(rows.filter((r) => r.met.slice(0, 7) === m.month && r.met <= today).length);
        }
        for (const w of s.weeklyOutreach) {
          const start = utc(w.weekStart);
          expect(new Date(start).getUTCDay()).toBe(1);
          expect(w.contacted).toBe(rows.filter((r) => utc(r.first) >= start && utc(r.first) < start + 7 * 86400000 && r.first <= today).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the series at their edges', () => {
  it('count a meeting on the first day of the first month shown, not the day before; outreach on the first Monday, not the Sunday before', () => {
    const contacts = [contactWith({ contactId: 'C-1', name: 'A', status: 'Met', firstContacted: '2026-01-12' }), contactWith({ contactId: 'C-2', name: 'B', status: 'Met', firstContacted: '2026-01-11' })];
    const meetings = [meetingWith({ meetingId: 'M-1', contactId: 'C-1', date: '2025-04-01' }), meetingWith({ meetingId: 'M-2', contactId: 'C-2', date: '2025-03-31' })];
    const s = summariseDashboard({ contacts, meetings, preparedContactIds: new Set(), today: TODAY, rules: { ...DEFAULT_RULES } });
    expect(s.monthlyMeetings[0]).toEqual({ month: '2025-04', label: 'Apr 2025', meetings: 1 });
    expect(s.monthlyMeetings.reduce((a, m) => a + m.meetings, 0)).toBe(1);
    expect(s.weeklyOutreach[0]).toEqual({ weekStart: '2026-01-12', contacted: 1 });
    expect(s.weeklyOutreach.reduce((a, w) => a + w.contacted, 0)).toBe(1);
  });
});
