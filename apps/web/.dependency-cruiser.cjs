/**
 * The web app's layers import one way (docs/decisions/023-web-layers.md):
 *
 *   domain → i18n → api → features → pages → app (app.tsx, boot.tsx, main.tsx)
 *
 * Each may import the ones to its left, never one to its right; no file and no folder is part of
 * a cycle, counting `import type` too. `pnpm lint` runs this (`pnpm --filter @footfall/web lint:layers`).
 */
const LAYERS = ['domain', 'i18n', 'api', 'features', 'pages'];

/** `from` layer may not import any layer after it, nor the app's entry files. */
const upward = LAYERS.map((layer, i) => ({
  name: `${layer}-imports-downward-only`,
  comment: `${layer}/ may import ${LAYERS.slice(0, i).join(', ') || 'no other layer'} only`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: {
    path: `^src/(${[...LAYERS.slice(i + 1), '[^/]+\\.tsx?$'].join('|')})`,
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycles',
      comment: 'A module never imports, however indirectly, something that imports it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Nor does a folder.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'domain-is-pure',
      comment: 'domain/ is plain TypeScript: no React, no chart library, no queries, no zod.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: 'node_modules/(react|react-dom|recharts|@tanstack|zod)/' },
    },
    {
      name: 'i18n-is-words-only',
      comment: 'i18n/ words the domain: it renders nothing but its locale provider.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: 'node_modules/(recharts|@tanstack|zod)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // Tests and the test kit stand outside the layers (a domain test may check its words against
    // the messages); ESLint keeps what ships from importing them.
    exclude: { path: '(\\.css$|\\.test\\.tsx?$|\\.test-d\\.ts$|^src/test/)' },
    combinedDependencies: true,
  },
};
