// The shape of the code, checked by `npm run lint` (and so by `npm test` and CI):
// layers that may not see each other, features that meet only at their index.ts,
// and no import cycles anywhere. The Sheets boundary (only src/server/sheet/
// calls the Spreadsheet service) is a syntax rule: see eslint.config.mjs.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and features inseparable; in src not even through types.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-runtime-cycles',
      severity: 'error',
      comment:
        "The fakes mirror Apps Script's object graph (a Sheet hands out Ranges, a Range knows its Sheet), " +
        'so their types may refer to each other; what they load at run time may not cycle.',
      from: { pathNot: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'feature-through-its-index',
      severity: 'error',
      comment:
        "Another feature is reached only through its index.ts, its public face; files of one feature import each other directly.",
      from: { path: '^src/(shared|server|client)/([^/]+)/' },
      to: {
        path: '^src/(shared|server|client)/[^/]+/.+',
        pathNot: ['^src/$1/$2/', '^src/[^/]+/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'root-through-feature-index',
      severity: 'error',
      comment: "Code at a layer's root (main.ts, App.tsx, ...) reaches a feature only through its index.ts too.",
      from: { path: '^src/(shared|server|client)/[^/]+\\.tsx?$' },
      to: { path: '^src/(shared|server|client)/[^/]+/.+', pathNot: ['^src/[^/]+/[^/]+/index\\.tsx?$'] },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'src/shared is domain logic for both sides: it sees neither the server nor the sidebar.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|client)/' },
    },
    {
      name: 'server-and-client-apart',
      severity: 'error',
      comment: 'The server and the sidebar meet only through src/shared/server-api.ts and google.script.run.',
      from: { path: '^src/(server|client)/' },
      to: { path: '^src/(client|server)/', pathNot: ['^src/$1/'] },
    },
    {
      name: 'fakes-through-its-index',
      severity: 'error',
      comment: 'The fakes are a package: the tests, the workbench and the bench use only fakes/index.ts.',
      from: { pathNot: '^fakes/' },
      to: { path: '^fakes/', pathNot: '^fakes/index\\.ts$' },
    },
    {
      name: 'src-ships-alone',
      severity: 'error',
      comment: 'What is built into dist/ never imports the tests, the fakes, the workbench or the bench.',
      from: { path: '^src/' },
      to: { path: '^(test|fakes|workbench|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|build|node_modules)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs'] },
  },
};
