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
  it('agrees with Date arithmetic on every day of a century, asked twice (days are remembered, within a bound)', () => {
    const viaDate = (iso: string, n: number) => new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + n)).toISOString().slice(0, 10);
    const wrong: string[] = [];
    for (let round = 0; round < 2; round++) {
      let day = '1950-01-01';
      for (let i = 0; i < 36600; i++) {
        const next = addDays(day, 1);
        if (next !== viaDate(day, 1) || addDays(day, 45) !== viaDate(day, 45) || daysBetween(day, next) !== 1) wrong.push(day);
        day = next;
      }
      if (day !== viaDate('1950-01-01', 36600)) wrong.push(`ended on ${day}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a typed date the same the second time, and a changed text afresh', () => {
    expect(parseDateText('3/4/2026')).toBe('2026-03-04');
    expect(parseDateText('3/4/2026')).toBe('2026-03-04');
    expect(parseDateText('3/5/2026')).toBe('2026-03-05');
    expect(parseDateText('2/30/2026')).toBeNull();
    expect(parseDateText('2/30/2026')).toBeNull();
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
