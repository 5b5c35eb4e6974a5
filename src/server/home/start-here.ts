// The Start here list's facts the home view does not already carry: whether
// the profile is complete enough to draft with, and whether any outreach went out.
import type { Contact } from '../../shared/schema';
import type { StartHereState } from '../../shared/home';
import { missingProfileFields } from '../../shared/settings';
import { readStatus } from '../../shared/contacts';
import { loadProfile } from '../settings';

export function startHereState(contacts: readonly Contact[]): StartHereState {
  return {
    profile: missingProfileFields(loadProfile()).length === 0,
    outreach: contacts.some((c) => c.firstContacted.trim() !== '' || (readStatus(c.status) ?? 'To contact') !== 'To contact'),
  };
}
