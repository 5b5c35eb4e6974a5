// What another panel hands to Log a meeting: the form's values filled in (the
// interview's time, notes and referrals) and what to do once it is saved.
// Lives as long as the sidebar; the form takes it once.
import type { MeetingInput } from '../../shared/contacts';

export interface MeetingPrefill {
  values: MeetingInput;
  /** Said above the form, e.g. where the values came from. */
  note: string;
  /** Runs after the save with the new Meeting ID; its message is shown with the save's. */
  afterSave?: (meetingId: string) => Promise<string>;
}

let pending: MeetingPrefill | null = null;

/** Hands the values to the next Log a meeting form; then navigate('meeting'). */
export function fillMeetingLog(prefill: MeetingPrefill): void {
  pending = prefill;
}

export function takeMeetingPrefill(): MeetingPrefill | null {
  const p = pending;
  pending = null;
  return p;
}
