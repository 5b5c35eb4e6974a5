// One meeting's preparation checklist: each item ticked as the student gets it
// ready (saved at once, per meeting); the questions item is ticked by the
// questions step, one click away.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { prepSummary, type PrepChecklist as Checklist } from '../../shared/meetings';
import { rpc } from '../rpc';
import { ErrorBox } from '../ui';

export function PrepChecklist({ checklist, onChange, navigate }: { checklist: Checklist; onChange: (c: Checklist) => void; navigate: Navigate }) {
  const [busy, setBusy] = useState('');
  // The tick as the student just made it, shown until the server answers (a controlled box would flick back).
  const [pending, setPending] = useState<{ item: string; done: boolean } | null>(null);
  const [error, setError] = useState('');
  const toggle = (item: string, done: boolean) => {
    setBusy(item);
    setPending({ item, done });
    setError('');
    rpc.setPrepItem({ contactId: checklist.contactId, meetingDate: checklist.meetingDate, item, done }).then(
      (c) => {
        setBusy('');
        setPending(null);
        onChange(c);
      },
      (e: Error) => {
        setBusy('');
        setPending(null);
        setError(e.message);
      },
    );
  };
  const id = (item: string) => `prep-${checklist.contactId}-${item}`;
  return (
    <div class="prep-checklist">
      <ul class="prep-items">
        {checklist.items.map((i) => (
          <li key={i.id}>
            <input
              type="checkbox"
              id={id(i.id)}
              checked={pending && pending.item === i.id ? pending.done : i.done}
              disabled={i.auto || busy !== ''}
              onChange={(e) => toggle(i.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={id(i.id)}>{i.label}</label>
            {i.auto && !i.done && (
              <>
                {' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => rpc.selectContactRow(checklist.contactId).then(() => navigate('questions'), () => navigate('questions'))}
                >
                  Prepare questions
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="secondary" aria-live="polite">
        {prepSummary(checklist)}
      </p>
      {error && <ErrorBox message={error} />}
    </div>
  );
}
