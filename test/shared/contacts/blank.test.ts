// Which Contacts rows are contacts: one rule, and every feature that reads
// Contacts skips the same rows by it.
import { CONTACT_COLUMNS, emptyRecord, type Contact } from '../../../src/shared/schema';
import { ADDON_WRITTEN, checkContacts, isBlankContact } from '../../../src/shared/contacts';
import { planFollowUps, DEFAULT_RULES } from '../../../src/shared/follow-ups';
import { planImport, type ImportRow } from '../../../src/shared/import';
import { summariseDashboard } from '../../../src/shared/dashboard';
import { MEETING_COLUMNS, type Meeting } from '../../../src/shared/schema';

const TODAY = '2026-03-10';

function contact(fields: Partial<Contact>): Contact {
  return { ...emptyRecord(CONTACT_COLUMNS), ...fields };
}

function meeting(fields: Partial<Meeting>): Meeting {
  return { ...emptyRecord(MEETING_COLUMNS), type: 'Coffee', ...fields };
}

// A row the student cleared by hand: the add-on's own cells are all that is left.
const cleared = contact({ contactId: 'C-0009', nextAction: 'Send thank-you note (due 2026-03-05)', actionDue: '2026-03-05' });
const idOnly = contact({ contactId: 'C-0008' });

describe('isBlankContact', () => {
  it('counts only the cells the add-on writes itself as nothing', () => {
    expect(ADDON_WRITTEN).toEqual(['contactId', 'nextAction', 'actionDue']);
    expect(isBlankContact(contact({}))).toBe(true);
    expect(isBlankContact(idOnly)).toBe(true);
    expect(isBlankContact(cleared)).toBe(true);
    expect(isBlankContact(contact({ contactId: 'C-0001', notes: '  \n ' }))).toBe(true);
  });

  it('sees anything the student typed, in any column', () => {
    for (const col of CONTACT_COLUMNS) {
      if (ADDON_WRITTEN.indexOf(col.key) >= 0) continue;
      expect([col.key, isBlankContact(contact({ contactId: 'C-0001', [col.key]: 'x' }))]).toEqual([col.key, false]);
    }
  });

  it('reads a record with missing keys (a tab without every column) as its present cells', () => {
    expect(isBlankContact({ contactId: 'C-0001' })).toBe(true);
    expect(isBlankContact({ name: 'Ana' })).toBe(false);
  });
});

describe('a Contact-ID-only row is no contact', () => {
  it('has no problems in Check outreach fields (no "Name is empty")', () => {
    expect(checkContacts([idOnly, cleared])).toEqual([]);
  });

  it('gets no follow-up, even with a past meeting logged under its ID, and its stale Next action is cleared', () => {
    const ana = contact({ contactId: 'C-0001', name: 'Ana', status: 'Contacted', lastContact: '2026-02-01' });
    const plan = planFollowUps([idOnly, cleared, ana], [meeting({ contactId: 'C-0009', date: '2026-03-03' })], new Set(), TODAY, DEFAULT_RULES);
    expect(plan.actions.map((a) => a.contactId)).toEqual(['C-0001']);
    expect(plan.cells[0]).toEqual({ nextAction: '', actionDue: '' });
    expect(plan.cells[1]).toEqual({ nextAction: '', actionDue: '' });
    expect(plan.cells[2].nextAction).not.toBe('');
  });

  it('is not counted on the dashboard', () => {
    const ana = contact({ contactId: 'C-0001', name: 'Ana', status: 'Contacted' });
    const s = summariseDashboard({ contacts: [idOnly, cleared, ana], meetings: [], preparedContactIds: new Set(), today: TODAY, rules: DEFAULT_RULES });
    expect(s.contacts).toBe(1);
  });

  it('is never what an imported row matches', () => {
    const row: ImportRow = { line: 2, name: 'Ana Ruiz', title: '', company: '', email: '', linkedin: '', phone: '', notes: '', connectedOn: '' };
    const plan = planImport([row], 'google', [idOnly, cleared]);
    expect(plan.items.map((i) => i.action)).toEqual(['new']);
  });
});
