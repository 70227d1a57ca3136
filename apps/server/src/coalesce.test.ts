import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalesce.ts';

describe('createCoalescer', () => {
  it('should run one task for concurrent callers of a key and share its value', async () => {
    const coalescer = createCoalescer<number>();
    let runs = 0;
    const task = async (): Promise<number> => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 42;
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => coalescer.run('k', task)));
    expect(runs).toBe(1);
    expect(results.map((r) => r.value)).toEqual([42, 42, 42, 42, 42]);
    expect(results.filter((r) => r.leader)).toHaveLength(1);
    expect(coalescer.pending).toBe(0);
  });

  it('should share a failure and forget the key afterwards', async () => {
    const coalescer = createCoalescer<number>();
    const failing = Promise.all([
      coalescer.run('k', () => Promise.reject(new Error('down'))),
      coalescer.run('k', () => Promise.resolve(1)),
    ]);
    await expect(failing).rejects.toThrow('down');
    await expect(coalescer.run('k', () => Promise.resolve(2))).resolves.toEqual({
      value: 2,
      leader: true,
    });
  });
});
