// Draft outreach and Draft thank-you note over the built bundle: the context the
// sidebar drafts from, and the cells "Mark as contacted" / "Mark thank-you sent" write.
import { formatDate, sheetWith, sortTab, type Harness } from '../../../fakes';
import { MEETING_COLUMNS } from '../../../src/shared/schema';
import { addon, contactRow, rowsByHeader, CONTACT_HEADERS, type EntryPoint } from '../support';

const TZ = 'America/New_York';
const TODAY = '2026-03-04';
const MEETING_HEADERS = MEETING_COLUMNS.map((c) => c.header);

/** A date cell as Sheets holds it: noon that day in the spreadsheet's zone. */
function day(h: Harness, iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new h.Date(Date.UTC(y, m - 1, d, 17));
}

/** A cell as the student reads it: dates as yyyy-MM-dd in the spreadsheet's zone. */
function text(v: unknown): string {
  return Object.prototype.toString.call(v) === '[object Date]' ? formatDate((v as Date).getTime(), TZ, 'yyyy-MM-dd') : String(v);
}

function meetingRow(fields: Partial<Record<(typeof MEETING_COLUMNS)[number]['key'], unknown>>): unknown[] {
  return MEETING_COLUMNS.map((c) => fields[c.key] ?? '');
}

const PROFILE = {
  name: 'Ada Lovelace',
  school: 'State University',
  areaOfStudy: 'Economics',
  graduationYear: '2027',
  currentStatus: 'Industry research',
  introduction: '',
};

/** statusOf: Status cells as an adopted tracker holds them before set-up, by Contact ID. */
function seeded(statusOf: Record<string, string> = {}) {
  const a = addon();
  const { h } = a;
  sheetWith(h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Maria Lopez', company: 'Acme', email: 'maria@acme.com', howFound: 'Alumni network', status: statusOf['C-0001'] ?? 'Met', phone: '+44 20 7946 0000' }),
    contactRow({ contactId: 'C-0002', name: 'Ben Okafor', title: 'Analyst', company: 'Initech', email: 'ben@initech.com', howFound: 'Referral', referredBy: 'C-0001', status: statusOf['C-0002'] ?? 'To contact' }),
    contactRow({ contactId: 'C-0003', name: 'Chen Li', company: 'Globex', email: 'chen@globex.com', howFound: 'LinkedIn', status: 'Keeping in touch', firstContacted: day(h, '2025-10-01'), lastContact: day(h, '2026-01-10') }),
    contactRow({ contactId: 'C-0004', name: '=Zed', company: 'Umbrella', email: 'zed@umbrella.com', status: 'Contacted', firstContacted: day(h, '2026-02-01'), lastContact: day(h, '2026-02-01') }),
  ]);
  sheetWith(h, 'Meetings', [
    MEETING_HEADERS,
    meetingRow({ meetingId: 'M-0001', contactId: 'C-0001', contact: 'Maria Lopez', date: day(h, '2026-01-15'), type: 'Coffee', takeaways: 'Older takeaway.' }),
    meetingRow({ meetingId: 'M-0002', contactId: 'C-0001', contact: 'Maria Lopez', date: day(h, '2026-03-02'), type: 'Video call', takeaways: 'Learn SQL early.', referralsGiven: 'C-0003\nDana Smith, Hooli' }),
    meetingRow({ meetingId: 'M-0003', contactId: 'C-0003', contact: 'Chen Li', date: day(h, '2026-03-20'), type: 'Coffee' }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

function contactNamed(h: Harness, name: string) {
  return rowsByHeader(h, 'Contacts').find((r) => r['Name'] === name)!;
}

describe('Draft outreach and thank-you menus', () => {
  it('lists Draft outreach and Draft thank-you note before Check outreach fields, and Settings last', () => {
    const { h, main } = addon();
    main.onOpen(h.event());
    const captions = h.ui.menus[0].items.map((i) => i.caption).filter(Boolean);
    const at = (c: string) => captions.indexOf(c);
    expect(at('Draft outreach')).toBeGreaterThan(at('Open sidebar'));
    expect(at('Draft thank-you note')).toBe(at('Draft outreach') + 1);
    expect(at('Check outreach fields')).toBeGreaterThan(at('Draft thank-you note'));
    expect(captions.at(-1)).toBe('Settings');
  });

  it.each<[EntryPoint, string]>([
    ['menuDraftOutreach', 'outreach'],
    ['menuDraftThankYou', 'thanks'],
  ])('%s opens the sidebar on the %s page', (fn, page) => {
    const { h, main } = seeded();
    main[fn]();
    expect(h.ui.sidebars.at(-1)!.html).toContain(`data-page="${page}"`);
  });
});

describe('getOutreachContext', () => {
  it('gives the contact on the active row, the referrer’s name resolved from an ID, and the profile gaps', () => {
    const { api } = seeded();
    api.selectContactRow('C-0002');
    const ctx = api.getOutreachContext('');
    expect(ctx.contact).toMatchObject({ contactId: 'C-0002', name: 'Ben Okafor', title: 'Analyst', company: 'Initech' });
    expect(ctx.referrerName).toBe('Maria Lopez');
    expect(ctx.missingProfile).toEqual(['Name', 'School', 'Area of study', 'Graduation year', 'Current status']);
    expect(ctx.today).toBe(TODAY);
    expect(ctx.contacts.map((c: { name: string }) => c.name)).toEqual(['=Zed', 'Ben Okafor', 'Chen Li', 'Maria Lopez']);
  });

  it('has no contact when the active cell is not on a contact row, and a complete profile has no gaps', () => {
    const { h, api } = seeded();
    api.saveSettings({ profile: PROFILE, rules: {} });
    h.spreadsheet.getSheetByName('Meetings')!.activate();
    const ctx = api.getOutreachContext('');
    expect(ctx.contact).toBeNull();
    expect(ctx.missingProfile).toEqual([]);
    expect(ctx.profile.school).toBe('State University');
  });

  it('finds a contact by ID after a sort, and explains a contact that is gone', () => {
    const { h, api } = seeded();
    sortTab(h, 'Contacts', 'Name', false);
    expect(api.getOutreachContext('C-0001').contact?.name).toBe('Maria Lopez');
    expect(api.getOutreachContext('C-0001').referrerName).toBe('');
    expect(() => api.getOutreachContext('C-9999')).toThrow(/no longer in the sheet/);
  });

  it('reads the sheet in the same number of calls for 4 contacts or 200', () => {
    const small = seeded();
    small.h.calls.reset();
    small.api.getOutreachContext('C-0002');
    const big = seeded();
    const rows = Array.from({ length: 200 }, (_, i) => contactRow({ contactId: `C-${1000 + i}`, name: `Person ${i}` }));
    sheetWith(big.h, 'Contacts', [CONTACT_HEADERS, ...readContacts(big.h), ...rows]);
    big.h.calls.reset();
    big.api.getOutreachContext('C-0002');
    expect(big.h.calls.total).toBe(small.h.calls.total);
  });
});

function readContacts(h: Harness): unknown[][] {
  return h.spreadsheet.getSheetByName('Contacts')!.getDataRange().getValues().slice(1);
}

describe('getThanksContext', () => {
  it('gives the latest meeting on or before today, with its referrals as names', () => {
    const { api } = seeded();
    const ctx = api.getThanksContext('C-0001');
    expect(ctx.meeting).toMatchObject({ meetingId: 'M-0002', date: '2026-03-02', type: 'Video call', takeaways: 'Learn SQL early.' });
    expect(ctx.referralNames).toEqual(['Chen Li', 'Dana Smith']);
  });

  it('has no meeting for a contact whose only meeting is still to come', () => {
    const { api } = seeded();
    const ctx = api.getThanksContext('C-0003');
    expect(ctx.meeting).toBeNull();
    expect(ctx.referralNames).toEqual([]);
  });
});

describe('Mark as contacted', () => {
  it('writes Status, First contacted and Last contact on the right row after a sort', () => {
    const { h, api } = seeded();
    sortTab(h, 'Contacts', 'Name', true);
    const before = rowsByHeader(h, 'Contacts');
    const result = api.markContacted('C-0002');
    expect(result.status).toBe('Contacted');
    expect(result.message).toMatch(/polite follow-up on Wednesday, March 11/);
    const ben = contactNamed(h, 'Ben Okafor');
    expect(ben['Status']).toBe('Contacted');
    expect(text(ben['First contacted'])).toBe(TODAY);
    expect(text(ben['Last contact'])).toBe(TODAY);
    const after = rowsByHeader(h, 'Contacts');
    for (const [i, row] of before.entries()) if (row['Contact ID'] !== 'C-0002') expect(after[i]).toEqual(row);
  });

  it('never moves Status backwards and keeps an earlier First contacted', () => {
    const { h, api } = seeded();
    expect(api.markContacted('C-0003').status).toBe('Keeping in touch');
    const chen = contactNamed(h, 'Chen Li');
    expect(chen['Status']).toBe('Keeping in touch');
    expect(text(chen['First contacted'])).toBe('2025-10-01');
    expect(text(chen['Last contact'])).toBe(TODAY);
  });

  it('keeps text as text: the status is a plain value and a name like a formula is untouched', () => {
    const { h, api } = seeded();
    api.markContacted('C-0004');
    const zed = contactNamed(h, '=Zed');
    expect(zed['Status']).toBe('Contacted');
    expect(text(zed['First contacted'])).toBe('2026-02-01');
    const sheet = h.spreadsheet.getSheetByName('Contacts')!;
    const row = rowsByHeader(h, 'Contacts').findIndex((r) => r['Contact ID'] === 'C-0004') + 2;
    expect(sheet.getRange(row, CONTACT_HEADERS.indexOf('Status') + 1).getFormula()).toBe('');
    expect(contactNamed(h, 'Maria Lopez')['Phone']).toBe('+44 20 7946 0000');
  });

  it("keeps a Status in the student's own words, which says nothing about how far along they are", () => {
    const { h, api } = seeded({ 'C-0002': 'Emailed via alumni site' });
    expect(api.markContacted('C-0002').status).toBe('Emailed via alumni site');
    expect(contactNamed(h, 'Ben Okafor')['Status']).toBe('Emailed via alumni site');
    expect(text(contactNamed(h, 'Ben Okafor')['First contacted'])).toBe(TODAY);
  });

  it('tells the user when the contact is gone', () => {
    const { api } = seeded();
    expect(() => api.markContacted('C-0404')).toThrow(/no longer in the sheet/);
  });
});

describe('Mark thank-you sent', () => {
  it('records today on the contact and the meeting (by Meeting ID, after sorts) and moves Met to Thanked', () => {
    const { h, api } = seeded();
    sortTab(h, 'Contacts', 'Name', false);
    sortTab(h, 'Meetings', 'Date', false);
    const result = api.markThankYouSent({ contactId: 'C-0001', meetingId: 'M-0002' });
    expect(result.status).toBe('Thanked');
    const maria = contactNamed(h, 'Maria Lopez');
    expect(maria['Status']).toBe('Thanked');
    expect(text(maria['Thank-you sent'])).toBe(TODAY);
    expect(text(maria['Last contact'])).toBe(TODAY);
    const meetings = rowsByHeader(h, 'Meetings');
    expect(text(meetings.find((m) => m['Meeting ID'] === 'M-0002')!['Thank-you sent'])).toBe(TODAY);
    expect(meetings.find((m) => m['Meeting ID'] === 'M-0001')!['Thank-you sent']).toBe('');
  });

  it('never moves Status backwards', () => {
    const { h, api } = seeded();
    const result = api.markThankYouSent({ contactId: 'C-0003', meetingId: '' });
    expect(result.status).toBe('Keeping in touch');
    expect(contactNamed(h, 'Chen Li')['Status']).toBe('Keeping in touch');
    expect(text(contactNamed(h, 'Chen Li')['Thank-you sent'])).toBe(TODAY);
  });

  it('moves No response on to Thanked for a logged meeting, as logging the meeting does', () => {
    const { h, api } = seeded({ 'C-0001': 'No response' });
    expect(api.markThankYouSent({ contactId: 'C-0001', meetingId: 'M-0002' }).status).toBe('Thanked');
    expect(contactNamed(h, 'Maria Lopez')['Status']).toBe('Thanked');
  });

  it('refuses a meeting still to come, or one logged for someone else, and writes nothing', () => {
    const { h, api } = seeded();
    const before = JSON.stringify(rowsByHeader(h, 'Contacts'));
    expect(() => api.markThankYouSent({ contactId: 'C-0003', meetingId: 'M-0003' })).toThrow(/still to come/);
    expect(() => api.markThankYouSent({ contactId: 'C-0002', meetingId: 'M-0002' })).toThrow(/someone other than Ben Okafor/);
    expect(JSON.stringify(rowsByHeader(h, 'Contacts'))).toBe(before);
  });
});
