// @ts-check
// The Vitest config Stryker runs a target's tests with (Stryker points `dir` at the target's
// package, and FOOTFALL_MUTATION_TARGET names the target): the tests the target names, or every
// test the package keeps beside its code, with longer timeouts, since instrumented code on a busy
// machine runs several times slower. Type-level tests are left out: no mutant of runtime code can
// fail them.
import { defineConfig } from 'vitest/config';
import { ALL_TESTS, targets } from './mutation-targets.mjs';

const target = targets.find((candidate) => candidate.name === process.env.FOOTFALL_MUTATION_TARGET);

export default defineConfig({
  test: {
    include: target?.tests ?? ALL_TESTS,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Stryker runs the tests once per mutant, in one worker: sharing the modules among the test
    // files of that run, rather than importing the app again for each file, makes a run of the
    // server's tests several times faster. Each run still imports everything afresh, so a static
    // mutant (module-level code) is active from the first import.
    isolate: false,
  },
});
