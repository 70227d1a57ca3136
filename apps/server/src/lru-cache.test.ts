import { describe, expect, it } from 'vitest';
import { ByteLruCache } from './lru-cache.ts';

const sizeOf = (key: string, value: string): number => key.length + value.length;

describe('ByteLruCache', () => {
  it('should keep expired entries with their times for stale fallback', () => {
    const cache = new ByteLruCache<string>(100, sizeOf);
    cache.set('a', 'one', 1_000, 2_000);
    expect(cache.get('a')).toEqual({ value: 'one', storedAt: 1_000, expiresAt: 2_000, size: 4 });
  });

  it('should evict the least recently used entries to stay within the byte bound', () => {
    const cache = new ByteLruCache<string>(30, sizeOf);
    cache.set('a', 'x'.repeat(9), 0, Infinity);
    cache.set('b', 'x'.repeat(9), 0, Infinity);
    cache.set('c', 'x'.repeat(9), 0, Infinity);
    cache.get('a');
    cache.set('d', 'x'.repeat(9), 0, Infinity);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.value).toHaveLength(9);
    expect(cache.get('c')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
    expect(cache.bytes).toBe(30);
  });

  it('should account bytes when replacing an entry', () => {
    const cache = new ByteLruCache<string>(100, sizeOf);
    cache.set('a', 'xxxx', 0, Infinity);
    cache.set('a', 'xx', 0, Infinity);
    expect(cache.bytes).toBe(3);
    expect(cache.count).toBe(1);
  });

  it('should not store an entry larger than the whole bound', () => {
    const cache = new ByteLruCache<string>(10, sizeOf);
    cache.set('small', 'x', 0, Infinity);
    cache.set('big', 'x'.repeat(20), 0, Infinity);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });
});
