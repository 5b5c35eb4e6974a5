// Log a meeting as it opens: everything the form shows first, in one
// google.script.run round trip rather than three (each costs the student
// several hundred milliseconds).
import type { MeetingFormOpen } from '../../shared/meetings';
import { currentSelection } from '../sheet';
import { pathChoices } from '../paths';
import { contactHistory } from './edit';

export function openMeetingForm(): MeetingFormOpen {
  const selection = currentSelection();
  const id = selection.selected?.contactId ?? '';
  return { selection, pathChoices: pathChoices(), history: id ? contactHistory(id) : null };
}
