// `npm run lint:deps`: the folder rules of docs/architecture.md, checked rather than remembered.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: each module can be read, tested and changed from its imports down. Type-only imports do not count: they vanish from the JavaScript.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'split-is-pure',
      severity: 'error',
      comment: 'src/split is the pure splitter (newsroom/split, usable without Payload): it imports only itself. Its CLI reads files.',
      from: { path: '^src/split/', pathNot: '^src/split/cli\\.ts$' },
      to: { pathNot: '^src/split/' },
    },
    {
      name: 'app-uses-public-exports',
      severity: 'error',
      comment: "The host app (app/) uses the package as a host would: newsroom, newsroom/site, newsroom/client, newsroom/split, never a source path.",
      from: { path: '^app/' },
      to: { path: '^(src|collections)/', pathNot: '^src/(index\\.ts|exports/[^/]+\\.ts|split/index\\.ts)$' },
    },
    {
      name: 'app-no-relative-source-paths',
      severity: 'error',
      comment: 'Not even to a public entry: app/ names the package (newsroom/...), so it reads like any host app.',
      from: { path: '^app/' },
      to: { path: '^(src|collections)/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'src-does-not-compose-collections',
      severity: 'error',
      comment: 'Collections import src/ building blocks, never the other way: only the plugin entry composes collections.',
      from: { path: '^src/', pathNot: '^src/(index|newsroomCollections)\\.ts$' },
      to: { path: '^collections/' },
    },
    {
      name: 'plugin-not-host',
      severity: 'error',
      comment: "The plugin (src/, collections/) never imports the repository's host app or its config.",
      from: { path: '^(src|collections)/' },
      to: { path: '^(app/|payload\\.config\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.next)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'] },
  },
}
