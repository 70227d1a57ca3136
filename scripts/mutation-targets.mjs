// @ts-check
// What `pnpm test:mutation` mutates: each target is one package's product files, killed by that
// package's own tests (stryker.config.mjs says why one package at a time).

/**
 * @typedef {object} MutationTarget
 * @property {string} name  Short name, used on the command line and for the report folder.
 * @property {string} dir  The package whose Vitest config and tests run against the mutants.
 * @property {string[]} mutate  The product files mutated.
 * @property {string[]} [tests]  The test files run against the mutants (globs inside `dir`);
 *   every `*.test.ts` under `src` unless given.
 */

/** Every test file of a package: what a target runs unless it names its own. */
export const ALL_TESTS = ['src/**/*.test.ts'];

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
    // The tests of the core's behaviour, in memory (and on one real redis-server for the shared
    // cache and sessions). Left out: the tests that start server processes or an OpenID
    // provider, or fuzz the whole API for seconds; they test the wiring around the core, and as
    // nearly every test imports the app, each static mutant (module-level code) would run them.
    tests: [
      'app.test.ts',
      'answer-cache.test.ts',
      'comparison.test.ts',
      'compression.test.ts',
      'errors.test.ts',
      'server.test.ts',
      'traffic-service.test.ts',
      'auth/access.test.ts',
      'auth/sessions.test.ts',
      'auth/sign-in-limit.test.ts',
      'routes/*.test.ts',
      'shared/cluster.test.ts',
      'shared/records.test.ts',
    ].map((file) => `src/${file}`),
  },
];
