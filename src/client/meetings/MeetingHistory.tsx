// A contact's history: every interaction logged with them, newest first, each
// one opened again in the Log a meeting form to correct it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactHistory } from '../../shared/meetings';
import { rpc } from '../rpc';
import { ErrorBox, Loading } from '../ui';

export function MeetingHistory({ contactId, current, onOpen, version, initial }: { contactId: string; current: string; onOpen: (meetingId: string) => void; version: number; initial?: ContactHistory | null }) {
  // The form brings the selected contact's history with it (one round trip to open).
  const given = initial && initial.contactId === contactId ? initial : null;
  const [history, setHistory] = useState<{ state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: ContactHistory }>(given ? { state: 'ready', value: given } : { state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const first = useRef(true);
  useEffect(() => {
    if (!contactId) return;
    if (first.current) {
      first.current = false;
      if (given) return;
    }
    let live = true;
    setHistory({ state: 'loading' });
    rpc.getContactHistory(contactId).then(
      (value) => live && setHistory({ state: 'ready', value }),
      (e: Error) => live && setHistory({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [contactId, attempt, version]);
  if (!contactId) return null;
  return (
    <section class="block meeting-history" aria-labelledby="meeting-history-heading">
      <h2 id="meeting-history-heading">History{history.state === 'ready' && history.value.name ? ` with ${history.value.name}` : ''}</h2>
      {history.state === 'loading' && <Loading what="Reading the Meetings tab…" />}
      {history.state === 'error' && <ErrorBox message={history.message} onRetry={() => setAttempt((a) => a + 1)} />}
      {history.state === 'ready' && history.value.meetings.length === 0 && <p class="secondary">Nothing logged with them yet.</p>}
      {history.state === 'ready' && history.value.meetings.length > 0 && (
        <ol class="history-list">
          {history.value.meetings.map((m) => (
            <li key={m.meetingId} aria-current={m.meetingId === current ? 'true' : undefined}>
              <span>
                {m.date} · {m.type}
                {m.durationMin ? ` · ${m.durationMin} min` : ''}
              </span>
              {m.takeaway && <span class="secondary"> {m.takeaway}</span>}{' '}
              <button type="button" class="link" aria-label={`Open ${m.type.toLowerCase()} on ${m.date} (${m.meetingId})`} onClick={() => onOpen(m.meetingId)}>
                {m.meetingId === current ? 'Open again' : 'Open'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
