// "Import contacts": a LinkedIn or Google Contacts CSV read and previewed in the
// sidebar (papaparse never reaches the server), then written in chunks.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import { ErrorBox, Loading } from '../ui';
import { parseContactsFile, type GarbledLine, type SkippedLine } from '../../shared/csv';
import { planImport, type ImportFormat, type ImportPlan } from '../../shared/import';
import { chosenRows, contactFromExisting, importChunks, type ExistingContact, type ImportChunk } from '../../shared/import';
import { ImportPreview, plural } from './ImportPreview';
import { emptyTally, ImportProgress, ImportSummary, type ImportTally } from './ImportResult';

interface Preview {
  fileName: string;
  format: ImportFormat;
  plan: ImportPlan;
  skipped: SkippedLine[];
  garbled: GarbledLine[];
  existing: ExistingContact[];
}

type Stage =
  | { kind: 'choose'; message?: string }
  | { kind: 'reading' }
  | { kind: 'preview'; preview: Preview }
  | { kind: 'importing'; preview: Preview; chunks: ImportChunk[]; next: number; tally: ImportTally; error?: string }
  | { kind: 'done'; tally: ImportTally };

const FORMAT_NAME: Record<ImportFormat, string> = { linkedin: 'LinkedIn connections', google: 'Google Contacts', outlook: 'Outlook contacts' };

// Bytes, not text: readAsText would decode an Excel re-save (Windows-1252) as
// UTF-8 and turn "Sørensen" into "S�rensen" before we could tell.
function readFile(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error('The file could not be read. Choose it again.'));
    reader.readAsArrayBuffer(file);
  });
}

/** Every row the preview leaves out, with why, for the result summary too. */
function skippedLines(p: Preview): Array<{ line: number; text: string }> {
  return [
    ...p.skipped.map((s) => ({ line: s.line, text: s.reason })),
    ...p.plan.items.filter((i) => i.action === 'skip' || i.action === 'duplicate').map((i) => ({ line: i.row.line, text: `${i.row.name}: ${i.reason || 'Skipped.'}` })),
  ].sort((a, b) => a.line - b.line);
}

function chosen(p: Preview, unticked: Set<number>) {
  return chosenRows(p.plan, p.format, p.existing, unticked);
}

export function ImportPanel({ navigate }: { navigate: Navigate }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [unticked, setUnticked] = useState<Set<number>>(new Set());
  // Garbled names are written only once the student has seen them and said so.
  const [garbledOk, setGarbledOk] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'reading' });
    setUnticked(new Set());
    setGarbledOk(false);
    try {
      const parsed = parseContactsFile(await readFile(file));
      if (!parsed.ok) return setStage({ kind: 'choose', message: parsed.message });
      const { contacts } = await rpc.getImportContext();
      const plan = planImport(parsed.rows, parsed.format, contacts.map(contactFromExisting));
      setStage({ kind: 'preview', preview: { fileName: file.name, format: parsed.format, plan, skipped: parsed.skipped, garbled: parsed.garbled, existing: contacts } });
    } catch (e) {
      setStage({ kind: 'choose', message: (e as Error).message });
    }
  };

  const tick = (lines: number[], ticked: boolean) => {
    const next = new Set(unticked);
    for (const l of lines) ticked ? next.delete(l) : next.add(l);
    setUnticked(next);
  };

  const run = async (preview: Preview, chunks: ImportChunk[], from: number, tally: ImportTally) => {
    let t = tally;
    for (let i = from; i < chunks.length; i++) {
      setStage({ kind: 'importing', preview, chunks, next: i, tally: t });
      try {
        const r = await rpc.importContacts(chunks[i]);
        t = {
          ...t,
          done: t.done + chunks[i].add.length + chunks[i].fill.length,
          added: t.added + r.added,
          filled: t.filled + r.filled,
          alreadyThere: t.alreadyThere + r.alreadyThere,
          problems: t.problems.concat(r.problems),
          importedWithout: t.importedWithout.concat(r.importedWithout ?? []),
        };
      } catch (e) {
        // Safe to resume: the server skips rows already there and fills only empty cells.
        return setStage({ kind: 'importing', preview, chunks, next: i, tally: t, error: (e as Error).message });
      }
    }
    setStage({ kind: 'done', tally: t });
  };

  const start = (preview: Preview) => {
    const { add, fill } = chosen(preview, unticked);
    const chunks = importChunks(preview.format, add, fill);
    // The sidebar already left unusable fields out of what it sends; the server adds any it finds itself.
    const lines = new Set(add.map((a) => a.line));
    const tally = emptyTally(add.length + fill.length, preview.plan.counts.match, skippedLines(preview));
    tally.importedWithout = preview.plan.items
      .filter((i) => i.action === 'new' && i.without && i.without.length && lines.has(i.row.line))
      .map((i) => ({ line: i.row.line, name: i.row.name, without: i.without! }));
    void run(preview, chunks, 0, tally);
  };

  const fileInput = (
    <div class="block">
      <label for="import-file">CSV file</label>
      <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => choose((e.currentTarget as HTMLInputElement).files?.[0])} />
      <p class="secondary">
        LinkedIn: Settings › Data privacy › Get a copy of your data › Connections, then choose Connections.csv from the .zip. Google Contacts:
        Export › Google CSV.
      </p>
    </div>
  );

  if (stage.kind === 'choose' || stage.kind === 'reading') {
    return (
      <div class="import-panel">
        <h1>Import contacts</h1>
        {fileInput}
        {stage.kind === 'reading' && <Loading what="Reading the file…" />}
        {stage.kind === 'choose' && stage.message && <ErrorBox message={stage.message} />}
      </div>
    );
  }

  if (stage.kind === 'preview') {
    const p = stage.preview;
    const c = p.plan.counts;
    const { add, fill } = chosen(p, unticked);
    const skipped = p.skipped.length + c.skip;
    const garbledChosen = p.garbled.filter((g) => !unticked.has(g.line));
    const blocked = garbledChosen.length > 0 && !garbledOk;
    return (
      <div class="import-panel">
        <h1>Import contacts</h1>
        <p class="summary" role="status">
          {p.fileName} ({FORMAT_NAME[p.format]}): {plural(c.new, 'new contact')}, {plural(c.match, 'already in Contacts', 'already in Contacts')},{' '}
          {plural(c.duplicate, 'duplicate')} in the file, {plural(skipped, 'row')} skipped.
        </p>
        {p.garbled.length > 0 && (
          <section class="block import-warning" role="alert" aria-labelledby="import-garbled">
            <h2 id="import-garbled">{plural(p.garbled.length, 'name looks', 'names look')} garbled</h2>
            <p>
              These names contain characters that usually mean the file was saved in another encoding (for example by Excel). Written as they are,
              they would stay wrong in Contacts. Untick them below, or export the file again as "CSV UTF-8".
            </p>
            <ul class="import-list">
              {p.garbled.slice(0, 50).map((g) => (
                <li key={g.line}>
                  <span class="secondary">Line {g.line}:</span> {g.name}
                </li>
              ))}
            </ul>
            {garbledChosen.length > 0 && (
              <label class="import-row">
                <input type="checkbox" checked={garbledOk} onChange={(e) => setGarbledOk((e.currentTarget as HTMLInputElement).checked)} />
                <span>Import {garbledChosen.length === 1 ? 'this name' : 'these names'} as shown anyway</span>
              </label>
            )}
          </section>
        )}
        <div class="block">
          <button type="button" class="action" disabled={add.length + fill.length === 0 || blocked} onClick={() => start(p)}>
            Import {plural(add.length, 'new contact')}
            {fill.length > 0 ? ` and fill ${plural(fill.length, 'contact')}` : ''}
          </button>{' '}
          <button type="button" onClick={() => setStage({ kind: 'choose' })}>
            Choose another file
          </button>
        </div>
        <ImportPreview plan={p.plan} skipped={p.skipped} unticked={unticked} onChange={tick} />
      </div>
    );
  }

  if (stage.kind === 'importing') {
    const s = stage;
    return (
      <div class="import-panel">
        <h1>Import contacts</h1>
        <ImportProgress tally={s.tally} />
        {s.error ? (
          <ErrorBox message={`${s.error} Rows imported so far are saved.`} onRetry={() => void run(s.preview, s.chunks, s.next, s.tally)} />
        ) : (
          <Loading what="Writing to Contacts…" />
        )}
      </div>
    );
  }

  return (
    <div class="import-panel">
      <h1>Import contacts</h1>
      <ImportSummary tally={stage.tally} />
      <div class="block">
        <button type="button" onClick={() => setStage({ kind: 'choose' })}>
          Import another file
        </button>{' '}
        <button type="button" onClick={() => navigate('check')}>
          Check outreach fields
        </button>
      </div>
    </div>
  );
}
