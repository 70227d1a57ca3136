// @ts-check
// Stryker's configuration for one mutation target at a time, chosen by FOOTFALL_MUTATION_TARGET;
// `pnpm test:mutation` (scripts/test-mutation.mjs) runs every target in turn and prints the scores.
//
// Stryker runs from the repository root, so its sandbox (a copy of the repo without node_modules)
// keeps `tsconfig.base.json` and the workspace layout, and every node_modules of the pnpm
// workspace is symlinked into it (`symlinkNodeModules`, on by default). A workspace dependency
// therefore resolves to the original package, not its sandbox copy: each target mutates files of
// one package only, and that package's own tests (which import its sources by relative path) are
// the ones that must kill the mutants.

import { targets } from './scripts/mutation-targets.mjs';

/** Test helpers shipped beside the code are no product code: their mutants are noise. */
const NOT_PRODUCT = ['!**/*.test.ts', '!**/*.test-d.ts'];

const name = process.env.FOOTFALL_MUTATION_TARGET;
const target = targets.find((candidate) => candidate.name === name);
if (!target) {
  throw new Error(
    `FOOTFALL_MUTATION_TARGET must be one of ${targets.map((t) => t.name).join(', ')}; run pnpm test:mutation`,
  );
}
const reports = `reports/mutation/${target.name}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Stryker finds `@stryker-mutator/*` plugins next to its own install, which under pnpm's
  // isolated node_modules holds none of them: name the runner by its resolved file URL instead.
  plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
  vitest: { configFile: 'scripts/vitest-mutation.config.mjs', dir: target.dir },
  mutate: [...target.mutate, ...NOT_PRODUCT],
  // Three engineers share two cores; STRYKER_CONCURRENCY=2 when `uptime` shows they are idle.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // Only the tests that cover a mutant run against it; a re-run reuses the unchanged results.
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  // The sandbox needs the target, the base tsconfig and the workspace's package.json files only.
  ignorePatterns: ['e2e', 'docs', 'apps/web', '**/bench', 'playwright-report', 'test-results'],
  // progress-append-only: stryker.log shows how far a run is, and its estimate of the time left.
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `${reports}/mutation.json` },
  htmlReporter: { fileName: `${reports}/index.html` },
  clearTextReporter: { reportMutants: true, reportTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
