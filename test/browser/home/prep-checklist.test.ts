// The preparation checklist on the sidebar's home, in headless Chromium served
// by dist/Code.js: "4 of 7 ready" for a meeting in the coming days, ticks kept
// per meeting in the document, and the questions item ticked by the questions step.
import type { Browser } from 'playwright-core';
import { sheetWith } from '../../../fakes';
import { useBrowser } from '../../support/browser';
import { axeViolations, eventually, openSidebar } from '../../support/sidebar-page';
import { dateCell } from '../../support/tracker-seed';
import { addon, contactRow, CONTACT_HEADERS } from '../../server/support';

let browser: Browser;
useBrowser((b) => (browser = b));

/** On 2026-03-04: Dee's meeting tomorrow, Eve's in three days, Ana's a month away. */
function tracker() {
  const a = addon();
  sheetWith(a.h, 'Contacts', [
    CONTACT_HEADERS,
    contactRow({ contactId: 'C-0001', name: 'Ana Ruiz', email: 'ana@acme.com', howFound: 'Alumni network', status: 'Scheduled', meetingDate: dateCell('2026-04-06') }),
    contactRow({ contactId: 'C-0002', name: 'Dee Park', email: 'dee@umbrella.com', howFound: 'LinkedIn', status: 'Scheduled', meetingDate: dateCell('2026-03-05') }),
    contactRow({ contactId: 'C-0003', name: 'Eve Stone', email: 'eve@globex.com', howFound: 'LinkedIn', status: 'Scheduled', meetingDate: dateCell('2026-03-07') }),
  ]);
  a.main.menuSetUpTracker();
  return a;
}

describe('the preparation checklist on home', () => {
  it('shows how ready each meeting in the coming days is, and ticks are kept per meeting', async () => {
    const a = tracker();
    // Dee: questions prepared (the questions step), three items ticked: 4 of 7.
    const questions = Array.from({ length: 9 }, (_, i) => ({ category: 'Advice', text: `Question number ${i + 1} about your path?` }));
    expect(a.api.saveQuestions({ contactId: 'C-0002', questions }).ok).toBe(true);
    for (const item of ['research', 'profile', 'resume']) a.api.setPrepItem({ contactId: 'C-0002', meetingDate: '2026-03-05', item, done: true });
    a.main.menuOpenSidebar();
    const { page } = await openSidebar(browser, a.h, a.gas);
    const section = page.getByRole('region', { name: 'Getting ready for your meetings' });
    await section.waitFor();
    const rows = await section.locator('summary').allInnerTexts();
    expect(rows.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Dee Park · 2026-03-05 · 4 of 7 ready', 'Eve Stone · 2026-03-07 · 0 of 7 ready']);

    await section.getByText('Eve Stone').click();
    await section.getByRole('checkbox', { name: 'Practise your introduction' }).check();
    await section.getByText('Eve Stone · 2026-03-07 · 1 of 7 ready').waitFor();
    expect(await section.getByRole('checkbox', { name: '8–10 prioritised questions' }).isDisabled()).toBe(true);
    await eventually(() => a.h.properties.document.get('infoInterviews.prep.C-0003.2026-03-07') === '["introduction"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    // A moved meeting starts a fresh list; the old date's ticks stay where they were.
    expect(a.api.getPrepChecklist('C-0002')).toEqual(expect.objectContaining({ ready: 4, total: 7, meetingDate: '2026-03-05' }));
    a.h.sheet('Contacts').getRange(3, CONTACT_HEADERS.indexOf('Meeting date') + 1).setValue(dateCell('2026-03-06'));
    expect(a.api.getPrepChecklist('C-0002')).toEqual(expect.objectContaining({ ready: 1, meetingDate: '2026-03-06' }));
    expect(a.h.properties.document.get('infoInterviews.prep.C-0002.2026-03-05')).toBe('["research","profile","resume"]');
  });
});
