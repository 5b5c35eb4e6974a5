// What home shows of reminders: the email's last outcome (a failure in red),
// and the scheduled meetings still to come with their calendar links.
import type { UpcomingMeeting, ReminderStatus } from '../../shared/reminders';
import { parseTime } from '../../shared/reminders';
import type { Contact } from '../../shared/schema';
import { parseDateText } from '../../shared/dates';
import { tidy } from '../../shared/drafts';
import { documentInfo, questionsUrl, type Doc } from '../sheet';
import { DEFAULT_MEETING_MINUTES, meetingLinks } from './calendar-event';
import { loadReminderRecord } from './store';
import { reminderStatus } from './settings';

const MEETINGS_SHOWN = 10;

export function remindersHome(doc: Doc, contacts: readonly Contact[], day: string): { reminders: ReminderStatus; meetings: UpcomingMeeting[] } {
  const info = documentInfo(doc);
  const upcoming = contacts
    .map((c) => ({ c, date: parseDateText(c.meetingDate) }))
    // Any meeting date still to come, whatever the Status: a second meeting with a Thanked contact counts too.
    .filter((x): x is { c: Contact; date: string } => !!x.date && x.date >= day)
    .sort((a, b) => (a.date + tidy(a.c.meetingTime) < b.date + tidy(b.c.meetingTime) ? -1 : 1))
    .slice(0, MEETINGS_SHOWN);
  const qUrl = upcoming.some((x) => parseTime(x.c.meetingTime)) ? questionsUrl(doc, info) : '';
  const meetings = upcoming.map(({ c, date }): UpcomingMeeting => {
    const time = parseTime(c.meetingTime) ?? '';
    const place = tidy(c.meetingPlace);
    return {
      contactId: c.contactId,
      contactName: tidy(c.name) || c.contactId,
      date,
      time,
      place,
      links: time ? meetingLinks({ contact: c, date, time, place, mode: tidy(c.preferredMode), durationMin: DEFAULT_MEETING_MINUTES }, doc.timeZone, info, qUrl) : null,
    };
  });
  return { reminders: reminderStatus(loadReminderRecord(info.id)), meetings };
}
