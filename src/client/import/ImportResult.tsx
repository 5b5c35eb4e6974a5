// Progress while an import's chunks are written, and what it did at the end:
// added, filled, already there, and each row that was not written and why.
import type { ImportProblem } from '../../shared/import';
import { plural } from './ImportPreview';

export interface ImportTally {
  done: number;
  total: number;
  added: number;
  filled: number;
  alreadyThere: number;
  problems: ImportProblem[];
}

export function emptyTally(total: number): ImportTally {
  return { done: 0, total, added: 0, filled: 0, alreadyThere: 0, problems: [] };
}

export function ImportProgress({ tally }: { tally: ImportTally }) {
  const text = `Imported ${tally.done.toLocaleString('en-US')} of ${tally.total.toLocaleString('en-US')}`;
  return (
    <div class="block import-progress">
      <progress value={tally.done} max={tally.total} aria-label="Import progress" />
      <p role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}

export function ImportSummary({ tally }: { tally: ImportTally }) {
  const parts = [`${plural(tally.added, 'new contact')} added`, `${plural(tally.filled, 'contact')} filled in`];
  if (tally.alreadyThere) parts.push(`${plural(tally.alreadyThere, 'row')} already in Contacts`);
  return (
    <div class="block">
      <p class="summary" role="status">
        Import finished: {parts.join(', ')}.
      </p>
      {tally.problems.length > 0 && (
        <section class="block import-section" aria-labelledby="import-problems">
          <h2 id="import-problems">Not written ({tally.problems.length.toLocaleString('en-US')})</h2>
          <ul class="import-list">
            {tally.problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <span class="secondary">Line {p.line}</span> {p.name && <strong>{p.name}</strong>} {p.message}
              </li>
            ))}
          </ul>
          {tally.problems.length > 200 && <p class="secondary">…and {(tally.problems.length - 200).toLocaleString('en-US')} more.</p>}
        </section>
      )}
    </div>
  );
}
