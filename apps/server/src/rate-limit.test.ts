import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2024, 4, 15, 2) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should allow the limit in a minute, then refuse with the wait until the window ends', async () => {
    const limiter = createRateLimiter(3);
    const taken = [];
    for (let i = 0; i < 3; i += 1) taken.push((await limiter.take('a')).allowed);
    expect(taken).toEqual([true, true, true]);
    vi.advanceTimersByTime(15_000);
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    vi.advanceTimersByTime(45_000);
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('should count each client separately', async () => {
    const limiter = createRateLimiter(1);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('b')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
  });

  it('should allow everything when the limit is 0', async () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 100; i += 1) expect((await limiter.take('a')).allowed).toBe(true);
  });
});
