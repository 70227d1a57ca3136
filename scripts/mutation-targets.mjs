// @ts-check
// What `pnpm test:mutation` mutates: each target is one package's product files, killed by that
// package's own tests (stryker.config.mjs says why one package at a time).

/**
 * @typedef {object} MutationTarget
 * @property {string} name  Short name, used on the command line and for the report folder.
 * @property {string} dir  The package whose Vitest config and tests run against the mutants.
 * @property {string[]} mutate  The product files mutated.
 */

/** @type {MutationTarget[]} */
export const targets = [
  { name: 'buckets', dir: 'packages/buckets', mutate: ['packages/buckets/src/**/*.ts'] },
  {
    name: 'opretail',
    dir: 'packages/opretail',
    mutate: [
      'packages/opretail/src/**/*.ts',
      '!packages/opretail/src/fake-gateway.ts',
      '!packages/opretail/src/sign-vectors.ts',
    ],
  },
  { name: 'contract', dir: 'packages/contract', mutate: ['packages/contract/src/**/*.ts'] },
  {
    name: 'server-core',
    dir: 'apps/server',
    mutate: [
      'traffic-service.ts',
      'answer-cache.ts',
      'errors.ts',
      'comparison.ts',
      'store-traffic.ts',
      'auth/access.ts',
      'auth/sessions.ts',
    ].map((file) => `apps/server/src/${file}`),
  },
];
