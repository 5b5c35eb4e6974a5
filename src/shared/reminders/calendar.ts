// A scheduled meeting as a calendar entry, without a Calendar scope: a Google
// Calendar template link the student opens in a new tab, and an RFC 5545 .ics
// file for any other calendar. Times are written in UTC (the trailing Z), which
// RFC 5545 accepts without a VTIMEZONE; the link's ctz shows them in the
// spreadsheet's zone. The server turns the local date and time into the instant
// (it has the zone rules), so this file only formats.
import type { CalendarLinks } from './api';

export interface CalendarEvent {
  /** Stable per contact and meeting day, so importing twice updates rather than duplicates. */
  uid: string;
  title: string;
  /** The meeting's start as epoch milliseconds. */
  startMs: number;
  durationMin: number;
  /** The spreadsheet's zone, for the link's display. */
  timeZone: string;
  description: string;
  location: string;
  /** When the file was made (DTSTAMP). */
  stampMs: number;
  /** For the file name. */
  fileStem: string;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** 20260309T223000Z */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

export function googleCalendarUrl(e: CalendarEvent): string {
  const end = e.startMs + e.durationMin * 60000;
  const q = [
    'action=TEMPLATE',
    `text=${encodeURIComponent(e.title)}`,
    `dates=${utcStamp(e.startMs)}/${utcStamp(end)}`,
    `ctz=${encodeURIComponent(e.timeZone)}`,
    `details=${encodeURIComponent(e.description)}`,
  ];
  if (e.location) q.push(`location=${encodeURIComponent(e.location)}`);
  return `https://calendar.google.com/calendar/render?${q.join('&')}`;
}

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and newlines escaped. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** RFC 5545 3.1: lines longer than 75 octets are folded (CRLF and one space), never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Bytes(ch.codePointAt(0)!);
    // A continuation line starts with the space, which counts towards its 75.
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

export function icsFile(e: CalendarEvent): string {
  const end = e.startMs + e.durationMin * 60000;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Info Interviews//Google Sheets add-on//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.stampMs)}`,
    `DTSTART:${utcStamp(e.startMs)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${icsText(e.title)}`,
    `DESCRIPTION:${icsText(e.description)}`,
  ];
  if (e.location) lines.push(`LOCATION:${icsText(e.location)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'meeting';
}

export function calendarLinks(e: CalendarEvent): CalendarLinks {
  return { googleUrl: googleCalendarUrl(e), ics: icsFile(e), icsName: `${slug(e.fileStem)}.ics` };
}

/** HH:mm on a 24-hour clock; also reads 9:30 and 9.30. Null for anything else. */
export function parseTime(text: string): string | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text ?? '');
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? `${pad(h)}:${pad(min)}` : null;
}
