import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-bundle.ts'],
    // Real scrypt, real redis-server and real child processes on a 2-core machine that may be
    // busy: 5 s is too tight for a test that is right but slow.
    testTimeout: 20_000,
    // Type-level tests (`*.test-d.ts`): checked by tsc with the package's tsconfig, never run.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
