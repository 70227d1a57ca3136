// @ts-check
// The Vitest config Stryker runs a target's tests with: the package's own, with longer timeouts
// (instrumented code on a busy machine runs several times slower) and without type-level tests,
// which no mutant of runtime code can fail.
import { mergeConfig } from 'vitest/config';

const dir = process.env.FOOTFALL_MUTATION_DIR;
if (dir === undefined) throw new Error('FOOTFALL_MUTATION_DIR: run pnpm test:mutation');
/** @type {{ default: import('vitest/config').ViteUserConfig }} */
const packageConfig = await import(`../${dir}/vitest.config.ts`);

export default mergeConfig(packageConfig.default, {
  test: { testTimeout: 60_000, hookTimeout: 60_000, typecheck: { enabled: false } },
});
