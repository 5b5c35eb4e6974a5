// When the follow-up check last ran and its last failure, in document
// properties: add-on triggers send no failure emails, so the home page is
// where a student learns that the daily check broke.
import type { CheckStatus } from '../../shared/follow-ups';
import type { Doc } from '../sheet';
import { readJsonProperty, writeJsonProperty } from '../properties';

const STATUS_KEY = 'infoInterviews.followUpCheck';

interface Stored {
  lastRunMs?: number;
  lastAsOf?: string;
  lastError?: string;
  lastErrorMs?: number;
}

function read(): Stored {
  return readJsonProperty<Stored>('document', STATUS_KEY) ?? {};
}

function write(s: Stored): void {
  writeJsonProperty('document', STATUS_KEY, s);
}

export function recordCheckSuccess(asOf: string): void {
  write({ lastRunMs: Date.now(), lastAsOf: asOf });
}

export function recordCheckFailure(e: unknown): void {
  const message = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  try {
    write({ ...read(), lastError: message.slice(0, 1000) || 'The follow-up check failed.', lastErrorMs: Date.now() });
  } catch (ignored) {
    // Recording is best effort: the original error is what the caller rethrows.
  }
}

export function checkStatus(doc: Doc): CheckStatus {
  const s = read();
  const at = (ms: number | undefined) => (ms ? Utilities.formatDate(new Date(ms), doc.timeZone, 'yyyy-MM-dd HH:mm') : '');
  return { lastRunAt: at(s.lastRunMs), lastAsOf: s.lastAsOf ?? '', lastError: s.lastError ?? '', lastErrorAt: at(s.lastErrorMs) };
}
