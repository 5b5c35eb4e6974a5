// What the follow-up, loop-back and check-in drafts need, in one read: the
// contact, who the message goes to (the referrer, for a loop-back), the first
// message's date, the latest meeting's takeaway and the last contact.
import type { FollowUpDraftContext } from '../../shared/drafts';
import { firstLineOf, tidy } from '../../shared/drafts';
import { indexContacts, isBlankContact, resolveContactRef } from '../../shared/contacts';
import { cellDate, lastContactOf, meetingsByContact } from '../../shared/follow-ups';
import { PROFILE_LABELS, missingProfileFields } from '../../shared/settings';
import { openDoc, readOptionalTable, requireTable, summaryOf, today } from '../sheet';
import { loadProfile } from '../settings';
import { latestMeeting } from './context';
import { UserError } from '../errors';

const KINDS: ReadonlyArray<FollowUpDraftContext['kind']> = ['follow-up', 'loop-back', 'check-in'];

export function followUpDraftContext(input: { contactId: string; kind: FollowUpDraftContext['kind'] }): FollowUpDraftContext {
  const kind = input?.kind;
  if (KINDS.indexOf(kind) < 0) throw new UserError('That is not a draft the add-on writes.');
  const doc = openDoc();
  const t = today(doc);
  const table = requireTable(doc, 'contacts');
  const all = table.rows.filter((r) => !isBlankContact(r) && r.contactId);
  const contact = all.find((c) => c.contactId === tidy(input?.contactId)) ?? null;
  if (!contact) throw new UserError('That contact is no longer in the sheet. Pick another.');
  const meetings = readOptionalTable(doc, 'meetings')?.rows ?? [];
  const index = indexContacts(all);
  const referrer = resolveContactRef(contact.referredBy, index);
  const recipient = kind === 'loop-back' ? (referrer && referrer !== contact ? referrer : null) : contact;
  const latest = latestMeeting(meetings, contact.contactId, t);
  const profile = loadProfile();
  return {
    kind,
    contacts: all.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name)),
    contact,
    recipient,
    profile,
    missingProfile: missingProfileFields(profile).map((k) => PROFILE_LABELS[k]),
    today: t,
    firstMessageOn: cellDate(contact.firstContacted) ?? cellDate(contact.lastContact) ?? '',
    metName: tidy(contact.name),
    takeaway: latest ? firstLineOf(latest.takeaways) || firstLineOf(latest.advice) : '',
    lastConversationOn: lastContactOf(contact, meetingsByContact(all, meetings, index).get(contact) ?? [], t),
  };
}
