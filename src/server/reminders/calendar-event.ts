// A contact's scheduled meeting as a calendar entry. The date and time are the
// spreadsheet's wall clock; the instant comes from the zone's own offset on
// that day (Utilities knows the zone rules), so 09:30 in Sydney is 09:30 there
// on either side of a daylight-saving change.
import { calendarLinks, type CalendarLinks } from '../../shared/reminders';
import type { Contact } from '../../shared/schema';
import { tidy } from '../../shared/drafts';
import type { DocumentInfo } from '../sheet';

export const DEFAULT_MEETING_MINUTES = 30;

function offsetMinutes(ms: number, timeZone: string): number {
  const z = Utilities.formatDate(new Date(ms), timeZone, 'Z'); // e.g. +1100
  const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Epoch ms of a wall-clock date (yyyy-MM-dd) and time (HH:mm) in a zone. */
export function wallClockToMs(date: string, time: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let ms = asUtc - offsetMinutes(asUtc, timeZone) * 60000;
  // Near a change the first guess may sit on the other side of it: correct once.
  const again = asUtc - offsetMinutes(ms, timeZone) * 60000;
  if (again !== ms) ms = again;
  return ms;
}

export interface MeetingDetails {
  contact: Contact;
  date: string;
  time: string;
  place: string;
  mode: string;
  durationMin: number;
}

export function meetingLinks(m: MeetingDetails, timeZone: string, doc: DocumentInfo, questionsLink: string): CalendarLinks {
  const name = tidy(m.contact.name) || m.contact.contactId;
  const role = [tidy(m.contact.title), tidy(m.contact.company)].filter(Boolean).join(', ');
  const description = [
    `Informational interview with ${name}${role ? ` (${role})` : ''}.`,
    m.mode ? `How: ${m.mode}.` : '',
    m.contact.email ? `Email: ${tidy(m.contact.email)}` : '',
    `Prepared questions: ${questionsLink}`,
    `Tracker: ${doc.url}`,
  ].filter(Boolean).join('\n');
  return calendarLinks({
    uid: `${m.contact.contactId}-${m.date}-${doc.id}@info-interviews`,
    title: `Informational interview: ${name}`,
    startMs: wallClockToMs(m.date, m.time, timeZone),
    durationMin: m.durationMin,
    timeZone,
    description,
    location: m.place,
    stampMs: Date.now(),
    fileStem: `meeting ${name} ${m.date}`,
  });
}
