import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('should allow a burst of the limit, then refuse with the wait until the next request', () => {
    let time = 0;
    const limiter = createRateLimiter(3, () => time);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    time += 20_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('should count each client separately', () => {
    const limiter = createRateLimiter(1, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('should allow everything when the limit is 0', () => {
    const limiter = createRateLimiter(0, () => 0);
    for (let i = 0; i < 100; i += 1) expect(limiter.take('a').allowed).toBe(true);
  });
});
