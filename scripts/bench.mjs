// `npm run bench`: Spreadsheet service calls and compute time of each action at
// 100, 1,000 and 10,000 contacts, over the strict fakes and the built
// dist/Code.js. Every bench/*.bench.ts exports `scenarios`; they are bundled
// (they are TypeScript, like the fakes) into one temporary CommonJS file and run.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const files = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort();
if (files.length === 0) throw new Error('bench/ has no *.bench.ts files');

// Inside node_modules so the bundle's require('gas-local') resolves from the repository.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const tmp = mkdtempSync(join(root, 'node_modules', '.cache', 'ii-bench-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  files.map((f, i) => `import { scenarios as s${i} } from ${JSON.stringify(join(root, 'bench', f))};`).join('\n') +
    `\nexport const all = [${files.map((f, i) => `...s${i}.map((s) => ({ file: ${JSON.stringify(f)}, ...s }))`).join(', ')}];\n` +
    `export { profileAs } from ${JSON.stringify(join(root, 'bench', 'bench.ts'))};\n` +
    `export { roundTrips } from ${JSON.stringify(join(root, 'bench', 'round-trips.bench.ts'))};\n`,
);
const out = join(tmp, 'bench.cjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning', external: ['gas-local'] });
// The fakes find dist/ from their own folder, which bundling moved: tell them where it is.
process.env.BENCH_ROOT = root;
const { all, roundTrips, profileAs } = createRequire(out)(out);
rmSync(tmp, { recursive: true, force: true });

const pad = (s, n) => String(s).padStart(n);
// BENCH_ONLY=regex runs only the matching scenarios (e.g. under node --cpu-prof);
// BENCH_DETAIL=1 lists each scenario's calls by method at the largest size;
// BENCH_PROFILE=dir writes a CPU profile of each measured action (bench/bench.ts).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const detail = process.env.BENCH_DETAIL === '1';
// BENCH_REPEAT=n measures each action n times, each on a fresh tracker and bundle (as cold as an
// Apps Script execution), and prints the run of median time: one run's milliseconds vary by tens of percent.
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const results = new Map();
const W = 40;
console.log(`Spreadsheet service calls (calls / of which I/O), + other services' calls (Properties, Lock, Script, Utilities…), and ms: the add-on's own + inside the fakes${repeat > 1 ? `, the median of ${repeat} runs` : ''}, over the fakes: ${files.join(', ')}\n`);
console.log(`${'action'.padEnd(40)}${sizes.map((n) => pad(`${n.toLocaleString('en')} contacts`, W)).join('')}`);
const details = [];
for (const s of all) {
  if (only && !only.test(s.name)) continue;
  const cells = [];
  let last = null;
  for (const n of sizes) {
    profileAs(`${s.name}@${n}`);
    const runs = [];
    for (let i = 0; i < repeat; i++) runs.push(s.run(n));
    const done = runs.filter(Boolean).sort((a, b) => a.ms - b.ms - (a.fakeMs - b.fakeMs));
    const m = done.length ? done[Math.floor((done.length - 1) / 2)] : null;
    results.set(`${s.name}@${n}`, m);
    if (!m) {
      cells.push(pad('skipped (not in dist)', W));
      continue;
    }
    last = m;
    const base = s.comparedWith ? results.get(`${s.comparedWith}@${n}`) : null;
    const ratio = base && base.calls ? ` ×${(m.calls / base.calls).toFixed(0)}` : '';
    const other = m.other === undefined ? '' : ` +${m.other}`;
    cells.push(pad(`${m.calls} / ${m.io}${other}${ratio}  ${(m.ms - m.fakeMs).toFixed(0)} + ${m.fakeMs.toFixed(0)} ms`, W));
  }
  console.log(`${s.name.padEnd(40)}${cells.join('')}`);
  if (detail && last) details.push([s.name, last.byMethod]);
}
console.log("\n×N: calls of the per-row reference divided by the batched action's. a + b ms: a is the add-on's own work, b the time inside the fake services (Google's side in production); times vary by machine, counts do not.");
for (const [name, byMethod] of details) {
  console.log(`\n${name} at ${sizes.at(-1).toLocaleString('en')} contacts:`);
  for (const [method, n] of Object.entries(byMethod).sort((a, b) => b[1] - a[1])) console.log(`  ${pad(n, 5)}  ${method}`);
}
console.log('\ngoogle.script.run round trips per sidebar task (asserted by the browser tests at the relay):');
console.log(`${'task'.padEnd(20)}${pad('open', 6)}${pad('save', 6)}${pad('next', 6)}  next is`);
for (const r of roundTrips) console.log(`${r.task.padEnd(20)}${pad(r.open, 6)}${pad(r.save, 6)}${pad(r.next, 6)}  ${r.nextIs}`);
