import { addDays, daysBetween, isIsoDate, laterOf, parseDateText } from '../../src/shared/dates';

describe('parseDateText', () => {
  it.each([
    ['2026-03-04', '2026-03-04'],
    ['2026/3/4', '2026-03-04'],
    ['3/4/2026', '2026-03-04'],
    ['4 Mar 2026', '2026-03-04'],
    ['04 March 2026', '2026-03-04'],
    ['March 4, 2026', '2026-03-04'],
    [' 2026-12-31 ', '2026-12-31'],
  ])('reads %p as %p', (text, iso) => expect(parseDateText(text)).toBe(iso));

  it.each(['2026-02-30', '31/02/2026', '13/13/2026', 'next Tuesday', '', '2026-3', '4 Foo 2026'])('rejects %p', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('knows leap years', () => {
    expect(parseDateText('2028-02-29')).toBe('2028-02-29');
    expect(parseDateText('2026-02-29')).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('counts days across daylight-saving changes as whole days', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
  });
  it('crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
  it('picks the later date and ignores blanks', () => {
    expect(laterOf('2026-01-02', '2025-12-31')).toBe('2026-01-02');
    expect(laterOf('', '2025-12-31')).toBe('2025-12-31');
    expect(laterOf('2026-01-02', '')).toBe('2026-01-02');
  });
  it('validates yyyy-MM-dd strictly', () => {
    expect(isIsoDate('2026-03-04')).toBe(true);
    expect(isIsoDate('2026-3-4')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });
});
