// The drafts the follow-up rules ask for, and their LinkedIn form; and how a
// Referred by cell names the referrer.
import { characterCount, draftFollowUpMessage, linkedInNote, LINKEDIN_NOTE_LIMIT } from '../../../src/shared/drafts/follow-ups';
import { indexContacts, referenceTo, resolveContactRef } from '../../../src/shared/contacts/lookup';
import type { Profile } from '../../../src/shared/settings';
import { contactWith } from '../follow-ups/helpers';

const profile: Profile = { name: 'Ada Lovelace', school: 'State University', areaOfStudy: 'Economics', graduationYear: '2027', currentStatus: 'Industry research', introduction: '' };

describe('follow-up drafts', () => {
  it('the polite follow-up is short and refers to the first message and its date', () => {
    const d = draftFollowUpMessage({ kind: 'follow-up', tone: 'brief', profile, recipientName: 'Ben Okafor', firstMessageOn: '2026-03-02' });
    expect(d.body).toBe('Hi Ben,\n\nI wanted to follow up on the message I sent you on Monday, March 2. Would you have 15 minutes for a short conversation in the coming weeks?\n\nThank you either way!\n\nThanks,\nAda Lovelace');
    expect(d.missing).toEqual([]);
    expect(draftFollowUpMessage({ kind: 'follow-up', tone: 'warm', profile, recipientName: 'Ben', firstMessageOn: '' }).missing).toEqual(['the date of your first message']);
  });

  it('the loop-back names the person met, one thing learned, and thanks the referrer', () => {
    const d = draftFollowUpMessage({ kind: 'loop-back', tone: 'formal', profile, recipientName: 'Ana Ruiz', metName: 'Dee Park', takeaway: 'Product analysts spend half their time with customers' });
    expect(d.subject).toBe('I spoke with Dee, thank you');
    expect(d.body.split('\n')[0]).toBe('Dear Ana,');
    expect(d.body).toContain('I met Dee Park, as you suggested. One thing I learned: product analysts spend half their time with customers.');
    expect(d.body).toContain('Thank you again for the introduction');
  });

  it('the check-in gives progress since the last conversation and an optional link', () => {
    const d = draftFollowUpMessage({ kind: 'check-in', tone: 'warm', profile, recipientName: 'Ana Ruiz', lastConversationOn: '2026-03-27', takeaway: 'Learn SQL early.', progress: 'I started an SQL course', link: 'https://example.com/meetup' });
    expect(d.body).toContain('It has been a while since we spoke on Friday, March 27, and I still think about your advice: learn SQL early.');
    expect(d.body).toContain('Since then: I started an SQL course.');
    expect(d.body).toContain('I came across this and thought of you: https://example.com/meetup');
    expect(draftFollowUpMessage({ kind: 'check-in', tone: 'warm', profile, recipientName: 'Ana' }).missing).toEqual(['what you have done since']);
  });

  it('has a LinkedIn form within 300 characters, whole sentences first, signed with the first name', () => {
    for (const kind of ['follow-up', 'loop-back', 'check-in'] as const) {
      const d = draftFollowUpMessage({ kind, tone: 'warm', profile, recipientName: 'Ana Ruiz', firstMessageOn: '2026-03-02', metName: 'Dee Park', takeaway: 'A long takeaway '.repeat(20), progress: 'Finished a course '.repeat(10) });
      const note = linkedInNote(d.body, profile.name);
      expect(characterCount(note)).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
      expect(note).toMatch(/^Hi Ana, /);
      expect(note).toMatch(/ – Ada$/);
    }
    expect(characterCount('👋 hi')).toBe(4);
  });
});

describe('Referred by names', () => {
  const ana = contactWith({ contactId: 'C-0001', name: 'Ana Ruiz' });
  const twin = contactWith({ contactId: 'C-0007', name: 'ana  ruiz' });
  const bo = contactWith({ contactId: 'C-0002', name: 'Bo Chen' });

  it('writes the name, or Name (C-0007) where two share it', () => {
    expect(referenceTo(bo, indexContacts([ana, bo]))).toBe('Bo Chen');
    expect(referenceTo(twin, indexContacts([ana, twin, bo]))).toBe('ana ruiz (C-0007)');
  });

  it('resolves a name, a Contact ID and Name (ID)', () => {
    const index = indexContacts([ana, twin, bo]);
    expect(resolveContactRef('bo chen', index)).toBe(bo);
    expect(resolveContactRef('C-0002', index)).toBe(bo);
    expect(resolveContactRef('Ana Ruiz (C-0007)', index)).toBe(twin);
    expect(resolveContactRef('Ana Ruiz', index)).toBeNull();
  });
});
