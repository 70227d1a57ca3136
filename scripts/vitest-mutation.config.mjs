// @ts-check
// The Vitest config Stryker runs a target's tests with (Stryker points `dir` at the target's
// package): the tests every package keeps beside its code, with longer timeouts, since
// instrumented code on a busy machine runs several times slower. Type-level tests are left out:
// no mutant of runtime code can fail them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
