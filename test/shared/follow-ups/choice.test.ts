import { actionsForContact, type FollowUpContext } from '../../../src/shared/follow-ups/plan';
import { DEFAULT_RULES } from '../../../src/shared/follow-ups/rules';
import type { Contact } from '../../../src/shared/schema';
import { contactWith, meetingWith, nextActionOn } from './helpers';

const ana = (fields: Partial<Contact> = {}) => contactWith({ contactId: 'C001', name: 'Ana Ruiz', email: 'ana@example.com', ...fields });

describe('choosing the one Next action', () => {
  const ctx = (over: Partial<FollowUpContext> = {}): FollowUpContext => ({
    today: '2026-03-10',
    rules: DEFAULT_RULES,
    meetings: [],
    questionsPrepared: false,
    referrer: null,
    ...over,
  });

  it('puts the most overdue first', () => {
    const c = ana({ status: 'Thanked', lastContact: '2025-12-01', nextFollowUp: '2026-03-08' });
    expect(actionsForContact(c, ctx()).map((a) => [a.kind, a.daysOverdue, a.urgency])).toEqual([
      ['keep-in-touch', 9, 'overdue'],
      ['agreed', 2, 'overdue'],
    ]);
    expect(nextActionOn('2026-03-10', c)).toBe('Check in with an update (due 2026-03-01, 9 days overdue)');
  });

  it('puts due today before upcoming', () => {
    const c = ana({ status: 'Scheduled', meetingDate: '2026-03-12', nextFollowUp: '2026-03-10' });
    expect(actionsForContact(c, ctx()).map((a) => a.urgency)).toEqual(['today', 'upcoming']);
    expect(nextActionOn('2026-03-10', c)).toBe('Follow up as agreed (due today)');
  });

  it('breaks a tie by rule order: thank-you before an agreed follow-up', () => {
    const c = ana({ status: 'Met', meetingDate: '2026-03-09', nextFollowUp: '2026-03-10' });
    expect(actionsForContact(c, ctx()).map((a) => a.kind)).toEqual(['thank-you', 'agreed']);
  });

  it('breaks a tie by rule order: prepare before an agreed follow-up before a no-reply', () => {
    const c = ana({ status: 'Contacted', lastContact: '2026-03-05', meetingDate: '2026-03-12', nextFollowUp: '2026-03-12' });
    expect(actionsForContact(c, ctx()).map((a) => a.kind)).toEqual(['prepare', 'agreed', 'no-reply']);
  });

  it('fills every field of the action', () => {
    const [a] = actionsForContact(ana({ contactId: ' C001 ', name: ' Ana Ruiz ', status: 'Met', meetingDate: '2026-03-07' }), ctx());
    expect(a).toEqual({
      contactId: 'C001',
      contactName: 'Ana Ruiz',
      kind: 'thank-you',
      label: 'Send thank-you note',
      due: '2026-03-08',
      daysOverdue: 2,
      urgency: 'overdue',
      text: 'Send thank-you note (due 2026-03-08, 2 days overdue)',
      relatedContactId: '',
      relatedContactName: '',
    });
  });

  it('refuses a today that is not a date', () => {
    expect(() => actionsForContact(ana(), ctx({ today: '10/03/2026' }))).toThrow(/yyyy-MM-dd/);
  });
});

describe('calendar days across daylight-saving changes', () => {
  it('counts 2026-03-07 to 2026-03-09 as 2 days (spring forward)', () => {
    expect(nextActionOn('2026-03-09', ana({ status: 'Met', meetingDate: '2026-03-06' }))).toBe(
      'Send thank-you note (due 2026-03-07, 2 days overdue)',
    );
    expect(nextActionOn('2026-03-07', ana({ status: 'Contacted', lastContact: '2026-03-07' }), { rules: { noReplyDays: 2 } })).toBe(
      'Send a polite follow-up (due 2026-03-09, in 2 days)',
    );
  });

  it('counts 2026-10-24 to 2026-10-26 as 2 days (fall back)', () => {
    expect(nextActionOn('2026-10-26', ana({ status: 'Met', meetingDate: '2026-10-23' }))).toBe(
      'Send thank-you note (due 2026-10-24, 2 days overdue)',
    );
    expect(nextActionOn('2026-10-24', ana({ status: 'Scheduled', meetingDate: '2026-10-26' }))).toBe(
      'Prepare questions (due 2026-10-26, in 2 days)',
    );
  });

  it('adds 90 days across the autumn change', () => {
    expect(nextActionOn('2026-12-27', ana({ status: 'Thanked', lastContact: '2026-09-28' }))).toBe('Check in with an update (due today)');
  });
});

describe('cells a user typed by hand', () => {
  it('ignores a date cell that is not a date', () => {
    expect(nextActionOn('2026-03-06', ana({ status: 'Met', meetingDate: 'next Tuesday' }))).toBe('');
    expect(nextActionOn('2026-03-06', ana({ status: 'Met', meetingDate: '2026-02-30' }))).toBe('');
    expect(nextActionOn('2026-03-06', ana({ status: 'Contacted', lastContact: 'soon', nextFollowUp: 'after exams' }))).toBe('');
    const undated = meetingWith({ contactId: 'C001', date: 'tbd' });
    expect(nextActionOn('2026-03-06', ana({ status: 'Scheduled' }), { meetings: [undated] })).toBe('');
  });

  it('falls back to the other dates when one is not a date', () => {
    expect(nextActionOn('2026-03-09', ana({ status: 'Contacted', firstContacted: '2026-03-01', lastContact: 'last week' }))).toBe(
      'Send a polite follow-up (due 2026-03-08, 1 day overdue)',
    );
  });

  it('reads a date typed as text in a common form', () => {
    expect(nextActionOn('2026-03-06', ana({ status: 'Met', meetingDate: '3/4/2026' }))).toBe('Send thank-you note (due 2026-03-05, 1 day overdue)');
    expect(nextActionOn('2026-03-06', ana({ status: 'Met', meetingDate: '4 Mar 2026' }))).toBe('Send thank-you note (due 2026-03-05, 1 day overdue)');
  });

  it('reads a Status whatever its case and spacing', () => {
    expect(nextActionOn('2026-03-06', ana({ status: '  met ', meetingDate: '2026-03-04' }))).toBe('Send thank-you note (due 2026-03-05, 1 day overdue)');
    expect(nextActionOn('2026-03-09', ana({ status: 'contacted', lastContact: '2026-03-01' }))).toMatch(/^Send a polite follow-up/);
  });

  it('still applies the rules that need no Status to an unknown Status', () => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03' });
    expect(nextActionOn('2026-03-05', ana({ status: 'Waiting', lastContact: '2026-01-01' }), { meetings: [logged] })).toBe(
      'Send thank-you note (due 2026-03-04, 1 day overdue)',
    );
  });
});
