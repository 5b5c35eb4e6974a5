// Log a meeting: one Meetings row, the contact's dates and status, and the
// referrals given, all checked first and then written under one document lock.
import type { Contact, ContactKey } from '../../shared/schema';
import { CONTACT_COLUMNS } from '../../shared/schema';
import type { MeetingInput, SaveResult } from '../../shared/contacts';
import { contactPatchForMeeting, validateMeetingInput } from '../../shared/meetings';
import { parseReferrals, planReferrals, type ReferralPlan } from '../../shared/meetings';
import { indexContacts, referenceTo, validateContactInput } from '../../shared/contacts';
import { appendRecords, indexOfRow, openDoc, requireTable, rowOfId, today, withDocumentLock, writeRowCells, type Table } from '../sheet';
import { allocateIds } from '../contacts';
import { defaultPath } from '../../shared/paths';
import { dueNow, replanAfterWrite } from '../follow-ups';
import type { DueNow } from '../../shared/due-items';

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
    const contact = contacts.rows[indexOfRow(contacts, row)];
    const who = contact.name || contact.contactId;

    const referrals = referralWrites(contacts, { ...contact, name: who }, m.referralsGiven, now);
    if (!referrals.ok) return { ok: false, errors: { referralsGiven: referrals.error } };

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
        // A caller that does not ask (not the form) gets the spec's default: the Title in the Industry.
        path: input.path === undefined ? defaultPath(contact) : (m.path ?? ''),
        interest: m.interest ?? '',
        notes: m.notes,
      },
    ]);

    const patch = contactPatchForMeeting(contact, m, now);
    writeRowCells(contacts, row, patch);

    const created = writeReferrals(contacts, contact, referrals);
    const touched = [contact.contactId, ...referrals.plan.link.map((l) => l.contactId), ...created];

    const home = dueNow(replanAfterWrite(doc, { contacts, meetings: meetings.rows, dashboard: true, touched }));
    const parts = [`Logged the ${m.type.toLowerCase()} with ${who} on ${m.date} (${meetingId}).`];
    if (patch.status) parts.push(`Status is now ${patch.status}.`);
    parts.push(...referralMessages(referrals, who));
    // An older Meetings tab set up before these columns: the meeting is saved, and the student told how to keep the rest.
    const lost = (['path', 'interest'] as const).filter((k) => (m[k] ?? '') !== '' && meetings.header.index[k] < 0);
    if (lost.length) parts.push(`Not saved: ${lost.map((k) => (k === 'path' ? 'the path' : 'the interest')).join(' and ')}, because the Meetings tab has no ${lost.map((k) => (k === 'path' ? 'Path' : 'Interest (1-5)')).join(' or ')} column yet. Run Set up tracker to add it at the end.`);
    return meetingSaved(contact, meetingId, parts, referrals, patch, home);
  });
}

/** What a logged or corrected meeting tells the form: the message, the referrals, the contact's changed cells and the home items. */
export function meetingSaved(
  contact: Contact,
  meetingId: string,
  parts: string[],
  referrals: Extract<ReferralWrites, { ok: true }>,
  patch: Partial<Contact>,
  home: DueNow,
): SaveResult {
  return {
    ok: true,
    message: parts.join(' '),
    contactId: contact.contactId,
    meetingId,
    createdContacts: referrals.create.map((c) => c.name || ''),
    linkedContacts: referrals.plan.link.map((l) => l.name),
    changed: (Object.keys(patch) as ContactKey[]).map((k) => HEADER[k]),
    status: patch.status ?? contact.status,
    home,
  };
}

export type ReferralWrites = { ok: true; create: Array<Partial<Contact>>; plan: ReferralPlan } | { ok: false; error: string };

/**
 * What the referrals of a meeting add or link. They become contacts by the
 * same rules as the contact form, so none lands as a row that Check outreach
 * fields would reject; a name already in Contacts is never added twice (so
 * saving a corrected meeting again adds only the new names).
 */
export function referralWrites(contacts: Table<ContactKey>, referrer: Contact, text: string, now: string): ReferralWrites {
  const plan = planReferrals(parseReferrals(text).referrals, contacts.rows, referrer, now);
  const create: Array<Partial<Contact>> = [];
  for (const c of plan.create) {
    const r = validateContactInput(c, contacts.rows);
    if (!r.ok) return { ok: false, error: `Referral "${c.name}": ${Object.values(r.errors)[0]}` };
    const rec: Partial<Contact> = {};
    for (const k of Object.keys(c) as ContactKey[]) rec[k] = r.contact[k];
    create.push(rec);
  }
  return { ok: true, create, plan };
}

/** Writes the referrals; returns the new contacts' IDs (to re-plan with the rest). */
export function writeReferrals(contacts: Table<ContactKey>, referrer: Contact, w: Extract<ReferralWrites, { ok: true }>): string[] {
  const ids = w.create.length ? allocateIds('contacts', contacts, w.create.length) : [];
  if (ids.length) appendRecords(contacts, w.create.map((c, i) => ({ ...c, contactId: ids[i] })));
  // The sheet shows the referrer's name (Name (C-0007) where two share it), so the student reads who to tell.
  const asReferrer = w.plan.link.length ? referenceTo(referrer, indexContacts(contacts.rows)) : '';
  for (const l of w.plan.link) {
    const at = rowOfId(contacts, 'contactId', l.contactId);
    if (at >= 2) writeRowCells(contacts, at, { referredBy: asReferrer });
  }
  return ids;
}

export function referralMessages(w: Extract<ReferralWrites, { ok: true }>, who: string): string[] {
  const parts: string[] = [];
  if (w.create.length) parts.push(`Added ${w.create.length === 1 ? 'a contact' : `${w.create.length} contacts`} from the referrals: ${w.create.map((c) => c.name).join(', ')}.`);
  if (w.plan.link.length) parts.push(`Linked ${w.plan.link.map((l) => l.name).join(', ')} to ${who}.`);
  if (w.plan.known.length) parts.push(`Already in your contacts: ${w.plan.known.join(', ')}.`);
  return parts;
}
