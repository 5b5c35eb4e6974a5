// Entry points of the contacts feature: the contact form, Log a meeting and its menu item.
import type { ContactFormData, ContactSaveInput, ContactsApi, MeetingInput, SaveResult } from '../../shared/contacts';
import { showSidebar } from '../sidebar';
import { contactForm, saveContact as saveContactRow } from '../contacts';
import { logMeeting as logMeetingRow } from '../meetings';

export function menuLogMeeting(): void {
  showSidebar('meeting');
}

export function getContactForm(contactId: string): ContactFormData {
  return contactForm(contactId);
}

export function saveContact(input: ContactSaveInput): SaveResult {
  return saveContactRow(input);
}

export function logMeeting(input: MeetingInput): SaveResult {
  return logMeetingRow(input);
}

const _api = { getContactForm, saveContact, logMeeting } satisfies ContactsApi;
void _api;
