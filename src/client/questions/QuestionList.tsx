// The editable question list: which questions fit the meeting, reorder with
// up/down buttons (focus follows the moved question), remove.
import { useEffect, useRef } from 'preact/hooks';
import { questionsThatFit } from '../../shared/questions';
import { closingKind } from '../../shared/questions';

export interface ListItem {
  /** Stable across reorders, for keys and focus. */
  key: string;
  category: string;
  text: string;
  fitsInTime: boolean;
  /** Added by the student, not drawn from the bank. */
  own?: boolean;
}

/**
 * Marks what fits the meeting as the generator does: the closing questions
 * always, then the others from the top, so moving a question up makes it fit;
 * the closing questions end what fits and the spares come after them.
 */
export function markFits<T extends ListItem>(items: T[], minutes: number): T[] {
  const fits = questionsThatFit(minutes);
  const closers = new Set<number>();
  for (const kind of ['referral', 'reciprocity'] as const) {
    const at = items.map((q) => closingKind(q.text)).lastIndexOf(kind);
    if (at >= 0) closers.add(at);
  }
  let room = Math.max(0, fits - closers.size);
  const marked = items.map((q, i) => {
    let fitsInTime = closers.has(i);
    if (!fitsInTime && room > 0) {
      fitsInTime = true;
      room--;
    }
    return fitsInTime === q.fitsInTime ? q : { ...q, fitsInTime };
  });
  // What fits reads straight through to the closing questions; spares always last.
  const isCloser = (i: number) => closers.has(i);
  return [
    ...marked.filter((q, i) => q.fitsInTime && !isCloser(i)),
    ...marked.filter((_q, i) => isCloser(i)),
    ...marked.filter((q) => !q.fitsInTime),
  ];
}

export function move<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return items;
  const out = items.slice();
  const [it] = out.splice(from, 1);
  out.splice(to, 0, it);
  return out;
}

interface Props {
  items: ListItem[];
  minutes: number;
  onChange: (items: ListItem[]) => void;
  /** Where focus goes after a change: [item key, which button]. */
  focus: { current: [string, 'up' | 'down'] | null };
}

export function QuestionList({ items, minutes, onChange, focus }: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const want = focus.current;
    if (!want || !list.current) return;
    focus.current = null;
    const button = list.current.querySelector<HTMLButtonElement>(`[data-key="${want[0]}"] button[data-move="${want[1]}"]:not(:disabled)`) ??
      list.current.querySelector<HTMLButtonElement>(`[data-key="${want[0]}"] button[data-move]:not(:disabled)`);
    button?.focus();
  });
  const fit = items.filter((q) => q.fitsInTime).length;
  const shift = (i: number, by: -1 | 1) => {
    focus.current = [items[i].key, by < 0 ? 'up' : 'down'];
    onChange(move(items, i, i + by));
  };
  const remove = (i: number) => {
    const next = items[i + 1] ?? items[i - 1];
    focus.current = next ? [next.key, 'up'] : null;
    onChange(items.filter((_q, j) => j !== i));
  };
  return (
    <div class="block">
      <p class="secondary" id="q-fit-summary">
        {fit} of {items.length} fit in {minutes} minutes (about 3 minutes a question); the rest are spares.
      </p>
      <ol class="q-list" ref={list} aria-describedby="q-fit-summary">
        {items.map((q, i) => (
          <li key={q.key} data-key={q.key} class={q.fitsInTime ? 'q-fits' : 'q-spare'}>
            <div class="q-meta">
              <span class="q-category">{q.category}</span>
              <span class={q.fitsInTime ? 'q-badge fits' : 'q-badge spare'}>{q.fitsInTime ? 'In time' : 'Spare'}</span>
              {q.own && <span class="q-badge own">Yours</span>}
            </div>
            <p class="q-text">{q.text}</p>
            <div class="q-actions">
              <button type="button" data-move="up" disabled={i === 0} aria-label={`Move question ${i + 1} up`} onClick={() => shift(i, -1)}>
                ↑
              </button>
              <button type="button" data-move="down" disabled={i === items.length - 1} aria-label={`Move question ${i + 1} down`} onClick={() => shift(i, 1)}>
                ↓
              </button>
              <button type="button" class="link" aria-label={`Remove question ${i + 1}`} onClick={() => remove(i)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
