/**
 * The per-door chart's data: one row per bucket (or group of buckets, so at most `MAX_BARS` bars
 * are drawn), holding each entrance door's walk-ins. Doors are aligned by bucket start: a door
 * with no row for a bucket adds nothing to it, and a door with no row in a whole row has no data
 * there (`null`), never a 0.
 */
import type { Door } from '@footfall/contract';
import { startToWall } from '../../domain/time.ts';
import { MAX_BARS } from './layout.ts';
import { daysHeld, type DaysHeld, type RangeScope } from '../../domain/partial.ts';

/** Door colours, in door order: distinct for colour-blind readers and on white. */
const DOOR_COLORS = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#4b5563'];

export const doorColor = (index: number): string =>
  DOOR_COLORS[index % DOOR_COLORS.length] ?? '#4b5563';

export interface DoorRow {
  /** Wall time of the first bucket of the row. */
  wall: number;
  /** Wall time of the last bucket of the row. */
  lastWall: number;
  /** Walk-ins of each door, by its index in the door list; `null`: no data in the row. */
  walkIns: (number | null)[];
  /** The row's stacked height: all its doors' walk-ins. */
  walkIn: number;
  /** Never drawn; for the shared axis helper. */
  walkOut: null;
  /** A row of one bucket the range cuts: the days it holds (its label says them). */
  held?: DaysHeld;
}

/**
 * The stacked rows of `doors`, grouping consecutive buckets by `groupSize` sums; with the
 * answer's range (`scope`), a row of one bucket the range cuts knows the days it holds.
 *
 * @example doorRows(storeAnswer.doors.filter((d) => d.entrance)).rows[0].walkIns // [12, null]
 */
export function doorRows(
  doors: readonly Pick<Door, 'buckets'>[],
  maxBars = MAX_BARS,
  scope?: RangeScope,
): { rows: DoorRow[]; groupSize: number } {
  const starts = [...new Set(doors.flatMap((door) => door.buckets.map((b) => b.start)))];
  const walls = new Map(starts.map((start) => [start, startToWall(start)]));
  starts.sort((a, b) => (walls.get(a) ?? 0) - (walls.get(b) ?? 0));
  const index = new Map(starts.map((start, i) => [start, i]));
  const groupSize = Math.max(1, Math.ceil(starts.length / maxBars));
  const rows: DoorRow[] = [];
  for (let i = 0; i < starts.length; i += groupSize) {
    const first = walls.get(starts[i] ?? '') ?? 0;
    const last = walls.get(starts[Math.min(i + groupSize, starts.length) - 1] ?? '') ?? first;
    const held = groupSize === 1 && scope ? daysHeld(undefined, first, scope) : undefined;
    rows.push({
      ...(held && { held }),
      wall: first,
      lastWall: last,
      walkIns: doors.map(() => null),
      walkIn: 0,
      walkOut: null,
    });
  }
  doors.forEach((door, d) => {
    for (const bucket of door.buckets) {
      const row = rows[Math.floor((index.get(bucket.start) ?? 0) / groupSize)];
      if (!row) continue;
      row.walkIns[d] = (row.walkIns[d] ?? 0) + bucket.walkIn;
      row.walkIn += bucket.walkIn;
    }
  });
  return { rows, groupSize };
}
