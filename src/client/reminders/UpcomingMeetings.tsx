// Home's scheduled meetings, each with its calendar links, and the reminder
// email's last problem: an add-on's trigger sends no failure email, so a
// refused permission, a used-up quota or a failed send shows here.
import type { ReminderStatus, UpcomingMeeting } from '../../shared/reminders';
import { humanDate } from '../../shared/drafts';
import type { Navigate } from '../ui';
import { CalendarLinks } from './CalendarLinks';

export function UpcomingMeetings({ meetings, navigate }: { meetings: UpcomingMeeting[]; navigate: Navigate }) {
  return (
    <section class="block home-meetings" aria-labelledby="home-meetings-heading">
      <h2 id="home-meetings-heading">Meetings coming up</h2>
      {meetings.length === 0 ? (
        <p class="secondary">No meeting scheduled. When someone agrees to meet, schedule it to get a calendar entry.</p>
      ) : (
        <ul class="meetings">
          {meetings.map((m) => (
            <li key={`${m.contactId}-${m.date}`}>
              <strong>{m.contactName}</strong>
              <span class="secondary">
                {' '}
                {humanDate(m.date) || m.date}
                {m.time ? ` at ${m.time}` : ''}
                {m.place ? ` · ${m.place}` : ''}
              </span>
              {m.links ? <CalendarLinks links={m.links} who={m.contactName} /> : <p class="secondary">Add a time (Schedule a meeting) for calendar links.</p>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => navigate('schedule')}>
        Schedule a meeting
      </button>
    </section>
  );
}

export function ReminderNotice({ status }: { status: ReminderStatus }) {
  if (status.settings.frequency === 'off') return null;
  if (status.lastError) {
    return (
      <div class="block error-box reminder-error" role="alert">
        <p class="error">{status.lastError}</p>
      </div>
    );
  }
  return status.lastOutcome ? <p class="secondary reminder-outcome">Reminder email: {status.lastOutcome}</p> : null;
}
