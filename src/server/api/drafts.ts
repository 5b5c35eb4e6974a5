// Entry points of the drafts feature: Draft outreach, Draft thank-you note and
// Settings (menu handlers and its part of the ServerApi).
import type { DraftsApi, MarkResult, OutreachContext, SettingsInput, SettingsSaveResult, SettingsView, ThanksContext } from '../../shared/drafts';
import { showSidebar } from '../sidebar';
import { readSettings, writeSettings } from '../settings';
import { outreachContext, thanksContext } from '../drafts';
import { markContacted as markContactedRow, markThankYouSent as markThanked } from '../drafts';

export function menuDraftOutreach(): void {
  showSidebar('outreach');
}

export function menuDraftThankYou(): void {
  showSidebar('thanks');
}

export function menuSettings(): void {
  showSidebar('settings');
}

export function getSettings(): SettingsView {
  return readSettings();
}

export function saveSettings(input: SettingsInput): SettingsSaveResult {
  return writeSettings(input);
}

export function getOutreachContext(contactId: string): OutreachContext {
  return outreachContext(contactId ?? '');
}

export function getThanksContext(contactId: string): ThanksContext {
  return thanksContext(contactId ?? '');
}

export function markContacted(contactId: string): MarkResult {
  return markContactedRow(contactId);
}

export function markThankYouSent(input: { contactId: string; meetingId: string }): MarkResult {
  return markThanked(input);
}

const _api = { getSettings, saveSettings, getOutreachContext, getThanksContext, markContacted, markThankYouSent } satisfies DraftsApi;
void _api;
