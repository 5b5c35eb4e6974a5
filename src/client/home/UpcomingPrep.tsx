// Home's "Coming up": each meeting in the next days with how ready it is
// ("4 of 7 ready"), its checklist opened in place.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { prepSummary, type PrepChecklist as Checklist } from '../../shared/meetings';
import { PrepChecklist } from '../meetings';

export function UpcomingPrep({ items, navigate }: { items: Checklist[]; navigate: Navigate }) {
  const [lists, setLists] = useState(items);
  if (!lists.length) return null;
  return (
    <section class="block home-prep" aria-labelledby="home-prep-heading">
      <h2 id="home-prep-heading">Getting ready for your meetings</h2>
      <ul class="prep-meetings">
        {lists.map((c, i) => (
          <li key={`${c.contactId}-${c.meetingDate}`}>
            <details>
              <summary>
                {c.name || c.contactId} · {c.meetingDate} · <span class="prep-count">{prepSummary(c)}</span>
              </summary>
              <PrepChecklist checklist={c} navigate={navigate} onChange={(next) => setLists((xs) => xs.map((x, j) => (j === i ? next : x)))} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
