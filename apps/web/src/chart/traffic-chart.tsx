/**
 * The walk-in / walk-out chart. Few points draw as bars, many as lines; animation is off, so a
 * year of hours renders in one pass.
 */
import type { Granularity } from '@footfall/buckets';
import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { flagAreas } from '../flags/flag-areas.tsx';
import type { FlagMark } from '../flags/flag-places.ts';
import { bucketFullLabel } from '../format/bucket-label.ts';
import { GAP_STYLE, gapRuns, isGap } from '../gaps/gap-runs.ts';
import { useI18n } from '../i18n/locale.tsx';
import { GRID_PROPS, useChartFrame } from './chart-frame.ts';
import { MAX_BARS } from './layout.ts';
import {
  countedSeries,
  legendEntry,
  seriesFor,
  type CountingSubject,
  type SeriesSpec,
} from './series-list.ts';
import type { ChartPoint } from './series.ts';

export interface TrafficChartProps {
  points: readonly ChartPoint[];
  granularity: Granularity;
  /** The subject: what is drawn, and how the legend words what is not counted. */
  counting: CountingSubject;
  /** Day flags to mark along the top of the plot. */
  flags?: readonly FlagMark[];
}

export function TrafficChart({ points, granularity, counting, flags }: TrafficChartProps) {
  const { t } = useI18n();
  const { ref, width, chart, xAxis, yAxis } = useChartFrame(points, granularity);
  const { countsWalkOut } = counting;
  const drawn = useMemo(() => countedSeries({ countsWalkOut }), [countsWalkOut]);
  const byWall = useMemo(() => new Map(points.map((p) => [p.wall, p])), [points]);
  const asBars = points.length <= MAX_BARS;
  const gaps = useMemo(() => gapRuns(points), [points]);

  return (
    <div ref={ref} className="chart-box" data-testid="chart">
      {width > 0 && (
        <ComposedChart {...chart} data={points}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis {...xAxis} />
          <YAxis {...yAxis} />
          <Tooltip
            isAnimationActive={false}
            content={({ active, label }) => {
              const point = typeof label === 'number' ? byWall.get(label) : undefined;
              if (!active || !point) return null;
              return <ChartTooltip point={point} granularity={granularity} counting={counting} />;
            }}
          />
          <Legend position="top" height={32} content={() => <ChartLegend counting={counting} />} />
          {/* No data is a marked empty slot, never a bar or a line at 0. */}
          {gaps.map((gap) => (
            <ReferenceArea
              key={gap.from}
              className="gap-slot"
              x1={gap.from}
              x2={gap.to}
              {...GAP_STYLE}
              ifOverflow="hidden"
            />
          ))}
          {drawn.map((series) => drawSeries(series, t[series.label], asBars))}
          {flags && flagAreas(flags, t)}
        </ComposedChart>
      )}
    </div>
  );
}

/** One series: bars while they stay wide enough to read, lines beyond. */
function drawSeries({ key, color }: SeriesSpec, name: string, asBars: boolean) {
  return asBars ? (
    <Bar key={key} dataKey={key} name={name} fill={color} isAnimationActive={false} />
  ) : (
    <Line
      key={key}
      dataKey={key}
      name={name}
      stroke={color}
      dot={false}
      strokeWidth={1.5}
      type="linear"
      connectNulls={false}
      isAnimationActive={false}
    />
  );
}

/** The legend, as HTML inside recharts' legend slot; it says which series are not counted. */
export function ChartLegend({ counting }: { counting: CountingSubject }) {
  const { t } = useI18n();
  return (
    <ul className="legend">
      {seriesFor(counting).map((series) => {
        const { label, color } = legendEntry(series, t);
        return (
          <li key={series.key}>
            <span
              className={color ? 'swatch' : 'swatch swatch-empty'}
              style={{ background: color ?? 'transparent' }}
              aria-hidden="true"
            />
            {label}
          </li>
        );
      })}
    </ul>
  );
}

function ChartTooltip({
  point,
  granularity,
  counting,
}: {
  point: ChartPoint;
  granularity: Granularity;
  counting: CountingSubject;
}) {
  const { t, intlLocale, formatNumber } = useI18n();
  const grouped = point.size > 1;
  const when = grouped
    ? `${bucketFullLabel(point.wall, granularity, intlLocale)} – ${bucketFullLabel(point.lastWall, granularity, intlLocale)}`
    : bucketFullLabel(point.wall, granularity, intlLocale);
  const shown = seriesFor(counting).filter((series) => series.counted);
  const value = (total: number | null, peak: number | null, notCounted: string): string => {
    if (isGap(point)) return t.noData;
    if (total === null || peak === null) return notCounted;
    return grouped
      ? `${formatNumber(total)} ${t.tooltipTotal} · ${formatNumber(peak)} ${t.tooltipPeak}`
      : formatNumber(total);
  };
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-when">{when}</p>
      {shown.map(({ key, label, color, notCountedValue }) => (
        <p key={key}>
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {t[label]}: {value(point.sums[key], point[key], t[notCountedValue])}
        </p>
      ))}
      {point.missing > 0 && !isGap(point) && <p>{t.tooltipNoData(formatNumber(point.missing))}</p>}
    </div>
  );
}
