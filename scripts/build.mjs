// Builds what `clasp push` uploads: dist/Code.js (server), dist/Sidebar.html
// (sidebar, everything inlined) and dist/appsscript.json.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'InfoInterviews';
mkdirSync(dist, { recursive: true });

// Apps Script's V8 lacks class fields and ES modules; es2019 lowers the former
// and `iife` removes the latter.
const common = { bundle: true, target: 'es2019', platform: 'neutral', logLevel: 'warning', legalComments: 'none' };

export async function buildServer() {
  const entry = join(root, 'src/server/main.ts');
  const iife = await build({ ...common, entryPoints: [entry], format: 'iife', globalName: GLOBAL, write: false, mainFields: ['module', 'main'] });
  const body = iife.outputFiles[0].text;
  const { entryPoints, apiNames } = entryNames(body);
  // Each begins an execution (src/server/main.ts `execution`): what an earlier one read is forgotten.
  const begin = `${GLOBAL}.execution.begin();`;
  const stubs = [
    ...entryPoints.map((name) => `function ${name}(...args) { ${begin} return ${GLOBAL}.${name}(...args); }`),
    ...apiNames.map((name) => `function ${name}(...args) { ${begin} return ${GLOBAL}.api.${name}(...args); }`),
  ].join('\n');
  const header = '// Built by scripts/build.mjs from src/server; edit the TypeScript, not this file.\n';
  writeFileSync(join(dist, 'Code.js'), `${header}${body}\n// Entry points: Apps Script calls only top-level functions.\n${stubs}\n`);
  return [...entryPoints, ...apiNames];
}

/**
 * The names Apps Script must find as top-level functions: main.ts's exported
 * functions and the keys of its `api` object, read off the built bundle itself
 * (run in an empty context: its top-level code only defines things, the
 * entry-points test proves it makes no service call), so no list is kept by hand.
 */
function entryNames(body) {
  const context = vm.createContext({});
  vm.runInContext(`${body}\n;this.${GLOBAL} = ${GLOBAL};`, context, { filename: 'Code.js' });
  const mod = context[GLOBAL];
  const isName = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && !name.endsWith('_');
  const entryPoints = Object.keys(mod).filter((name) => typeof mod[name] === 'function').sort();
  const api = mod.api;
  if (!api || typeof api !== 'object') throw new Error('src/server/main.ts exports no `api` object');
  const apiNames = Object.keys(api).sort();
  const bad = [...entryPoints, ...apiNames].filter((name) => !isName(name));
  if (bad.length) throw new Error(`Not callable by Apps Script as a top-level function: ${bad.join(', ')}`);
  const notFunctions = apiNames.filter((name) => typeof api[name] !== 'function');
  if (notFunctions.length) throw new Error(`api.${notFunctions.join(', api.')} is not a function`);
  const twice = apiNames.filter((name) => entryPoints.includes(name) || name === GLOBAL);
  if (twice.length) throw new Error(`Both an exported function and an api key: ${twice.join(', ')}`);
  if (entryPoints.length === 0) throw new Error('src/server/main.ts exports no entry points');
  if (typeof mod.execution?.begin !== 'function') throw new Error('src/server/main.ts exports no `execution.begin`');
  return { entryPoints, apiNames };
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
  // The server bundle stays unminified: Apps Script's error messages give its line numbers.
  const kb = (f) => `${(statSync(join(dist, f)).size / 1024).toFixed(1)} KB`;
  console.log(`dist/: Code.js ${kb('Code.js')} (${names.length} entry points, readable), Sidebar.html ${kb('Sidebar.html')} (minified), appsscript.json`);
}
