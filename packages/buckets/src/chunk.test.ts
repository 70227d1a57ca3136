import { describe, expect, it } from 'vitest';
import { bucketStart } from './bucket.ts';
import { alignedChunks, chunkOf, previousChunk } from './chunk.ts';
import { GRANULARITIES } from './granularity.ts';
import { lastAllowedDay } from './range.ts';
import { DAY_MS, formatDate, parseDate } from './wall-time.ts';

const day = (text: string): number => {
  const wall = parseDate(text);
  if (wall === undefined) throw new Error(text);
  return wall;
};
const show = (chunks: { from: number; to: number }[]) =>
  chunks.map((c) => `${formatDate(c.from)}..${formatDate(c.to)}`);

/** Most chunks the longest allowed range of each granularity may touch (one call each). */
const MOST_CHUNKS = { hour: 4, day: 4, week: 4, month: 3, quarter: 3, year: 3 } as const;

describe('alignedChunks', () => {
  it('should return whole 5-week chunks of hours, whatever the range edges', () => {
    expect(show(alignedChunks(day('2024-05-09'), day('2024-05-15'), 'hour'))).toEqual([
      '2024-05-06..2024-06-09',
    ]);
    expect(show(alignedChunks(day('2024-05-01'), day('2024-05-08'), 'hour'))).toEqual([
      '2024-04-01..2024-05-05',
      '2024-05-06..2024-06-09',
    ]);
  });

  it('should return calendar years of days and five-year spans of months', () => {
    expect(show(alignedChunks(day('2023-12-25'), day('2024-01-07'), 'day'))).toEqual([
      '2023-01-01..2023-12-31',
      '2024-01-01..2024-12-31',
    ]);
    expect(show(alignedChunks(day('2024-03-01'), day('2024-05-31'), 'quarter'))).toEqual([
      '2020-01-01..2024-12-31',
    ]);
  });

  it('should touch at most 4 hourly chunks for any 92-day range', () => {
    // Every start across a whole chunk period, so every alignment is tried.
    for (let start = day('2024-01-01'); start < day('2024-03-01'); start += DAY_MS) {
      const to = lastAllowedDay(start, 'hour');
      expect((to - start) / DAY_MS + 1).toBe(92);
      expect(alignedChunks(start, to, 'hour').length).toBeLessThanOrEqual(4);
    }
  });

  it.each(GRANULARITIES)(
    'should keep %s chunks few, whole, contiguous and on bucket edges',
    (g) => {
      for (let start = day('2019-11-20'); start < day('2026-01-01'); start += 37 * DAY_MS) {
        const to = lastAllowedDay(start, g);
        const chunks = alignedChunks(start, to, g);
        expect(chunks.length).toBeLessThanOrEqual(MOST_CHUNKS[g]);
        expect(chunks[0]?.from).toBeLessThanOrEqual(start);
        expect(chunks.at(-1)?.to).toBeGreaterThanOrEqual(to);
        for (const [i, chunk] of chunks.entries()) {
          expect(bucketStart(chunk.from, g)).toBe(chunk.from);
          expect(bucketStart(chunk.to + DAY_MS, g)).toBe(chunk.to + DAY_MS);
          if (i > 0) expect(chunk.from).toBe((chunks[i - 1]?.to ?? 0) + DAY_MS);
          // The same chunk, asked from any of its days.
          expect(chunkOf(chunk.to, g)).toEqual(chunk);
          // The chunk before ends the day before this one starts.
          expect(previousChunk(chunk, g).to + DAY_MS).toBe(chunk.from);
          // A chunk and the one before it fit in one platform call (under 11 years).
          expect(chunk.to - previousChunk(chunk, g).from).toBeLessThan(11 * 365 * DAY_MS);
        }
      }
    },
  );
});
