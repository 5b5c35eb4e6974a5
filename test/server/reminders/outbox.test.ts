// The workbench's Outbox: the reminder email the daily check produced, as of the
// workbench's date, kept across the reloads each run makes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFunction } from '../../../fakes';
import { Session } from '../../../workbench/session';
import { stateOf } from '../../../workbench/state';

describe('the workbench Outbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows each email the daily check sent as of the chosen date, once a day', () => {
    const s = new Session({ file: join(dir, 'sheet.json'), distDir: join(__dirname, '..', '..', '..', 'dist') });
    expect(stateOf(s).outbox).toEqual([]);
    const saved = runFunction(s.h, s.gas, 'saveReminders', [{ frequency: 'daily', weekday: 0, hour: 7 }]) as { ok: boolean };
    expect(saved.ok).toBe(true);
    // The demo's dates are relative to the day it was made: today has something due.
    const day = s.today();
    const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86400000).toISOString().slice(0, 10);
    s.setAsOf(day);
    expect(s.runDailyCheck().error).toBeUndefined();
    s.runDailyCheck();
    const outbox = stateOf(s).outbox!;
    expect(outbox).toHaveLength(1);
    expect(outbox[0].to).toBe(s.h.rt.user);
    expect(outbox[0].sentAt.slice(0, 10)).toBe(day);
    expect(outbox[0].subject).toMatch(/^Info Interviews: /);
    expect(outbox[0].body).toMatch(/^What is due in .+, as of \w+day, \w+ \d+:/);
    expect(outbox[0].htmlBody).toContain('Open the tracker');
    s.setAsOf(next);
    s.runDailyCheck();
    expect(stateOf(s).outbox!.map((m) => m.sentAt.slice(0, 10))).toEqual([next, day]);
  });
});
