import { contactPatchForMeeting, emptyMeetingInput, statusAfterMeeting, validateMeetingInput } from '../../../src/shared/meetings/meeting-input';
import { CONTACT_COLUMNS, emptyRecord, type Contact } from '../../../src/shared/schema';
import type { MeetingInput } from '../../../src/shared/contacts/api';

const TODAY = '2026-03-04';
const input = (fields: Partial<MeetingInput> = {}): MeetingInput => ({ ...emptyMeetingInput('C-0001', TODAY), ...fields });
const contact = (fields: Partial<Contact>): Contact => ({ ...emptyRecord(CONTACT_COLUMNS), contactId: 'C-0001', name: 'Ana Ruiz', ...fields });
const errorsOf = (fields: Partial<MeetingInput>) => {
  const r = validateMeetingInput(input(fields), TODAY);
  return r.ok ? {} : r.errors;
};

describe('validateMeetingInput', () => {
  it('accepts a minimal meeting and returns it tidied', () => {
    const r = validateMeetingInput(input({ date: '3/2/2026', type: 'coffee', durationMin: ' 045 ', notes: '  hi ' }), TODAY);
    expect(r).toEqual({ ok: true, meeting: input({ date: '2026-03-02', type: 'Coffee', durationMin: '45', notes: 'hi' }) });
  });

  it('requires a contact, a real date and a type from the list', () => {
    expect(errorsOf({ contactId: '', date: '', type: 'Lunch' })).toEqual({
      contactId: 'Choose the contact you met.',
      date: 'Enter the date of the meeting.',
      type: expect.stringMatching(/^Choose the type of meeting: Informational interview, .*Event\.$/),
    });
    expect(errorsOf({ date: '2026-02-30' }).date).toBe('Date "2026-02-30" is not a real date. Enter a date like 2026-03-04.');
  });

  it('takes whole minutes from 1 to 1440 as the duration', () => {
    expect(errorsOf({ durationMin: '30' })).toEqual({});
    for (const bad of ['0', '1441', '1.5', '-5', 'half an hour']) expect(errorsOf({ durationMin: bad }).durationMin).toMatch(/not a number of minutes/);
  });

  it('refuses a thank-you before the meeting or in the future', () => {
    expect(errorsOf({ date: '2026-03-02', thankYouSent: '2026-03-01' }).thankYouSent).toMatch(/before the meeting \(2026-03-02\)/);
    expect(errorsOf({ date: '2026-03-02', thankYouSent: '2026-03-05' }).thankYouSent).toMatch(/in the future/);
    expect(errorsOf({ date: '2026-03-02', thankYouSent: 'soon' }).thankYouSent).toMatch(/not a real date/);
    expect(errorsOf({ date: '2026-03-02', thankYouSent: '2026-03-04' })).toEqual({});
  });

  it('refuses a next follow-up before the meeting', () => {
    expect(errorsOf({ nextFollowUp: '2026-03-01' }).nextFollowUp).toMatch(/before the meeting/);
    expect(errorsOf({ nextFollowUp: '2026-04-01' })).toEqual({});
  });

  it('reports a referral without a name on the referrals field', () => {
    expect(errorsOf({ referralsGiven: 'Ben, Initech\n, Acme' }).referralsGiven).toMatch(/", Acme" has no name/);
  });

  it('refuses text longer than a cell holds', () => {
    expect(errorsOf({ takeaways: 'x'.repeat(50001) }).takeaways).toMatch(/at most 50000/);
  });
});

describe('statusAfterMeeting', () => {
  const met = { date: '2026-03-03', type: 'Coffee', thankYouSent: '' };
  it.each([
    ['Scheduled', met, 'Met'],
    ['To contact', met, 'Met'],
    ['Contacted', met, 'Met'],
    ['Follow-up sent', met, 'Met'],
    ['No response', met, 'Met'],
    ['Met', { ...met, thankYouSent: '2026-03-04' }, 'Thanked'],
    ['Scheduled', { ...met, thankYouSent: '2026-03-04' }, 'Thanked'],
    ['Met', { ...met, type: 'Email', thankYouSent: '2026-03-04' }, 'Thanked'],
    ['Keeping in touch', { ...met, thankYouSent: '2026-03-04' }, 'Keeping in touch'],
    ['Thanked', met, 'Thanked'],
    ['Contacted', { ...met, date: '2026-03-10' }, 'Scheduled'],
    ['Met', { ...met, date: '2026-03-10' }, 'Met'],
    ['To contact', { ...met, type: 'Email' }, 'Contacted'],
    ['Follow-up sent', { ...met, type: 'Email' }, 'Follow-up sent'],
    ['', met, 'Met'],
    ['scheduled', met, 'Met'],
    ['keeping  in touch', met, 'Keeping in touch'],
  ])('%s after %o is %s', (current, meeting, expected) => {
    expect(statusAfterMeeting(current, meeting, TODAY)).toBe(expected);
  });
});

describe('contactPatchForMeeting', () => {
  it('sets Last contact, Meeting date, Next follow-up, Thank-you sent and Status', () => {
    const c = contact({ status: 'Scheduled', meetingDate: '2026-03-04', lastContact: '2026-02-20' });
    expect(contactPatchForMeeting(c, input({ thankYouSent: '2026-03-04', nextFollowUp: '2026-03-20' }), TODAY)).toEqual({
      lastContact: '2026-03-04',
      thankYouSent: '2026-03-04',
      nextFollowUp: '2026-03-20',
      status: 'Thanked',
    });
  });

  it('keeps the later Last contact and Meeting date when an older meeting is logged', () => {
    const c = contact({ status: 'Met', meetingDate: '2026-02-25', lastContact: '2026-03-01' });
    expect(contactPatchForMeeting(c, input({ date: '2026-02-10' }), TODAY)).toEqual({});
  });

  it('replaces a Scheduled contact’s planned date with the day the meeting happened', () => {
    const c = contact({ status: 'Scheduled', meetingDate: '2026-03-12' });
    expect(contactPatchForMeeting(c, input({ date: '2026-03-03' }), TODAY)).toEqual({ lastContact: '2026-03-03', meetingDate: '2026-03-03', status: 'Met' });
  });

  it('leaves Meeting date alone for an email, and Last contact alone for a meeting still to come', () => {
    expect(contactPatchForMeeting(contact({ status: 'To contact' }), input({ type: 'Email' }), TODAY)).toEqual({ lastContact: TODAY, status: 'Contacted' });
    expect(contactPatchForMeeting(contact({ status: 'Contacted' }), input({ date: '2026-03-09' }), TODAY)).toEqual({ meetingDate: '2026-03-09', status: 'Scheduled' });
  });

  it('reads a date the user typed as text and writes it back as a date', () => {
    const c = contact({ status: 'Met', lastContact: '2/1/2026', meetingDate: '2026-02-01' });
    expect(contactPatchForMeeting(c, input({ date: '2026-01-15' }), TODAY)).toEqual({ lastContact: '2026-02-01' });
  });
});
