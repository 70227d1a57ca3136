/**
 * The walk-in / walk-out chart. Few points draw as bars, many as lines; animation is off, so a
 * year of hours renders in one pass.
 */
import { DAY_MS, type Granularity } from '@footfall/buckets';
import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { bucketFullLabel, bucketLabel } from '../format/bucket-label.ts';
import { useI18n } from '../i18n/locale.tsx';
import { WALK_IN_COLOR, WALK_OUT_COLOR } from './colors.ts';
import type { ChartPoint } from './series.ts';
import { dayStarts, niceTicks, pickTicks } from './ticks.ts';
import { useWidth } from './use-width.ts';

const CHART_HEIGHT = 320;
const MAX_BARS = 120;
/** Room one axis label needs, by granularity (`W52 (Dec 22)` is wider than `2023`). */
const TICK_WIDTH_PX: Record<Granularity, number> = {
  hour: 84,
  day: 84,
  week: 104,
  month: 76,
  quarter: 68,
  year: 52,
};

export interface TrafficChartProps {
  points: readonly ChartPoint[];
  granularity: Granularity;
  countsWalkOut: boolean;
}

export function TrafficChart({ points, granularity, countsWalkOut }: TrafficChartProps) {
  const { t, intlLocale, formatNumber } = useI18n();
  const [ref, width] = useWidth<HTMLDivElement>();
  const byWall = useMemo(() => new Map(points.map((p) => [p.wall, p])), [points]);
  const first = points[0];
  const last = points.at(-1);
  const multiDay =
    first !== undefined &&
    last !== undefined &&
    Math.floor(first.wall / DAY_MS) !== Math.floor(last.wall / DAY_MS);
  const walls = useMemo(() => points.map((p) => p.wall), [points]);
  const firstOfDay = useMemo(() => dayStarts(walls), [walls]);
  const ticks = useMemo(
    () => pickTicks(walls, granularity, Math.floor(width / TICK_WIDTH_PX[granularity])),
    [walls, granularity, width],
  );
  const yTicks = useMemo(() => niceTicks(points), [points]);

  const tickLabel = (wall: number): string => {
    // An hourly chart over several days names the day at each day's first point.
    if (granularity === 'hour' && multiDay && firstOfDay.has(wall)) {
      return bucketLabel(wall, 'day', intlLocale);
    }
    return bucketLabel(wall, granularity, intlLocale);
  };

  const asBars = points.length <= MAX_BARS;

  return (
    <div ref={ref} className="chart-box" data-testid="chart">
      {width > 0 && (
        <ComposedChart
          width={width}
          height={CHART_HEIGHT}
          data={points}
          margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
          barGap={1}
          maxBarSize={56}
        >
          {/* Gridlines at the y ticks only. Without the no-op generator, recharts still works out
              (measuring label text in the DOM) the vertical lines it then does not draw. */}
          <CartesianGrid stroke="#e5e7eb" vertical={false} verticalCoordinatesGenerator={noLines} />
          <XAxis
            dataKey="wall"
            ticks={ticks}
            interval={0}
            tickFormatter={tickLabel}
            tick={{ fontSize: 12, fill: '#374151' }}
            stroke="#9ca3af"
          />
          <YAxis
            allowDecimals={false}
            ticks={yTicks}
            // Every nice tick is shown; any other interval measures each label in the DOM.
            interval={0}
            domain={[0, yTicks.at(-1) ?? 'auto']}
            tickFormatter={(value: number) => formatNumber(value)}
            tick={{ fontSize: 12, fill: '#374151' }}
            stroke="#9ca3af"
            width={56}
          />
          <Tooltip
            isAnimationActive={false}
            content={({ active, label }) => {
              const point = typeof label === 'number' ? byWall.get(label) : undefined;
              if (!active || !point) return null;
              return (
                <ChartTooltip
                  point={point}
                  granularity={granularity}
                  countsWalkOut={countsWalkOut}
                />
              );
            }}
          />
          <Legend
            position="top"
            height={32}
            content={() => <ChartLegend countsWalkOut={countsWalkOut} />}
          />
          {drawSeries('walkIn', t.walkIns, WALK_IN_COLOR, asBars)}
          {countsWalkOut && drawSeries('walkOut', t.walkOuts, WALK_OUT_COLOR, asBars)}
        </ComposedChart>
      )}
    </div>
  );
}

const noLines = (): number[] => [];

/** One series: bars while they stay wide enough to read, lines beyond. */
function drawSeries(key: 'walkIn' | 'walkOut', name: string, color: string, asBars: boolean) {
  return asBars ? (
    <Bar dataKey={key} name={name} fill={color} isAnimationActive={false} />
  ) : (
    <Line
      dataKey={key}
      name={name}
      stroke={color}
      dot={false}
      strokeWidth={1.5}
      type="linear"
      isAnimationActive={false}
    />
  );
}

/** The legend, as HTML inside recharts' legend slot; it says when walk-outs are not counted. */
export function ChartLegend({ countsWalkOut }: { countsWalkOut: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="legend">
      <li>
        <span className="swatch" style={{ background: WALK_IN_COLOR }} aria-hidden="true" />
        {t.walkIns}
      </li>
      <li>
        <span
          className={countsWalkOut ? 'swatch' : 'swatch swatch-empty'}
          style={{ background: countsWalkOut ? WALK_OUT_COLOR : 'transparent' }}
          aria-hidden="true"
        />
        {countsWalkOut ? t.walkOuts : t.legendNotCounted}
      </li>
    </ul>
  );
}

function ChartTooltip({
  point,
  granularity,
  countsWalkOut,
}: {
  point: ChartPoint;
  granularity: Granularity;
  countsWalkOut: boolean;
}) {
  const { t, intlLocale, formatNumber } = useI18n();
  const grouped = point.size > 1;
  const when = grouped
    ? `${bucketFullLabel(point.wall, granularity, intlLocale)} – ${bucketFullLabel(point.lastWall, granularity, intlLocale)}`
    : bucketFullLabel(point.wall, granularity, intlLocale);
  const value = (total: number | null, peak: number | null): string => {
    if (total === null || peak === null) return t.notCounted;
    return grouped
      ? `${formatNumber(total)} ${t.tooltipTotal} · ${formatNumber(peak)} ${t.tooltipPeak}`
      : formatNumber(total);
  };
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-when">{when}</p>
      <p>
        <span className="swatch" style={{ background: WALK_IN_COLOR }} aria-hidden="true" />
        {t.walkIns}: {value(point.walkInTotal, point.walkIn)}
      </p>
      {countsWalkOut && (
        <p>
          <span className="swatch" style={{ background: WALK_OUT_COLOR }} aria-hidden="true" />
          {t.walkOuts}: {value(point.walkOutTotal, point.walkOut)}
        </p>
      )}
    </div>
  );
}
