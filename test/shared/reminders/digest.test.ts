// The reminder email's content and the "at most one a day" decision.
import { buildDigest, digestDecision, escapeHtml, type DigestItem } from '../../../src/shared/reminders';

const item = (contactName: string, label: string, due: string, daysOverdue: number): DigestItem => ({
  contactName,
  contactId: `C-${contactName.length}`,
  label,
  due,
  daysOverdue,
  urgency: daysOverdue > 0 ? 'overdue' : daysOverdue === 0 ? 'today' : 'upcoming',
});

const base = { today: '2026-03-09', spreadsheetName: 'My networking', spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit' };

describe('buildDigest', () => {
  it('lists Overdue, Today and Coming up with the contact, the action and its date, and links the spreadsheet', () => {
    const d = buildDigest({
      ...base,
      items: [
        item('Ben Okafor', 'Send a polite follow-up', '2026-03-12', -3),
        item('Ana Ruiz', 'Send thank-you note', '2026-03-07', 2),
        item('Chen Li', 'Follow up as agreed', '2026-03-09', 0),
        item('Far Away', 'Check in with an update', '2026-05-01', -53),
      ],
    })!;
    expect(d.subject).toBe('Info Interviews: 1 overdue, 1 due today, 1 coming up');
    expect(d.text.split('\n')).toEqual([
      'What is due in My networking, as of Monday, March 9:',
      '',
      'OVERDUE (1)',
      '- Ana Ruiz: Send thank-you note, Saturday, March 7 (2 days overdue)',
      '',
      'TODAY (1)',
      '- Chen Li: Follow up as agreed, Monday, March 9 (today)',
      '',
      'COMING UP (1)',
      '- Ben Okafor: Send a polite follow-up, Thursday, March 12 (in 3 days)',
      '',
      'Open the tracker: https://docs.google.com/spreadsheets/d/abc/edit',
      '',
      expect.stringContaining('turned on "Email me what is due"'),
    ]);
    expect(d.text).not.toContain('Far Away');
    expect(d.html).toContain('<h2 style="font-size:16px;margin:16px 0 4px">Overdue (1)</h2>');
    expect(d.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit"');
    expect(d.html.indexOf('Overdue')).toBeLessThan(d.html.indexOf('Today (1)'));
    expect(d.html.indexOf('Today (1)')).toBeLessThan(d.html.indexOf('Coming up (1)'));
  });

  it('is null when nothing is due (no email at all)', () => {
    expect(buildDigest({ ...base, items: [] })).toBeNull();
    expect(buildDigest({ ...base, items: [item('Far Away', 'Check in with an update', '2026-05-01', -53)] })).toBeNull();
  });

  it('escapes contact data that looks like HTML, in the HTML part only', () => {
    const d = buildDigest({ ...base, spreadsheetName: 'Q&A <sheet>', items: [item('<img src=x onerror=alert(1)> "Bo" & Co', 'Send thank-you note', '2026-03-08', 1)] })!;
    expect(d.html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Bo&quot; &amp; Co');
    expect(d.html).toContain('<b>Q&amp;A &lt;sheet&gt;</b>');
    expect(d.html).not.toContain('<img');
    expect(d.text).toContain('- <img src=x onerror=alert(1)> "Bo" & Co: Send thank-you note');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('digestDecision', () => {
  const daily = { frequency: 'daily' as const, weekday: 0, hour: 7 };
  it('sends once a day at most, and never when nothing is due or reminders are off', () => {
    expect(digestDecision(daily, '2026-03-09', '', 2)).toEqual({ send: true });
    expect(digestDecision(daily, '2026-03-09', '2026-03-09', 2)).toMatchObject({ send: false, reason: "Today's email was already sent." });
    expect(digestDecision(daily, '2026-03-10', '2026-03-09', 2)).toEqual({ send: true });
    expect(digestDecision(daily, '2026-03-10', '', 0)).toMatchObject({ send: false, reason: 'Nothing was due, so no email was sent.' });
    expect(digestDecision({ ...daily, frequency: 'off' }, '2026-03-10', '', 3)).toMatchObject({ send: false });
  });

  it('weekly sends only on the chosen day (Monday = 0, whatever the zone: a calendar day)', () => {
    const weekly = { frequency: 'weekly' as const, weekday: 2, hour: 7 };
    expect(digestDecision(weekly, '2026-03-11', '', 1)).toEqual({ send: true }); // a Wednesday
    expect(digestDecision(weekly, '2026-03-12', '', 1)).toMatchObject({ send: false, reason: 'No email today: the weekly email goes out on Wednesdays.' });
  });
});
