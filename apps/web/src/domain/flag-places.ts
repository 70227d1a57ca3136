/**
 * Where day flags show: the drawn points of a chart they mark, the table rows they annotate, and
 * the runs of days the line under the chart names. A flag belongs to the bucket holding its day
 * (an hour belongs to its day's flags), whatever the view's granularity.
 */
import { bucketStart, DAY_MS, type Granularity } from '@footfall/buckets';
import type { ChartPoint } from './series.ts';
import { FLAG_KINDS, type DayFlag, type FlagKind } from './day-flags.ts';

/** The day, or the coarser bucket, that a wall time of a `granularity` view falls in. */
const placeOf = (wall: number, granularity: Granularity): number =>
  bucketStart(wall, granularity === 'hour' ? 'day' : granularity);

/** A run of drawn points marked for one kind of flag: from the first's wall to the last's. */
export interface FlagMark {
  kind: FlagKind;
  from: number;
  to: number;
  /** The flagged days (`YYYY-MM-DD`) and doors under the mark, in order. */
  days: string[];
  doors: string[];
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * The marks of `flags` on a chart's drawn `points` (grouped or not): each kind's runs of
 * consecutive points holding a flagged day.
 *
 * @example flagMarks(points, flags, 'hour').map((m) => m.days) // [['2023-03-31']]
 */
export function flagMarks(
  points: readonly ChartPoint[],
  flags: readonly DayFlag[],
  granularity: Granularity,
): FlagMark[] {
  return FLAG_KINDS.flatMap((kind) => {
    const ofKind = flags
      .filter((flag) => flag.kind === kind)
      .map((flag) => ({ flag, place: placeOf(flag.wall, granularity) }))
      .sort((a, b) => a.place - b.place);
    const marks: FlagMark[] = [];
    let open: FlagMark | undefined;
    let next = 0;
    for (const point of points) {
      const first = placeOf(point.wall, granularity);
      const last = placeOf(point.lastWall, granularity);
      while (next < ofKind.length && (ofKind[next]?.place ?? Infinity) < first) next += 1;
      const held: DayFlag[] = [];
      for (let i = next; i < ofKind.length; i++) {
        const entry = ofKind[i];
        if (!entry || entry.place > last) break;
        held.push(entry.flag);
      }
      if (held.length === 0) {
        open = undefined;
        continue;
      }
      if (!open) {
        open = { kind, from: point.wall, to: point.wall, days: [], doors: [] };
        marks.push(open);
      }
      open.to = point.wall;
      open.days = unique([...open.days, ...held.map((flag) => flag.day)]).sort();
      open.doors = unique([...open.doors, ...held.map((flag) => flag.door)]);
    }
    return marks;
  });
}

/**
 * The flags of each table row: a lookup from a bucket's wall time to the flags of the days it
 * holds (an hour: its day's).
 *
 * @example flagsOfRow(flags, 'hour')(Date.UTC(2023, 2, 31, 14)).map((f) => f.kind) // ['offline']
 */
export function flagsOfRow(
  flags: readonly DayFlag[],
  granularity: Granularity,
): (wall: number) => DayFlag[] {
  const byPlace = new Map<number, DayFlag[]>();
  for (const flag of flags) {
    const place = placeOf(flag.wall, granularity);
    byPlace.set(place, [...(byPlace.get(place) ?? []), flag]);
  }
  return (wall) => byPlace.get(placeOf(wall, granularity)) ?? [];
}

/** One door's run of consecutive days with the same flag, with its counts over the run. */
export interface FlagRun {
  kind: FlagKind;
  mac: string;
  door: string;
  /** Wall midnights of the run's first and last days. */
  from: number;
  to: number;
  days: number;
  walkIn: number;
  walkOut: number;
}

/**
 * The flags as runs of consecutive days, a kind at a time ("possibly offline" first), each kind
 * door by door in the answer's order.
 *
 * @example flagRuns(sevenDisagreeingDays).length // 1
 */
export function flagRuns(flags: readonly DayFlag[]): FlagRun[] {
  return FLAG_KINDS.flatMap((kind) => {
    const runs: FlagRun[] = [];
    for (const mac of unique(flags.map((flag) => flag.mac))) {
      let open: FlagRun | undefined;
      const days = flags
        .filter((flag) => flag.kind === kind && flag.mac === mac)
        .sort((a, b) => a.wall - b.wall);
      for (const flag of days) {
        if (open?.to !== flag.wall - DAY_MS) {
          open = {
            kind,
            mac,
            door: flag.door,
            from: flag.wall,
            to: flag.wall,
            days: 0,
            walkIn: 0,
            walkOut: 0,
          };
          runs.push(open);
        }
        open.to = flag.wall;
        open.days += 1;
        open.walkIn += flag.walkIn;
        open.walkOut += flag.walkOut ?? 0;
      }
    }
    return runs;
  });
}

/** One door's flags of one kind: its runs of days, and the counts over all of them. */
export interface FlagLine {
  kind: FlagKind;
  mac: string;
  door: string;
  runs: FlagRun[];
  days: number;
  walkIn: number;
  walkOut: number;
}

/**
 * The lines that explain the flags under the chart: one per door and kind, in `flagRuns` order,
 * so a door silent on many days is one line, not one per day.
 *
 * @example flagLines(flags).map((line) => `${line.door}: ${line.days} days`)
 */
export function flagLines(flags: readonly DayFlag[]): FlagLine[] {
  const lines = new Map<string, FlagLine>();
  for (const run of flagRuns(flags)) {
    const key = `${run.kind}|${run.mac}`;
    const line = lines.get(key) ?? { ...run, runs: [], days: 0, walkIn: 0, walkOut: 0 };
    line.runs.push(run);
    line.days += run.days;
    line.walkIn += run.walkIn;
    line.walkOut += run.walkOut;
    lines.set(key, line);
  }
  return [...lines.values()];
}
