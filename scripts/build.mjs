// Builds what `clasp push` uploads: dist/Code.js (server), dist/Sidebar.html
// (sidebar, everything inlined) and dist/appsscript.json.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'InfoInterviews';
mkdirSync(dist, { recursive: true });

// Apps Script's V8 lacks class fields and ES modules; es2019 lowers the former
// and `iife` removes the latter.
const common = { bundle: true, target: 'es2019', platform: 'neutral', logLevel: 'warning', legalComments: 'none' };

export async function buildServer() {
  const entry = join(root, 'src/server/main.ts');
  // esbuild lists an entry's exports only for esm output, so a throwaway esm
  // build names the entry points; no hand-kept list to fall out of date.
  const esm = await build({ ...common, entryPoints: [entry], format: 'esm', mainFields: ['module', 'main'], write: false, metafile: true, outdir: '/tmp/ii-esm' });
  const exports = Object.values(esm.metafile.outputs).flatMap((o) => o.exports ?? []);
  if (exports.length === 0) throw new Error('src/server/main.ts exports no entry points');
  const iife = await build({ ...common, entryPoints: [entry], format: 'iife', globalName: GLOBAL, write: false, mainFields: ['module', 'main'] });
  const body = iife.outputFiles[0].text;
  const stubs = exports
    .filter((name) => typeof name === 'string' && /^[A-Za-z_$][\w$]*$/.test(name))
    .sort()
    .map((name) => `function ${name}(...args) { return ${GLOBAL}.${name}(...args); }`)
    .join('\n');
  const header = '// Built by scripts/build.mjs from src/server; edit the TypeScript, not this file.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${body}\n// Entry points: Apps Script calls only top-level functions.\n${stubs}\n`);
  return exports;
}

export async function buildSidebar() {
  const out = await build({
    ...common,
    platform: 'browser',
    entryPoints: [join(root, 'src/client/main.tsx')],
    format: 'iife',
    write: false,
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  // An inline script ends at the first "</script" whatever the JS means by it.
  const js = out.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = readFileSync(join(root, 'src/client/styles.css'), 'utf8');
  const template = readFileSync(join(root, 'src/client/sidebar.html'), 'utf8');
  const html = template.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => js);
  writeFileSync(join(dist, 'Sidebar.html'), html);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = await buildServer();
  await buildSidebar();
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  console.log(`dist/: Code.js (${names.length} entry points), Sidebar.html, appsscript.json`);
}
