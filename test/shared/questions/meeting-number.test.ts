import { isLeftoverList, meetingNumberOf } from '../../../src/shared/questions/meeting-number';
import { generateQuestions, listLength } from '../../../src/shared/questions/list';
import { SEED_BANK, GOALS, normaliseQuestion } from '../../../src/shared/questions/bank';

const TODAY = '2026-03-10';

describe('which meeting the list is for', () => {
  it('counts interviews, calls, video calls, coffees and events, never an email exchange', () => {
    const met = { type: 'Informational interview', date: '2026-03-01' };
    const email = { type: 'Email', date: '2026-03-05' };
    expect(meetingNumberOf([met, email], 0, TODAY)).toBe(2);
    expect(meetingNumberOf([email], 0, TODAY)).toBe(1);
    for (const type of ['Phone call', 'Video call', 'Coffee', 'Event', 'coffee ']) expect(meetingNumberOf([{ type, date: '2026-03-01' }], 0, TODAY)).toBe(2);
    expect(meetingNumberOf([{ type: 'e-mail', date: '2026-03-01' }], 0, TODAY)).toBe(1);
  });

  it('does not count a meeting still to come, and a question asked makes it a second meeting', () => {
    expect(meetingNumberOf([{ type: 'Coffee', date: '2026-03-20' }], 0, TODAY)).toBe(1);
    expect(meetingNumberOf([], 3, TODAY)).toBe(2);
  });
});

describe('a list left over from the last meeting', () => {
  const row = (preparedOn: string, meetingId = '') => ({ preparedOn, meetingId });
  it('is one an interview used (its rows carry the Meeting ID), or one prepared before a meeting held since', () => {
    expect(isLeftoverList([row('2026-03-01', 'M-0001'), row('2026-03-01')], [], TODAY)).toBe(true);
    expect(isLeftoverList([row('2026-02-28')], [{ type: 'Video call', date: '2026-03-01' }], TODAY)).toBe(true);
  });

  it('is not a list prepared after the last meeting or on its day, nor one before an email only', () => {
    expect(isLeftoverList([row('2026-03-05')], [{ type: 'Coffee', date: '2026-03-01' }], TODAY)).toBe(false);
    expect(isLeftoverList([row('2026-03-01')], [{ type: 'Coffee', date: '2026-03-01' }], TODAY)).toBe(false);
    expect(isLeftoverList([row('2026-02-28')], [{ type: 'Email', date: '2026-03-01' }], TODAY)).toBe(false);
    expect(isLeftoverList([], [{ type: 'Coffee', date: '2026-03-01' }], TODAY)).toBe(false);
  });
});

describe('the deeper list of a second meeting', () => {
  const contact = { title: 'Data Scientist', company: 'Acme', industry: 'retail' };
  it.each(GOALS)('is full and repeats nothing asked at the first (%s)', (goal) => {
    for (const minutes of [15, 20, 30] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        const first = generateQuestions({ contact, goal, minutes, asked: [], bank: SEED_BANK, seed });
        const asked = first.questions.filter((q) => q.fitsInTime).map((q) => q.text);
        const second = generateQuestions({ contact, goal, minutes, asked, meetingNumber: 2, bank: SEED_BANK, seed });
        expect(second.questions).toHaveLength(listLength(minutes));
        expect(second.shortBy).toBe(0);
        const before = new Set(asked.map(normaliseQuestion));
        expect(second.questions.filter((q) => before.has(normaliseQuestion(q.text)))).toEqual([]);
      }
    }
  });
});
