// The preview of an import: counts, then each kind of row in its own list
// (paged, so a 5,000-row file stays quick), with a tick box per row to import.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { SkippedLine } from '../../shared/csv';
import { describeLeftOut, type ImportPlan, type PlanItem } from '../../shared/import';

const PAGE = 100;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Shows the first 100 items, and more on request. */
function Paged<T>({ items, render }: { items: T[]; render: (item: T) => ComponentChildren }) {
  const [shown, setShown] = useState(PAGE);
  const left = items.length - shown;
  return (
    <>
      <ul class="import-list">{items.slice(0, shown).map(render)}</ul>
      {left > 0 && (
        <button type="button" class="link" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, left)} more ({left.toLocaleString('en-US')} not shown)
        </button>
      )}
    </>
  );
}

function describe(item: PlanItem): string {
  return [item.row.title, item.row.company].filter((s) => s).join(', ');
}

interface TickListProps {
  id: string;
  title: string;
  items: PlanItem[];
  unticked: Set<number>;
  onChange: (lines: number[], ticked: boolean) => void;
  detail?: (item: PlanItem) => string;
}

function TickList({ id, title, items, unticked, onChange, detail }: TickListProps) {
  const lines = items.map((i) => i.row.line);
  const chosen = lines.filter((l) => !unticked.has(l)).length;
  return (
    <section class="block import-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="secondary">({chosen.toLocaleString('en-US')} of {items.length.toLocaleString('en-US')} ticked)</span>
      </h2>
      <div class="import-bulk">
        <button type="button" class="link" onClick={() => onChange(lines, true)} aria-label={`Tick all: ${title}`}>
          Tick all
        </button>
        <button type="button" class="link" onClick={() => onChange(lines, false)} aria-label={`Untick all: ${title}`}>
          Untick all
        </button>
      </div>
      <Paged
        items={items}
        render={(item) => (
          <li key={item.row.line}>
            <label class="import-row">
              <input
                type="checkbox"
                checked={!unticked.has(item.row.line)}
                onChange={(e) => onChange([item.row.line], (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>
                {item.row.name}
                {describe(item) && <span class="secondary"> · {describe(item)}</span>}
                {detail && detail(item) && <span class="import-detail secondary">{detail(item)}</span>}
              </span>
            </label>
          </li>
        )}
      />
    </section>
  );
}

function ReasonList({ id, title, items }: { id: string; title: string; items: Array<{ line: number; text: string }> }) {
  return (
    <section class="block import-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Paged
        items={items}
        render={(i) => (
          <li key={i.line}>
            <span class="secondary">Line {i.line}:</span> {i.text}
          </li>
        )}
      />
    </section>
  );
}

export interface PreviewProps {
  plan: ImportPlan;
  skipped: SkippedLine[];
  unticked: Set<number>;
  onChange: (lines: number[], ticked: boolean) => void;
}

export function ImportPreview({ plan, skipped, unticked, onChange }: PreviewProps) {
  const of = (action: PlanItem['action']) => plan.items.filter((i) => i.action === action);
  const fresh = of('new');
  const matched = of('match');
  const fillable = matched.filter((i) => i.fill && Object.keys(i.fill).length > 0);
  const nothing = matched.filter((i) => !i.fill || Object.keys(i.fill).length === 0);
  const dupes = of('duplicate');
  const skips = [
    ...skipped.map((s) => ({ line: s.line, text: s.reason })),
    ...of('skip').map((i) => ({ line: i.row.line, text: i.reason || 'Skipped.' })),
  ].sort((a, b) => a.line - b.line);

  return (
    <div class="import-preview">
      {fresh.length > 0 && (
        <TickList
          id="import-new"
          title={`New contacts`}
          items={fresh}
          unticked={unticked}
          onChange={onChange}
          detail={(i) => (i.without && i.without.length ? `Imported without: ${describeLeftOut(i.without)}` : '')}
        />
      )}
      {fillable.length > 0 && (
        <TickList
          id="import-fill"
          title="Already in Contacts, with empty fields to fill"
          items={fillable}
          unticked={unticked}
          onChange={onChange}
          detail={(i) => i.reason || ''}
        />
      )}
      {nothing.length > 0 && (
        <ReasonList
          id="import-same"
          title={`Already in Contacts, nothing to add (${nothing.length.toLocaleString('en-US')})`}
          items={nothing.map((i) => ({ line: i.row.line, text: `${i.row.name}: ${i.reason || ''}` }))}
        />
      )}
      {dupes.length > 0 && (
        <ReasonList
          id="import-dupes"
          title={`Duplicates in the file (${dupes.length.toLocaleString('en-US')})`}
          items={dupes.map((i) => ({ line: i.row.line, text: `${i.row.name}: ${i.reason || ''}` }))}
        />
      )}
      {skips.length > 0 && <ReasonList id="import-skips" title={`Skipped (${skips.length.toLocaleString('en-US')})`} items={skips} />}
    </div>
  );
}
