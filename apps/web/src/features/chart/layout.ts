/**
 * The chart's geometry and axes, shared by the recharts chart (traffic-chart.tsx) and the static
 * first paint (features/first-paint/first-chart.ts), so both draw the same frame with the same labels.
 */
import { DAY_MS, type Granularity, type WallMs } from '@footfall/buckets';
import { bucketLabel } from '../../i18n/bucket-label.ts';
import type { DaysHeld } from '../../domain/partial.ts';
import type { SeriesValues } from '../../domain/series-list.ts';
import { dayStarts, niceTicks, pickTicks } from './ticks.ts';

export const CHART_HEIGHT = 320;
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 4 } as const;
export const Y_AXIS_WIDTH = 56;
/** recharts' default height of a bottom x-axis. */
const X_AXIS_HEIGHT = 30;
/** Up to this many points draw as bars; more draw as lines. */
export const MAX_BARS = 120;
export const MAX_BAR_SIZE = 56;
export const BAR_GAP = 1;
export const GRID_COLOR = '#e5e7eb';
export const AXIS_COLOR = '#9ca3af';
export const TICK_STYLE = { fontSize: 12, fill: '#374151' } as const;

/**
 * Where recharts plots in a chart `width` wide whose plot starts at `top` (the top margin):
 * right of the y-axis, above the x-axis.
 */
export function plotArea(width: number, top: number) {
  return {
    left: CHART_MARGIN.left + Y_AXIS_WIDTH,
    right: width - CHART_MARGIN.right,
    top,
    bottom: CHART_HEIGHT - CHART_MARGIN.bottom - X_AXIS_HEIGHT,
  };
}

/** Room one axis label needs, by granularity (`W52 (Dec 22)` is wider than `2023`). */
const TICK_WIDTH_PX: Record<Granularity, number> = {
  hour: 84,
  day: 84,
  week: 104,
  month: 76,
  quarter: 68,
  year: 52,
};

export interface Axes {
  /** The wall times that get an x-axis label. */
  xTicks: number[];
  xLabel: (wall: WallMs) => string;
  /** Y-axis values, from 0 to the domain's top. */
  yTicks: number[];
}

/**
 * Which points the x-axis labels and how, and the y-axis ticks, for a chart `width` pixels wide.
 * An hourly chart over several days names the day at each day's first point.
 *
 * @example chartAxes(weekOfHours, 'hour', 1214, 'en-US').xLabel(monday) // 'Mon 11-23'
 */
export function chartAxes(
  points: readonly (Readonly<SeriesValues> & { wall: WallMs; held?: DaysHeld })[],
  granularity: Granularity,
  width: number,
  locale: string,
): Axes {
  const walls = points.map((p) => p.wall);
  const first = walls[0];
  const last = walls.at(-1);
  const multiDay =
    first !== undefined &&
    last !== undefined &&
    Math.floor(first / DAY_MS) !== Math.floor(last / DAY_MS);
  const firstOfDay = granularity === 'hour' && multiDay ? dayStarts(walls) : new Set<number>();
  const held = new Map(points.flatMap((p) => (p.held ? [[p.wall, p.held] as const] : [])));
  const xLabel = (wall: WallMs) =>
    bucketLabel(wall, firstOfDay.has(wall) ? 'day' : granularity, locale, held.get(wall));
  // A few labels measured: Chinese week labels (`第13周（3月27日）`) need far more room than English.
  const sampled = [0, 0.25, 0.5, 0.75, 1].flatMap((at) => {
    const wall = walls[Math.round(at * (walls.length - 1))];
    return wall === undefined ? [] : [labelRoom(xLabel(wall))];
  });
  const room = Math.max(TICK_WIDTH_PX[granularity], ...sampled);
  return {
    xTicks: pickTicks(walls, granularity, Math.floor(width / room)),
    xLabel,
    yTicks: niceTicks(points),
  };
}

/** Pixels a label of the 12 px axis font needs, with a gap: wide for CJK, narrow for the rest. */
function labelRoom(label: string): number {
  let width = 16;
  for (const char of label) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7;
  return width;
}
