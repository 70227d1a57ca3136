/**
 * The recharts frame every chart of a view shares (the traffic chart, the doors chart): its size
 * and bar layout, gridlines at the y ticks only, and the two axes worked out by `chartAxes`, so
 * the charts of one view line up and read alike.
 */
import type { Granularity } from '@footfall/buckets';
import { useMemo } from 'react';
import type { CartesianGridProps, XAxisProps, YAxisProps } from 'recharts';
import { useI18n } from '../../i18n/locale.tsx';
import {
  AXIS_COLOR,
  BAR_GAP,
  CHART_HEIGHT,
  CHART_MARGIN,
  chartAxes,
  GRID_COLOR,
  MAX_BAR_SIZE,
  TICK_STYLE,
  Y_AXIS_WIDTH,
} from './layout.ts';
import { useWidth } from './use-width.ts';
import { paintedChartWidth } from './painted.ts';

const noLines = (): number[] => [];

/** Gridlines at the y ticks only. */
export const GRID_PROPS = {
  stroke: GRID_COLOR,
  vertical: false,
  // Without the no-op generator, recharts still works out (measuring label text in the DOM) the
  // vertical lines it then does not draw.
  verticalCoordinatesGenerator: noLines,
} satisfies CartesianGridProps;

/**
 * A chart's box, measured, and the props of its chart element and axes for `points`.
 *
 * @example const { ref, width, chart, xAxis, yAxis } = useChartFrame(points, 'hour');
 */
export function useChartFrame(points: Parameters<typeof chartAxes>[0], granularity: Granularity) {
  const { intlLocale, formatNumber } = useI18n();
  // The first paint's chart box has the width this one will have: the chart renders at once.
  const [ref, width] = useWidth<HTMLDivElement>(paintedChartWidth);
  const { xTicks, xLabel, yTicks } = useMemo(
    () => chartAxes(points, granularity, width, intlLocale),
    [points, granularity, width, intlLocale],
  );
  const xAxis = {
    dataKey: 'wall',
    ticks: xTicks,
    interval: 0,
    tickFormatter: xLabel,
    tick: TICK_STYLE,
    stroke: AXIS_COLOR,
  } satisfies XAxisProps;
  const yAxis = {
    allowDecimals: false,
    ticks: yTicks,
    // Every nice tick is shown; any other interval measures each label in the DOM.
    interval: 0,
    domain: [0, yTicks.at(-1) ?? 'auto'],
    tickFormatter: (value: number) => formatNumber(value),
    tick: TICK_STYLE,
    stroke: AXIS_COLOR,
    width: Y_AXIS_WIDTH,
  } satisfies YAxisProps;
  const chart = {
    width,
    height: CHART_HEIGHT,
    margin: CHART_MARGIN,
    barGap: BAR_GAP,
    maxBarSize: MAX_BAR_SIZE,
  };
  return { ref, width, chart, xAxis, yAxis };
}
