// The "Email me what is due" choice: validated before it is stored, read back
// forgivingly (a hand-edited or older value reads as off, never as an error).
import { REMINDER_FREQUENCIES, WEEKDAY_NAMES, type ReminderFrequency, type ReminderSettings } from './api';

/** The daily check's default hour, the one the trigger used before reminders existed. */
export const DEFAULT_REMINDER_HOUR = 6;
export const DEFAULT_REMINDERS: ReminderSettings = { frequency: 'off', weekday: 0, hour: DEFAULT_REMINDER_HOUR };

function intIn(v: unknown, lo: number, hi: number): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

export function coerceReminders(raw: unknown): ReminderSettings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const frequency = (REMINDER_FREQUENCIES as readonly string[]).includes(String(r.frequency)) ? (r.frequency as ReminderFrequency) : 'off';
  return {
    frequency,
    weekday: intIn(r.weekday, 0, 6) ?? DEFAULT_REMINDERS.weekday,
    hour: intIn(r.hour, 0, 23) ?? DEFAULT_REMINDERS.hour,
  };
}

export type ReminderValidation = { ok: true; settings: ReminderSettings } | { ok: false; errors: Record<string, string> };

export function validateReminders(input: unknown): ReminderValidation {
  const r = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const errors: Record<string, string> = {};
  if (!(REMINDER_FREQUENCIES as readonly string[]).includes(String(r.frequency))) errors.frequency = 'Choose off, daily or weekly.';
  const hour = intIn(r.hour, 0, 23);
  if (hour === null) errors.hour = 'Choose an hour from 0 to 23.';
  const weekday = intIn(r.weekday, 0, 6);
  if (weekday === null && r.frequency === 'weekly') errors.weekday = 'Choose the day of the week.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, settings: { frequency: r.frequency as ReminderFrequency, weekday: weekday ?? 0, hour: hour! } };
}

/** The ISO weekday (0 = Monday) of a yyyy-MM-dd; a calendar fact, the same in every zone. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function hourText(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}

/** "every day at 07:00" / "every Monday at 07:00" / "off". */
export function describeReminders(s: ReminderSettings): string {
  if (s.frequency === 'off') return 'off';
  const when = s.frequency === 'daily' ? 'every day' : `every ${WEEKDAY_NAMES[s.weekday]}`;
  return `${when} at about ${hourText(s.hour)}`;
}

/**
 * Whether the daily check run for `today` should send the digest. Never twice a
 * day: lastSentDay is stored after a send, so a retried trigger or a run by hand
 * the same day sends nothing. Nothing due means no email at all.
 */
export function digestDecision(
  s: ReminderSettings,
  today: string,
  lastSentDay: string,
  itemCount: number,
): { send: true } | { send: false; reason: string } {
  if (s.frequency === 'off') return { send: false, reason: 'Reminder emails are off.' };
  if (s.frequency === 'weekly' && weekdayOf(today) !== s.weekday) {
    return { send: false, reason: `No email today: the weekly email goes out on ${WEEKDAY_NAMES[s.weekday]}s.` };
  }
  if (lastSentDay === today) return { send: false, reason: `Today's email was already sent.` };
  if (itemCount === 0) return { send: false, reason: 'Nothing was due, so no email was sent.' };
  return { send: true };
}
