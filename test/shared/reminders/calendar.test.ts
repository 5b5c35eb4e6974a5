// The calendar entry's two forms: the Google Calendar template link and the RFC 5545 .ics.
import { foldLine, icsFile, icsText, googleCalendarUrl, parseTime, type CalendarEvent } from '../../../src/shared/reminders';

const event: CalendarEvent = {
  uid: 'C-0001-2026-03-10@info-interviews',
  title: 'Informational interview: Ana Ruiz; Acme, Inc.',
  startMs: Date.UTC(2026, 2, 9, 22, 30),
  durationMin: 30,
  timeZone: 'Australia/Sydney',
  description: 'Informational interview with Ana Ruiz (Engineer, Acme).\nPrepared questions: https://docs.google.com/spreadsheets/d/abc/edit#gid=42\nTracker: https://docs.google.com/spreadsheets/d/abc/edit',
  location: 'Café Ümlaut, 1 George St, Sydney',
  stampMs: Date.UTC(2026, 2, 4, 15),
  fileStem: 'meeting Ana Ruiz 2026-03-10',
};

describe('icsFile', () => {
  const ics = icsFile(event);
  const lines = ics.split('\r\n');
  it('is CRLF lines, folded at 75 octets with a leading space, and unfolds to the escaped values', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Info Interviews//Google Sheets add-on//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
    expect(unfolded).toContain('DTSTART:20260309T223000Z');
    expect(unfolded).toContain('DTEND:20260309T230000Z');
    expect(unfolded).toContain('DTSTAMP:20260304T150000Z');
    expect(unfolded).toContain('SUMMARY:Informational interview: Ana Ruiz\\; Acme\\, Inc.');
    expect(unfolded).toContain('LOCATION:Café Ümlaut\\, 1 George St\\, Sydney');
    expect(unfolded.find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:Informational interview with Ana Ruiz (Engineer\\, Acme).\\nPrepared questions: https://docs.google.com/spreadsheets/d/abc/edit#gid=42\\nTracker: https://docs.google.com/spreadsheets/d/abc/edit',
    );
    expect(unfolded.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('folds without splitting a multi-byte character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    for (const l of folded.split('\r\n')) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(icsText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('googleCalendarUrl', () => {
  it('is a template link with the title, UTC times, the zone to show them in and the description', () => {
    const url = googleCalendarUrl(event);
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&')).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(params.get('text')).toBe(event.title);
    expect(params.get('dates')).toBe('20260309T223000Z/20260309T230000Z');
    expect(params.get('ctz')).toBe('Australia/Sydney');
    expect(params.get('details')).toBe(event.description);
    expect(params.get('location')).toBe(event.location);
  });
});

describe('parseTime', () => {
  it('reads a 24-hour time and refuses anything else', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime(' 17.05 ')).toBe('17:05');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9am')).toBeNull();
  });
});
