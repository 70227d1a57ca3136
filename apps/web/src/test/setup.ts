import { afterEach, beforeEach, vi } from 'vitest';

// findBy… and waitFor wait up to 5 s rather than 1 s: a test that passes alone must not fail
// because a full CI run keeps both cores busy. A passing test never waits that long.
if (typeof window !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}

// A stray console.error (a React warning, an act() warning, a failed request log) fails the test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  // Pure modules run in the node environment (faster); the DOM clean-up is for jsdom files only.
  if (typeof window === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});
