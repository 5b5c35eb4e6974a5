// The Paths view: which career paths the conversations were about, how the
// student's interest in each is moving, their own takeaways, and what to do
// next. A path can be renamed or merged into another from here.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import type { PathSummary, PathTrend, PathsView } from '../../shared/paths';
import { rpc } from '../rpc';
import { ErrorBox, Loading, Titled, useRemote } from '../ui';

const TREND: Record<PathTrend, string> = { rising: 'rising ↑', steady: 'steady →', falling: 'falling ↓', new: 'first impression' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function PathsPanel({ navigate }: { navigate: Navigate }) {
  const [view, reload] = useRemote(() => rpc.getPaths());
  const [notice, setNotice] = useState('');
  // A rename brings back the view as it now stands: shown at once, not asked for again.
  const [renamed, setRenamed] = useState<PathsView | null>(null);
  if (view.state === 'loading') return <Titled title="Paths"><Loading what="Reading your meetings…" /></Titled>;
  if (view.state === 'error') return <Titled title="Paths"><ErrorBox message={view.message} onRetry={reload} /></Titled>;
  const { paths } = renamed ?? view.value;
  const onRenamed = (message: string, now: PathsView) => {
    setNotice(message);
    setRenamed(now);
  };
  const open = paths.filter((p) => !p.explored);
  const explored = paths.filter((p) => p.explored);
  return (
    <div class="paths-panel">
      <h1>Paths</h1>
      <p class="secondary">Which career paths your conversations were about, and how your interest in each is moving.</p>
      {notice && (
        <p class="summary" role="status">
          {notice}
        </p>
      )}
      {paths.length === 0 && (
        <div class="block">
          <p>No path yet. When you log a meeting, say which path it was about and how interested you are now; this view then shows where you are heading.</p>
          <button type="button" class="action" onClick={() => navigate('meeting')}>
            Log a meeting
          </button>
        </div>
      )}
      {open.map((p) => (
        <PathCard key={p.key} path={p} others={paths} onRenamed={onRenamed} />
      ))}
      {explored.length > 0 && (
        <section class="block" aria-labelledby="paths-explored">
          <h2 id="paths-explored">Explored</h2>
          <p class="secondary">Paths whose interest fell. Ruling a path out is what these conversations are for.</p>
          {explored.map((p) => (
            <PathCard key={p.key} path={p} others={paths} onRenamed={onRenamed} />
          ))}
        </section>
      )}
    </div>
  );
}

function PathCard({ path: p, others, onRenamed }: { path: PathSummary; others: PathSummary[]; onRenamed: (message: string, now: PathsView) => void }) {
  const [editing, setEditing] = useState(false);
  const headingId = `path-${p.key.replace(/[^a-z0-9]+/g, '-')}`;
  const interest = p.latestInterest === null ? 'interest not noted yet' : `interest ${p.latestInterest}/5, ${TREND[p.trend]}`;
  return (
    <section class={p.explored ? 'block path-card explored' : 'block path-card'} aria-labelledby={headingId}>
      <h2 id={headingId}>{p.name}</h2>
      <p class="path-facts">
        {plural(p.conversations, 'conversation')} · {plural(p.people.length, 'person', 'people')}: {p.people.join(', ')}
      </p>
      <p class="path-interest">{interest}</p>
      {p.interests.length > 1 && <p class="secondary">Interest over time: {p.interests.map((i) => i.interest).join(' → ')}</p>}
      {p.takeaways.length > 0 && (
        <ul class="path-takeaways" aria-label="Recent takeaways">
          {p.takeaways.map((t, i) => (
            <li key={i}>
              “{t.text}” <span class="secondary">({t.contact}{t.date ? `, ${t.date}` : ''})</span>
            </li>
          ))}
        </ul>
      )}
      <p class={`path-next ${p.nextStep.kind}`}>
        {p.explored ? p.nextStep.text : <><strong>Next step:</strong> {p.nextStep.text}</>}
      </p>
      {editing ? (
        <RenameForm path={p} others={others} onDone={(m, now) => { setEditing(false); if (m && now) onRenamed(m, now); }} />
      ) : (
        <button type="button" class="link" onClick={() => setEditing(true)} aria-label={`Rename or merge ${p.name}`}>
          Rename or merge
        </button>
      )}
    </section>
  );
}

function RenameForm({ path: p, others, onDone }: { path: PathSummary; others: PathSummary[]; onDone: (message: string, now?: PathsView) => void }) {
  const [to, setTo] = useState(p.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const id = `rename-${p.key.replace(/[^a-z0-9]+/g, '-')}`;
  const save = (name: string) => {
    setBusy(true);
    setError('');
    rpc.renamePath({ fromKey: p.key, to: name }).then(
      (r) => {
        setBusy(false);
        if (r.ok) onDone(r.message, r.view);
        else setError(r.error);
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  const targets = others.filter((o) => o.key !== p.key);
  return (
    <form
      class="path-rename"
      onSubmit={(e) => {
        e.preventDefault();
        save(to);
      }}
    >
      <div class={error ? 'field invalid' : 'field'}>
        <label for={id}>New name</label>
        <input id={id} type="text" value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} class="hint secondary">
          Rewrites the Path cell of this path's {plural(p.conversations, 'meeting')}; nothing else changes.
        </p>
        {error && (
          <p class="error field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {targets.length > 0 && (
        <div class="path-merge" role="group" aria-label="Merge into">
          <span class="secondary">Or merge into: </span>
          {targets.map((o) => (
            <button type="button" class="link" key={o.key} disabled={busy} onClick={() => save(o.name)}>
              {o.name}
            </button>
          ))}
        </div>
      )}
      <div class="form-actions">
        <button type="submit" class="action" disabled={busy}>
          {busy ? 'Saving…' : 'Rename'}
        </button>
        <button type="button" onClick={() => onDone('')} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
