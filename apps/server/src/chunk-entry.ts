/**
 * A span's rows as the cache keeps them: columns of typed arrays (16 bytes a row) rather than an
 * object a row (about 70), so a chain's warm days and hours fit the cache's byte bound. Redis
 * holds the same columns as JSON, checked like any input when read back.
 */
import { DAY_MS, type WallMs } from '@footfall/buckets';
import type { PassengerRow } from '@footfall/opretail';
import { z } from 'zod';

/** Rows of one span (an aligned chunk, or an edge bucket's exact span) and when they came. */
export interface ChunkEntry {
  fetchedAt: number;
  starts: Float64Array;
  walkIns: Int32Array;
  /** -1 where the row had no walk-outs (not counted). */
  walkOuts: Int32Array;
}

const NOT_COUNTED = -1;
const BYTES_PER_ROW = 16;
const ENTRY_OVERHEAD_BYTES = 400;

/**
 * The rows that start inside the inclusive days `from`…`to`, kept.
 *
 * @example toEntry(rows, { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) }, Date.now())
 */
export function toEntry(
  rows: readonly PassengerRow[],
  days: { from: WallMs; to: WallMs },
  fetchedAt: number,
): ChunkEntry {
  const inside = rows.filter((row) => row.start >= days.from && row.start < days.to + DAY_MS);
  return {
    fetchedAt,
    starts: Float64Array.from(inside, (row) => row.start),
    walkIns: Int32Array.from(inside, (row) => row.walkIn),
    walkOuts: Int32Array.from(inside, (row) => row.walkOut ?? NOT_COUNTED),
  };
}

/** The entry's rows that start inside the inclusive days `from`…`to`. */
export function rowsOf(entry: ChunkEntry, from: WallMs, to: WallMs): PassengerRow[] {
  const rows: PassengerRow[] = [];
  const end = to + DAY_MS;
  for (let i = 0; i < entry.starts.length; i++) {
    const start = entry.starts[i] ?? 0;
    if (start < from || start >= end) continue;
    const walkOut = entry.walkOuts[i] ?? NOT_COUNTED;
    rows.push({ start, walkIn: entry.walkIns[i] ?? 0, walkOut: walkOut < 0 ? null : walkOut });
  }
  return rows;
}

/** What the entry costs the cache, for its byte bound. */
export function entryBytes(entry: ChunkEntry, key: string): number {
  return ENTRY_OVERHEAD_BYTES + 2 * key.length + entry.starts.length * BYTES_PER_ROW;
}

const storedSchema = z
  .object({
    fetchedAt: z.number(),
    starts: z.array(z.number()),
    walkIns: z.array(z.number().int()),
    walkOuts: z.array(z.number().int()),
  })
  .refine(
    (value) =>
      value.starts.length === value.walkIns.length && value.starts.length === value.walkOuts.length,
  );

/** The entry as Redis holds it. */
export function serializeEntry(entry: ChunkEntry): string {
  return JSON.stringify({
    fetchedAt: entry.fetchedAt,
    starts: Array.from(entry.starts),
    walkIns: Array.from(entry.walkIns),
    walkOuts: Array.from(entry.walkOuts),
  });
}

/** An entry read back from Redis; a value written by another version, or by hand, is missing. */
export function parseEntry(text: string): ChunkEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = storedSchema.safeParse(value);
  if (!parsed.success) return undefined;
  return {
    fetchedAt: parsed.data.fetchedAt,
    starts: Float64Array.from(parsed.data.starts),
    walkIns: Int32Array.from(parsed.data.walkIns),
    walkOuts: Int32Array.from(parsed.data.walkOuts),
  };
}
