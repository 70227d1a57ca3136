import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './schedule.ts';

describe('afterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const track = (promise: Promise<void>) => {
    const state = { done: false };
    void promise.then(() => {
      state.done = true;
    });
    return state;
  };

  it('should wait for the frame that shows the first paint, not for the deadline', async () => {
    const started = track(afterFirstPaint(Promise.resolve(true), 500));
    await vi.advanceTimersByTimeAsync(0);
    expect(started.done).toBe(false); // drawn, but not yet on screen
    await vi.advanceTimersByTimeAsync(20); // one animation frame, then the task after it
    expect(started.done).toBe(true);
  });

  it('should start at once when there is nothing to paint', async () => {
    const started = track(afterFirstPaint(Promise.resolve(false), 500));
    await vi.advanceTimersByTimeAsync(0);
    expect(started.done).toBe(true);
  });

  it('should stop waiting for a slow answer after the deadline', async () => {
    const started = track(afterFirstPaint(new Promise<boolean>(() => undefined), 500));
    await vi.advanceTimersByTimeAsync(499);
    expect(started.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started.done).toBe(true);
  });
});
