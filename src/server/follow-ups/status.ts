// When the follow-up check last ran and its last failure, in document
// properties: add-on triggers send no failure emails, so the home page is
// where a student learns that the daily check broke.
import type { CheckStatus } from '../../shared/follow-ups';
import type { Doc } from '../sheet';
import { hasDocumentProperties, readJsonProperty, writeJsonProperty } from '../properties';
import { dailyCheckStatus } from './trigger';

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
  const failure = { lastError: message.slice(0, 1000) || 'The follow-up check failed.', lastErrorMs: Date.now() };
  try {
    // Without a document the failure is kept with the user, and the home page shows it from there.
    if (hasDocumentProperties()) write({ ...read(), ...failure });
    else writeJsonProperty('user', STATUS_KEY, failure);
  } catch (ignored) {
    // Recording is best effort: the original error is what the caller rethrows.
  }
}

function userFailure(): Stored {
  return readJsonProperty<Stored>('user', STATUS_KEY) ?? {};
}

export function checkStatus(doc: Doc): CheckStatus {
  const s = read();
  const u = userFailure();
  // A failure recorded with the user (no document then) shows when it is newer than the document's own record.
  const err = (u.lastErrorMs ?? 0) > Math.max(s.lastErrorMs ?? 0, s.lastRunMs ?? 0) ? u : s;
  const at = (ms: number | undefined) => (ms ? Utilities.formatDate(new Date(ms), doc.timeZone, 'yyyy-MM-dd HH:mm') : '');
  const daily = dailyCheckStatus(doc);
  return {
    lastRunAt: at(s.lastRunMs),
    lastAsOf: s.lastAsOf ?? '',
    lastError: err.lastError ?? '',
    lastErrorAt: at(err.lastErrorMs),
    runBy: daily.runBy,
    needsReauthorisation: daily.needsReauthorisation,
  };
}
