// Progress while an import's chunks are written, and what it did at the end:
// imported, matched, skipped (with reasons), imported without a field, and each
// row that was not written and why.
import { describeLeftOut, type ImportChunkResult, type ImportProblem } from '../../shared/import';
import { plural } from './ImportPreview';

export interface ImportTally {
  done: number;
  total: number;
  added: number;
  filled: number;
  alreadyThere: number;
  /** Rows of the file that matched a contact already in Contacts (filled or not). */
  matched: number;
  /** Rows the preview left out, with why (no name, malformed, duplicate in the file). */
  skipped: Array<{ line: number; text: string }>;
  problems: ImportProblem[];
  importedWithout: ImportChunkResult['importedWithout'];
}

export function emptyTally(total: number, matched = 0, skipped: ImportTally['skipped'] = []): ImportTally {
  return { done: 0, total, added: 0, filled: 0, alreadyThere: 0, matched, skipped, problems: [], importedWithout: [] };
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

const SHOWN = 200;

function Lines({ id, title, items }: { id: string; title: string; items: Array<{ line: number; name?: string; text: string }> }) {
  if (items.length === 0) return null;
  return (
    <section class="block import-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length.toLocaleString('en-US')})
      </h2>
      <ul class="import-list">
        {items.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <span class="secondary">Line {p.line}</span> {p.name && <strong>{p.name}</strong>} {p.text}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p class="secondary">…and {(items.length - SHOWN).toLocaleString('en-US')} more.</p>}
    </section>
  );
}

export function ImportSummary({ tally: raw }: { tally: ImportTally }) {
  // A row the server did not write was not imported without anything either.
  const unwritten = new Set(raw.problems.map((p) => p.line));
  const tally = { ...raw, importedWithout: raw.importedWithout.filter((w) => !unwritten.has(w.line)) };
  const parts = [`${plural(tally.added, 'new contact')} added`, `${plural(tally.filled, 'contact')} filled in`];
  if (tally.alreadyThere) parts.push(`${plural(tally.alreadyThere, 'row')} already in Contacts`);
  const counts: Array<[string, number]> = [
    ['Imported', tally.added],
    ['Matched a contact already in Contacts', tally.matched],
    ['Skipped', tally.skipped.length],
    ['Imported without a field', tally.importedWithout.length],
  ];
  if (tally.problems.length) counts.push(['Not written', tally.problems.length]);
  return (
    <div class="block">
      <p class="summary" role="status">
        Import finished: {parts.join(', ')}.
      </p>
      <ul class="import-counts">
        {counts.map(([label, n]) => (
          <li key={label}>
            {label}: {n.toLocaleString('en-US')}
          </li>
        ))}
      </ul>
      <Lines
        id="import-without"
        title="Imported without"
        items={tally.importedWithout.map((w) => ({ line: w.line, name: w.name, text: `imported without: ${describeLeftOut(w.without)}` }))}
      />
      <Lines id="import-skipped" title="Skipped" items={tally.skipped} />
      <Lines id="import-problems" title="Not written" items={tally.problems.map((p) => ({ line: p.line, name: p.name, text: p.message }))} />
    </div>
  );
}
