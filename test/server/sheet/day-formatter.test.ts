// Dates read from cells become yyyy-MM-dd in the spreadsheet's zone. Intl says
// it in the script itself once it has agreed with Utilities.formatDate (a
// service call) on two dates; where it cannot or does not agree, every date is
// asked of Utilities, as before. (The fakes' Utilities is built on Intl, so
// here they agree by construction; runSelfTest compares them in real Sheets.)
import { createHarness } from '../../../fakes';
import { beginExecution } from '../../../src/server/execution';
import { dayFormatter, makeCellReader } from '../../../src/server/sheet/cell-codec';

function withUtilities(formatDate?: (d: Date, zone: string, pattern: string) => string) {
  const h = createHarness();
  const real = h.globals.Utilities as { formatDate: (d: Date, zone: string, pattern: string) => string };
  let calls = 0;
  (globalThis as Record<string, unknown>).Utilities = {
    formatDate: (d: Date, zone: string, pattern: string) => {
      calls++;
      return formatDate ? formatDate(d, zone, pattern) : real.formatDate(d, zone, pattern);
    },
  };
  beginExecution();
  return { real, calls: () => calls };
}

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Utilities;
});

/** Every 37 hours over four years: both sides of each change of offset, at every hour of the day. */
const INSTANTS = Array.from({ length: 950 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 37 * 3600 * 1000));

describe('reading dates', () => {
  it.each(['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Apia', 'America/Santiago', 'UTC'])(
    'in %s says what Utilities.formatDate says, asking it twice',
    (zone) => {
      const u = withUtilities();
      const dayOf = dayFormatter(zone);
      for (const d of INSTANTS) expect(dayOf(d)).toBe(u.real.formatDate(d, zone, 'yyyy-MM-dd'));
      expect(u.calls()).toBe(2);
    },
  );

  it('asks Utilities for every date in a zone Intl does not know (Java\'s GMT+5)', () => {
    const u = withUtilities();
    const dayOf = dayFormatter('GMT+5');
    for (const d of INSTANTS.slice(0, 50)) expect(dayOf(d)).toBe(u.real.formatDate(d, 'GMT+5', 'yyyy-MM-dd'));
    expect(u.calls()).toBe(50);
  });

  it('goes back to Utilities for good when the two disagree before Intl is trusted', () => {
    // A Utilities whose zone data differs from Intl's on the second date asked.
    let n = 0;
    const u = withUtilities((d, zone, pattern) => (++n === 2 ? '1999-12-31' : realFormat(d, zone, pattern)));
    const dayOf = dayFormatter('America/New_York');
    const answers = INSTANTS.slice(0, 20).map((d) => dayOf(d));
    expect(answers[1]).toBe('1999-12-31');
    expect(u.calls()).toBe(20);
  });

  it('is asked once a distinct instant by a read of many cells', () => {
    const u = withUtilities();
    const read = makeCellReader('Europe/London');
    const day = new Date(Date.UTC(2026, 2, 4));
    for (let i = 0; i < 1000; i++) read(day);
    expect(read(day)).toBe('2026-03-04');
    expect(u.calls()).toBe(1);
  });
});

const harnessUtilities = createHarness().globals.Utilities as { formatDate: (d: Date, zone: string, pattern: string) => string };
function realFormat(d: Date, zone: string, pattern: string): string {
  return harnessUtilities.formatDate(d, zone, pattern);
}

describe('reading dates where Intl falls short', () => {
  it('asks Utilities when Intl throws on a date', () => {
    const dates = INSTANTS.slice(0, 10);
    const expected = dates.map((d) => realFormat(d, 'Asia/Tokyo', 'yyyy-MM-dd'));
    // Utilities as answered before Intl is broken (the fakes' own Utilities is built on Intl).
    const u = withUtilities((d) => expected[dates.findIndex((x) => x.getTime() === d.getTime())]);
    const parts = Intl.DateTimeFormat.prototype.formatToParts;
    Intl.DateTimeFormat.prototype.formatToParts = () => {
      throw new TypeError('formatToParts is not a function');
    };
    try {
      const dayOf = dayFormatter('Asia/Tokyo');
      expect(dates.map((d) => dayOf(d))).toEqual(expected);
      expect(u.calls()).toBe(10);
    } finally {
      Intl.DateTimeFormat.prototype.formatToParts = parts;
    }
  });
});
