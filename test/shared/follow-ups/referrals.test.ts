import { contactWith, meetingWith, nextActionOn, planOn } from './helpers';

// Ana referred Bo; Bo met the student on 2026-03-03 and has been thanked, so the
// referral loop-back is the only thing left on Bo's row.
const ana = contactWith({ contactId: 'C001', name: 'Ana Ruiz', status: 'Thanked', lastContact: '2026-02-20' });
const bo = (referredBy: string, fields = {}) =>
  contactWith({ contactId: 'C002', name: 'Bo Chen', howFound: 'Referral', referredBy, status: 'Thanked', meetingDate: '2026-03-03', thankYouSent: '2026-03-03', ...fields });

describe('referral loop-back rule', () => {
  it('puts "Tell Ana Ruiz you met them" on the referred person\'s row, 2 days after they met', () => {
    expect(nextActionOn('2026-03-04', [bo('Ana Ruiz'), ana])).toBe('Tell Ana Ruiz you met them (due 2026-03-05, in 1 day)');
    expect(nextActionOn('2026-03-05', [bo('Ana Ruiz'), ana])).toBe('Tell Ana Ruiz you met them (due today)');
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz'), ana])).toBe('Tell Ana Ruiz you met them (due 2026-03-05, 1 day overdue)');
  });

  it('shows in the list of actions, naming both people', () => {
    const plan = planOn('2026-03-06', [ana, bo('Ana Ruiz')]);
    expect(plan.cells.map((c) => c.nextAction)).toEqual(['', 'Tell Ana Ruiz you met them (due 2026-03-05, 1 day overdue)']);
    expect(plan.actions).toEqual([
      expect.objectContaining({
        kind: 'referral-loop',
        contactId: 'C002',
        contactName: 'Bo Chen',
        label: 'Tell Ana Ruiz you met them',
        relatedContactId: 'C001',
        relatedContactName: 'Ana Ruiz',
      }),
    ]);
  });

  it('resolves Referred by written as a Contact ID, as the forms write it', () => {
    expect(nextActionOn('2026-03-06', [bo('C001'), ana])).toBe('Tell Ana Ruiz you met them (due 2026-03-05, 1 day overdue)');
  });

  it('resolves a name typed with other case and spacing', () => {
    expect(nextActionOn('2026-03-06', [bo('  ana   RUIZ '), ana])).toMatch(/^Tell Ana Ruiz you met them/);
  });

  it('stays quiet when the name is shared by two contacts, but not when the ID is used', () => {
    const otherAna = contactWith({ contactId: 'C003', name: 'Ana Ruiz', status: 'To contact' });
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz'), ana, otherAna])).toBe('');
    expect(nextActionOn('2026-03-06', [bo('C003'), ana, otherAna])).toMatch(/^Tell Ana Ruiz you met them/);
  });

  it('stays quiet when Referred by names nobody in the tracker', () => {
    expect(nextActionOn('2026-03-06', [bo('Carla Diaz'), ana])).toBe('');
  });

  it('is done once the referrer has been contacted on or after the meeting', () => {
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz'), { ...ana, lastContact: '2026-03-02' }])).toMatch(/^Tell Ana Ruiz/);
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz'), { ...ana, lastContact: '2026-03-03' }])).toBe('');
  });

  it('is done when the contact with the referrer is a logged interaction', () => {
    const note = meetingWith({ contactId: 'C001', date: '2026-03-04', type: 'Email' });
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz'), ana], { meetings: [note] })).toBe('');
  });

  it('counts from the first meeting with the referred person', () => {
    const second = meetingWith({ contactId: 'C002', date: '2026-04-01', thankYouSent: '2026-04-01' });
    const told = { ...ana, lastContact: '2026-03-10' };
    expect(nextActionOn('2026-04-05', [bo('Ana Ruiz'), told], { meetings: [second] })).toBe('');
  });

  it('fires on a logged meeting even before the Status reaches Met', () => {
    const logged = meetingWith({ contactId: 'C002', date: '2026-03-03', thankYouSent: '2026-03-03' });
    const contacted = bo('Ana Ruiz', { status: 'Scheduled', meetingDate: '', thankYouSent: '' });
    expect(nextActionOn('2026-03-06', [contacted, ana], { meetings: [logged] })).toBe('Tell Ana Ruiz you met them (due 2026-03-05, 1 day overdue)');
  });

  it('waits until the referred person is met', () => {
    const scheduled = bo('Ana Ruiz', { status: 'Scheduled', meetingDate: '2026-03-03', thankYouSent: '' });
    // No loop-back yet: only the reminder to log the meeting.
    expect(nextActionOn('2026-03-06', [scheduled, ana], { prepared: ['C002'] })).toBe('Log the meeting (due 2026-03-03, 3 days overdue)');
    const onlyEmailed = meetingWith({ contactId: 'C002', date: '2026-03-03', type: 'Email' });
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz', { status: 'Contacted', meetingDate: '', thankYouSent: '' }), ana], { meetings: [onlyEmailed] })).toBe(
      'Send a polite follow-up (due 2026-03-10, in 4 days)',
    );
  });

  it('gives way to the thank-you, which is due first', () => {
    const unthanked = bo('Ana Ruiz', { status: 'Met', thankYouSent: '' });
    expect(nextActionOn('2026-03-06', [unthanked, ana])).toBe('Send thank-you note (due 2026-03-04, 2 days overdue)');
  });

  it('uses the number of days the student set', () => {
    expect(nextActionOn('2026-03-06', [bo('Ana Ruiz'), ana], { rules: { referralLoopDays: 0 } })).toBe(
      'Tell Ana Ruiz you met them (due 2026-03-03, 3 days overdue)',
    );
  });

  it('survives cycles in Referred by, reading one hop per row', () => {
    const a = contactWith({ contactId: 'C001', name: 'Ana Ruiz', referredBy: 'C002', status: 'Thanked', meetingDate: '2026-03-01', thankYouSent: '2026-03-01' });
    const b = contactWith({ contactId: 'C002', name: 'Bo Chen', referredBy: 'Carla Diaz', status: 'Thanked', meetingDate: '2026-03-03', thankYouSent: '2026-03-03' });
    const c = contactWith({ contactId: 'C003', name: 'Carla Diaz', referredBy: 'Ana Ruiz', status: 'Contacted', lastContact: '2026-02-25' });
    const plan = planOn('2026-03-06', [a, b, c]);
    expect(plan.cells.map((x) => x.nextAction)).toEqual([
      // Meeting Bo on 03-03 was itself contact with Bo after meeting Ana on 03-01.
      '',
      'Tell Carla Diaz you met them (due 2026-03-05, 1 day overdue)',
      'Send a polite follow-up (due 2026-03-04, 2 days overdue)',
    ]);
  });

  it('ignores a contact referred by themselves', () => {
    expect(nextActionOn('2026-03-06', [bo('Bo Chen')])).toBe('');
    expect(nextActionOn('2026-03-06', [bo('C002')])).toBe('');
  });
});
