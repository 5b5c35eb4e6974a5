// The five things a first message needs, as ticks that follow the student's edits.
import type { ElementCheck } from '../../shared/drafts';

export function DraftElements({ elements }: { elements: ElementCheck[] }) {
  const have = elements.filter((e) => e.present).length;
  return (
    <section class="block" aria-labelledby="draft-elements-title">
      <h2 id="draft-elements-title">
        What the message covers <span class="secondary">({have} of {elements.length})</span>
      </h2>
      <ul class="draft-elements">
        {elements.map((e) => (
          <li key={e.key} class={e.present ? 'present' : 'absent'} data-element={e.key}>
            <span class="tick" aria-hidden="true">
              {e.present ? '✓' : '✗'}
            </span>
            {e.label}
            <span class="sr-only">{e.present ? ': included' : ': missing'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
