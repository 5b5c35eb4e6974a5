// `npm start` runs this: bundles the workbench (TypeScript, sharing fakes/ with the tests) with
// esbuild into build/workbench, then serves it. Run `npm run build` first (npm start does).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Bundling moves the fakes' code here, so their default dist/ (found from their own folder) would be
// wrong: the workbench hands them dist/ itself (workbench/main.ts).
const out = join(root, 'build', 'workbench');
const common = { bundle: true, logLevel: 'warning', sourcemap: 'inline', absWorkingDir: root };

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'workbench/main.ts')], outfile: join(out, 'server.cjs'), platform: 'node', format: 'cjs', target: 'node20', packages: 'external' }),
  build({ ...common, entryPoints: [join(root, 'workbench/page/app.ts')], outfile: join(out, 'app.js'), platform: 'browser', format: 'iife', target: 'es2020' }),
]);

const { start } = createRequire(import.meta.url)(join(out, 'server.cjs'));
try {
  const { url, session } = await start(process.argv.slice(2), { root, assets: out });
  console.log(`Info Interviews workbench: ${url}`);
  console.log(`Spreadsheet file: ${session.options.file} (delete it, or press Reset, for the demo data)`);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
