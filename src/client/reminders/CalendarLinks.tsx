// "Add to Google Calendar" and the .ics download for one meeting: links only,
// so the add-on needs no Calendar scope. The sidebar's links open in a new tab.
import type { CalendarLinks as Links } from '../../shared/reminders';

export function CalendarLinks({ links, who }: { links: Links; who: string }) {
  const ics = `data:text/calendar;charset=utf-8,${encodeURIComponent(links.ics)}`;
  return (
    <p class="calendar-links">
      <a href={links.googleUrl} target="_blank" rel="noopener noreferrer" aria-label={`Add to Google Calendar: the meeting with ${who} (opens a new tab)`}>
        Add to Google Calendar
      </a>
      {' · '}
      <a href={ics} download={links.icsName} target="_blank" rel="noopener noreferrer" aria-label={`Download .ics: the meeting with ${who}, for any calendar`}>
        Download .ics
      </a>
    </p>
  );
}
