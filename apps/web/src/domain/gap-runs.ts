import type { ChartPoint } from './series.ts';

/** A run of drawn points that are all no data: from the first's wall time to the last's. */
export interface GapRun {
  from: number;
  to: number;
}

/** Whether a drawn point has no data at all (every bucket of its group is missing). */
export const isGap = (point: ChartPoint): boolean => point.missing === point.size;

/**
 * The runs of consecutive gap points, which a chart marks as empty slots.
 *
 * @example gapRuns(points).length // 1 for one stretch of offline hours
 */
export function gapRuns(points: readonly ChartPoint[]): GapRun[] {
  const runs: GapRun[] = [];
  let open: GapRun | undefined;
  for (const point of points) {
    if (!isGap(point)) {
      open = undefined;
      continue;
    }
    if (open) open.to = point.wall;
    else {
      open = { from: point.wall, to: point.wall };
      runs.push(open);
    }
  }
  return runs;
}

/** How an empty slot is marked: a pale grey band with a dashed edge, never a bar at 0. */
export const GAP_STYLE = {
  fill: '#9ca3af',
  fillOpacity: 0.18,
  stroke: '#6b7280',
  strokeDasharray: '3 3',
} as const;
