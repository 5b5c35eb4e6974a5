// Log a meeting: one Meetings row, the contact's dates and status, and the
// referrals given, all checked first and then written under one document lock.
import type { Contact, ContactKey } from '../../shared/schema';
import { CONTACT_COLUMNS } from '../../shared/schema';
import type { MeetingInput, SaveResult } from '../../shared/contacts';
import { contactPatchForMeeting, validateMeetingInput } from '../../shared/meetings';
import { parseReferrals, planReferrals } from '../../shared/meetings';
import { indexContacts, referenceTo, validateContactInput } from '../../shared/contacts';
import { appendRecords, openDoc, requireTable, rowOfId, today, withDocumentLock, writeRowCells } from '../sheet';
import { allocateIds } from '../contacts';
import { dueNow, replanAfterWrite } from '../follow-ups';

const HEADER = {} as Record<ContactKey, string>;
for (const c of CONTACT_COLUMNS) HEADER[c.key] = c.header;

export function logMeeting(input: MeetingInput): SaveResult {
  const doc = openDoc();
  const now = today(doc);
  const check = validateMeetingInput(input || {}, now);
  if (!check.ok) return { ok: false, errors: check.errors as Record<string, string> };
  const m = check.meeting;

  return withDocumentLock((): SaveResult => {
    const contacts = requireTable(doc, 'contacts');
    const meetings = requireTable(doc, 'meetings');
    const row = rowOfId(contacts, 'contactId', m.contactId);
    if (row < 2) {
      return { ok: false, errors: { contactId: `Contact ${m.contactId} is no longer in the sheet: someone deleted the row. Nothing was saved; choose the contact again.` } };
    }
    const contact = contacts.rows[row - 2];
    const who = contact.name || contact.contactId;

    // Referrals become contacts by the same rules as the contact form, so none
    // lands as a row that Check outreach fields would reject.
    const plan = planReferrals(parseReferrals(m.referralsGiven).referrals, contacts.rows, { ...contact, name: who }, now);
    const newContacts: Array<Partial<Contact>> = [];
    for (const c of plan.create) {
      const r = validateContactInput(c, contacts.rows);
      if (!r.ok) {
        const first = Object.values(r.errors)[0];
        return { ok: false, errors: { referralsGiven: `Referral "${c.name}": ${first}` } };
      }
      const rec: Partial<Contact> = {};
      for (const k of Object.keys(c) as ContactKey[]) rec[k] = r.contact[k];
      newContacts.push(rec);
    }

    const [meetingId] = allocateIds('meetings', meetings, 1);
    appendRecords(meetings, [
      {
        meetingId,
        contactId: contact.contactId,
        contact: contact.name,
        date: m.date,
        type: m.type,
        durationMin: m.durationMin,
        takeaways: m.takeaways,
        advice: m.advice,
        referralsGiven: m.referralsGiven,
        thankYouSent: m.thankYouSent,
        followUpAgreed: m.followUpAgreed,
        notes: m.notes,
      },
    ]);

    const patch = contactPatchForMeeting(contact, m, now);
    writeRowCells(contacts, row, patch);

    const touched = [contact.contactId, ...plan.link.map((l) => l.contactId)];
    if (newContacts.length) {
      const ids = allocateIds('contacts', contacts, newContacts.length);
      touched.push(...ids);
      appendRecords(contacts, newContacts.map((c, i) => ({ ...c, contactId: ids[i] })));
    }
    const asReferrer = plan.link.length ? referenceTo(contact, indexContacts(contacts.rows)) : '';
    for (const l of plan.link) {
      const at = rowOfId(contacts, 'contactId', l.contactId);
      if (at >= 2) writeRowCells(contacts, at, { referredBy: asReferrer });
    }

    const home = dueNow(replanAfterWrite(doc, { contacts, meetings: meetings.rows, dashboard: true, touched }));
    const status = patch.status ?? contact.status;
    const parts = [`Logged the ${m.type.toLowerCase()} with ${who} on ${m.date} (${meetingId}).`];
    if (patch.status) parts.push(`Status is now ${patch.status}.`);
    if (newContacts.length) parts.push(`Added ${newContacts.length === 1 ? 'a contact' : `${newContacts.length} contacts`} from the referrals: ${newContacts.map((c) => c.name).join(', ')}.`);
    if (plan.link.length) parts.push(`Linked ${plan.link.map((l) => l.name).join(', ')} to ${who}.`);
    if (plan.known.length) parts.push(`Already in your contacts: ${plan.known.join(', ')}.`);
    return {
      ok: true,
      message: parts.join(' '),
      contactId: contact.contactId,
      meetingId,
      createdContacts: newContacts.map((c) => c.name || ''),
      linkedContacts: plan.link.map((l) => l.name),
      changed: (Object.keys(patch) as ContactKey[]).map((k) => HEADER[k]),
      status,
      home,
    };
  });
}
