import { formatActionText } from '../../../src/shared/follow-ups/plan';
import type { Contact } from '../../../src/shared/schema';
import { contactWith, meetingWith, nextActionOn, planOn } from './helpers';

const ana = (fields: Partial<Contact> = {}) => contactWith({ contactId: 'C001', name: 'Ana Ruiz', email: 'ana@example.com', ...fields });

describe('formatActionText (the Next action cell)', () => {
  it('says how overdue, in the words of PRODUCT.md', () => {
    expect(formatActionText('Send thank-you note', '2026-03-04', 2)).toBe('Send thank-you note (due 2026-03-04, 2 days overdue)');
    expect(formatActionText('Send thank-you note', '2026-03-04', 1)).toBe('Send thank-you note (due 2026-03-04, 1 day overdue)');
  });

  it('says due today on the day', () => {
    expect(formatActionText('Follow up as agreed', '2026-03-04', 0)).toBe('Follow up as agreed (due today)');
  });

  it('counts down to an upcoming date', () => {
    expect(formatActionText('Prepare questions', '2026-03-09', -3)).toBe('Prepare questions (due 2026-03-09, in 3 days)');
    expect(formatActionText('Prepare questions', '2026-03-05', -1)).toBe('Prepare questions (due 2026-03-05, in 1 day)');
  });
});

describe('thank-you rule', () => {
  const met = ana({ status: 'Met', meetingDate: '2026-03-03' });

  it('is due 1 day after a Met meeting', () => {
    expect(nextActionOn('2026-03-03', met)).toBe('Send thank-you note (due 2026-03-04, in 1 day)');
    expect(nextActionOn('2026-03-04', met)).toBe('Send thank-you note (due today)');
    expect(nextActionOn('2026-03-05', met)).toBe('Send thank-you note (due 2026-03-04, 1 day overdue)');
    expect(nextActionOn('2026-03-06', met)).toBe('Send thank-you note (due 2026-03-04, 2 days overdue)');
  });

  it('writes the due date beside the text', () => {
    expect(planOn('2026-03-06', [met]).cells[0]).toEqual({
      nextAction: 'Send thank-you note (due 2026-03-04, 2 days overdue)',
      actionDue: '2026-03-04',
    });
  });

  it('follows a logged meeting even when the Status was not updated', () => {
    const scheduled = ana({ status: 'Scheduled' });
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03', type: 'Coffee' });
    expect(nextActionOn('2026-03-04', scheduled, { meetings: [logged] })).toBe('Send thank-you note (due today)');
  });

  it('waits for a meeting logged for today until the Status says Met (the check runs before an afternoon meeting)', () => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03' });
    expect(nextActionOn('2026-03-03', ana({ status: 'Scheduled' }), { meetings: [logged] })).toBe('');
    expect(nextActionOn('2026-03-03', ana({ status: 'Met' }), { meetings: [logged] })).toBe('Send thank-you note (due 2026-03-04, in 1 day)');
  });

  it('does not ask for a thank-you for a Scheduled meeting that was neither logged nor marked Met', () => {
    // It asks for the meeting to be logged instead: without the log no thank-you can fall due.
    expect(nextActionOn('2026-03-06', ana({ status: 'Scheduled', meetingDate: '2026-03-03' }), { prepared: ['C001'] })).toBe(
      'Log the meeting (due 2026-03-03, 3 days overdue)',
    );
  });

  it.each([['Email'], ['Event']])('does not ask for a thank-you after an %s', (type) => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03', type });
    expect(nextActionOn('2026-03-05', ana({ status: 'To contact' }), { meetings: [logged] })).toBe('');
  });

  it('treats a logged row with no type as a meeting', () => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03', type: '' });
    expect(nextActionOn('2026-03-05', ana({ status: 'Scheduled' }), { meetings: [logged] })).toBe('Send thank-you note (due 2026-03-04, 1 day overdue)');
  });

  it('is satisfied by the contact\'s Thank-you sent on or after the meeting', () => {
    expect(nextActionOn('2026-03-06', { ...met, thankYouSent: '2026-03-03' })).toBe('');
    expect(nextActionOn('2026-03-06', { ...met, thankYouSent: '2026-03-05' })).toBe('');
  });

  it('is not satisfied by a Thank-you sent date from before the meeting', () => {
    expect(nextActionOn('2026-03-06', { ...met, thankYouSent: '2026-02-20' })).toBe('Send thank-you note (due 2026-03-04, 2 days overdue)');
  });

  it('is satisfied by a thank-you recorded on the meeting row', () => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03', thankYouSent: '2026-03-04' });
    expect(nextActionOn('2026-03-06', ana({ status: 'Met', meetingDate: '2026-03-03' }), { meetings: [logged] })).toBe('');
  });

  it('reads a career-centre "Yes" as a thank-you and "No" as none', () => {
    expect(nextActionOn('2026-03-06', { ...met, thankYouSent: 'Yes' })).toBe('');
    expect(nextActionOn('2026-03-06', { ...met, thankYouSent: 'TRUE' })).toBe('');
    expect(nextActionOn('2026-03-06', { ...met, thankYouSent: 'No' })).toMatch(/^Send thank-you note/);
    const rowSaysNo = meetingWith({ contactId: 'C001', date: '2026-03-03', thankYouSent: 'not yet' });
    expect(nextActionOn('2026-03-06', ana({ status: 'Scheduled' }), { meetings: [rowSaysNo] })).toMatch(/^Send thank-you note/);
  });

  it('counts Status Thanked or Keeping in touch as thanked', () => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03' });
    expect(nextActionOn('2026-03-06', ana({ status: 'Thanked', meetingDate: '2026-03-03' }), { meetings: [logged] })).toBe('');
    expect(nextActionOn('2026-03-06', ana({ status: 'Keeping in touch', meetingDate: '2026-03-03' }), { meetings: [logged] })).toBe('');
  });

  it('asks again for a new meeting logged after the last thank-you', () => {
    const keeping = ana({ status: 'Keeping in touch', meetingDate: '2026-01-10', thankYouSent: '2026-01-11' });
    const again = meetingWith({ contactId: 'C001', date: '2026-04-10', type: 'Coffee' });
    expect(nextActionOn('2026-04-13', keeping, { meetings: [again] })).toBe('Send thank-you note (due 2026-04-11, 2 days overdue)');
  });

  it('is about the latest meeting: thanking it settles the earlier ones', () => {
    const first = meetingWith({ contactId: 'C001', date: '2026-02-01' });
    const latest = meetingWith({ contactId: 'C001', date: '2026-03-01', thankYouSent: '2026-03-02' });
    expect(nextActionOn('2026-03-06', ana({ status: 'Met', meetingDate: '2026-03-01' }), { meetings: [first, latest] })).toBe('');
  });

  it('uses the number of days the student set', () => {
    expect(nextActionOn('2026-03-04', met, { rules: { thankYouDays: 3 } })).toBe('Send thank-you note (due 2026-03-06, in 2 days)');
    expect(nextActionOn('2026-03-03', met, { rules: { thankYouDays: 0 } })).toBe('Send thank-you note (due today)');
  });
});

describe('no-reply rule', () => {
  const contacted = ana({ status: 'Contacted', lastContact: '2026-03-01' });

  it('is due 7 days after the last contact', () => {
    expect(nextActionOn('2026-03-07', contacted)).toBe('Send a polite follow-up (due 2026-03-08, in 1 day)');
    expect(nextActionOn('2026-03-08', contacted)).toBe('Send a polite follow-up (due today)');
    expect(nextActionOn('2026-03-09', contacted)).toBe('Send a polite follow-up (due 2026-03-08, 1 day overdue)');
  });

  it('restarts its clock on any logged interaction, an email included', () => {
    const reply = meetingWith({ contactId: 'C001', date: '2026-03-05', type: 'Email' });
    expect(nextActionOn('2026-03-09', contacted, { meetings: [reply] })).toBe('Send a polite follow-up (due 2026-03-12, in 3 days)');
  });

  it('after Follow-up sent, suggests another channel once another week passes', () => {
    const chased = ana({ status: 'Follow-up sent', firstContacted: '2026-03-01', lastContact: '2026-03-08' });
    expect(nextActionOn('2026-03-15', chased)).toBe('Try another channel or mark No response (due today)');
  });

  it('uses First contacted when a template has no Last contact', () => {
    expect(nextActionOn('2026-03-09', ana({ status: 'Contacted', firstContacted: '2026-03-01' }))).toBe(
      'Send a polite follow-up (due 2026-03-08, 1 day overdue)',
    );
  });

  it('says nothing when no contact date is known', () => {
    expect(nextActionOn('2026-03-09', ana({ status: 'Contacted' }))).toBe('');
  });

  it('does not show until the due date is a week away', () => {
    const slow = { rules: { noReplyDays: 14 } };
    expect(nextActionOn('2026-03-07', contacted, slow)).toBe('');
    expect(nextActionOn('2026-03-08', contacted, slow)).toBe('Send a polite follow-up (due 2026-03-15, in 7 days)');
  });

  it('ignores a Last contact date in the future (a plan, not a contact)', () => {
    expect(nextActionOn('2026-03-09', ana({ status: 'Contacted', firstContacted: '2026-03-01', lastContact: '2026-04-01' }))).toBe(
      'Send a polite follow-up (due 2026-03-08, 1 day overdue)',
    );
  });
});

describe('agreed follow-up rule', () => {
  const agreed = ana({ status: 'Met', meetingDate: '2026-03-01', thankYouSent: '2026-03-02', nextFollowUp: '2026-03-20' });

  it('shows from a week before the agreed date', () => {
    expect(nextActionOn('2026-03-12', agreed)).toBe('');
    expect(nextActionOn('2026-03-13', agreed)).toBe('Follow up as agreed (due 2026-03-20, in 7 days)');
    expect(nextActionOn('2026-03-19', agreed)).toBe('Follow up as agreed (due 2026-03-20, in 1 day)');
    expect(nextActionOn('2026-03-20', agreed)).toBe('Follow up as agreed (due today)');
    expect(nextActionOn('2026-03-21', agreed)).toBe('Follow up as agreed (due 2026-03-20, 1 day overdue)');
  });

  it('is done once the student has been in touch on or after the agreed date', () => {
    expect(nextActionOn('2026-03-22', { ...agreed, lastContact: '2026-03-20' })).toBe('');
    const call = meetingWith({ contactId: 'C001', date: '2026-03-21', type: 'Phone call', thankYouSent: '2026-03-21' });
    expect(nextActionOn('2026-03-22', agreed, { meetings: [call] })).toBe('');
  });

  it('is the only action for Declined and No response contacts', () => {
    const logged = meetingWith({ contactId: 'C001', date: '2026-03-03' });
    for (const status of ['Declined', 'No response']) {
      const c = ana({ status, lastContact: '2026-01-01', meetingDate: '2026-03-06', referredBy: 'C002' });
      const scene = { meetings: [logged] };
      const bo = contactWith({ contactId: 'C002', name: 'Bo Chen' });
      expect(nextActionOn('2026-03-05', [c, bo], scene)).toBe('');
      expect(nextActionOn('2026-03-05', [{ ...c, nextFollowUp: '2026-06-01' }, bo], scene)).toBe('');
      expect(nextActionOn('2026-05-30', [{ ...c, nextFollowUp: '2026-06-01' }, bo], scene)).toBe('Follow up as agreed (due 2026-06-01, in 2 days)');
    }
  });
});

describe('keep-in-touch rule', () => {
  const thanked = ana({ status: 'Thanked', meetingDate: '2026-01-09', thankYouSent: '2026-01-10' });

  it('is due 90 days after the last contact', () => {
    expect(nextActionOn('2026-04-09', thanked)).toBe('Check in with an update (due 2026-04-10, in 1 day)');
    expect(nextActionOn('2026-04-10', thanked)).toBe('Check in with an update (due today)');
    expect(nextActionOn('2026-04-11', thanked)).toBe('Check in with an update (due 2026-04-10, 1 day overdue)');
  });

  it('restarts on a logged interaction', () => {
    const call = meetingWith({ contactId: 'C001', date: '2026-03-01', type: 'Email' });
    expect(nextActionOn('2026-04-11', { ...thanked, status: 'Keeping in touch' }, { meetings: [call] })).toBe('');
    expect(nextActionOn('2026-05-30', { ...thanked, status: 'Keeping in touch' }, { meetings: [call] })).toBe('Check in with an update (due today)');
  });

  it('uses the interval the student set', () => {
    expect(nextActionOn('2026-02-09', thanked, { rules: { keepInTouchDays: 30 } })).toBe('Check in with an update (due today)');
  });
});

describe('prepare rule', () => {
  const scheduled = ana({ status: 'Scheduled', meetingDate: '2026-03-10' });

  it('asks for questions from 2 days before the meeting to the day itself', () => {
    expect(nextActionOn('2026-03-07', scheduled)).toBe('');
    expect(nextActionOn('2026-03-08', scheduled)).toBe('Prepare questions (due 2026-03-10, in 2 days)');
    expect(nextActionOn('2026-03-10', scheduled)).toBe('Prepare questions (due today)');
    // The day after, the meeting is due to be logged, not prepared for.
    expect(nextActionOn('2026-03-11', scheduled)).toBe('Log the meeting (due 2026-03-10, 1 day overdue)');
  });

  it('is quiet once questions are prepared', () => {
    expect(nextActionOn('2026-03-09', scheduled, { prepared: ['C001'] })).toBe('');
  });

  it('is quiet on the day once the Status says Met', () => {
    expect(nextActionOn('2026-03-10', { ...scheduled, status: 'Met' })).toBe('Send thank-you note (due 2026-03-11, in 1 day)');
  });

  it('uses the window the student set', () => {
    expect(nextActionOn('2026-03-09', scheduled, { rules: { prepareDays: 0 } })).toBe('');
    expect(nextActionOn('2026-03-05', scheduled, { rules: { prepareDays: 5 } })).toBe('Prepare questions (due 2026-03-10, in 5 days)');
  });

  it('still asks for a contact that has no Contact ID yet', () => {
    expect(nextActionOn('2026-03-09', { ...scheduled, contactId: '' }, { prepared: [''] })).toBe('Prepare questions (due 2026-03-10, in 1 day)');
  });
});
