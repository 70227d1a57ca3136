/**
 * The walk-in / walk-out chart. Few points draw as bars, many as lines; animation is off, so a
 * year of hours renders in one pass.
 */
import type { Granularity } from '@footfall/buckets';
import { useId, useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Rectangle,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { flagAreas } from '../flags/flag-areas.tsx';
import type { FlagMark } from '../../domain/flag-places.ts';
import { bucketFullLabel } from '../../i18n/bucket-label.ts';
import { startToWall } from '../../domain/time.ts';
import { ARROWS, changeOf, directionOf, formatChange } from '../../i18n/change.ts';
import { GAP_STYLE, gapRuns, isGap } from '../../domain/gap-runs.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { GRID_PROPS, useChartFrame } from './chart-frame.ts';
import { MAX_BARS } from './layout.ts';
import { anyCut, isCut } from '../../domain/partial.ts';
import {
  countedSeries,
  hatchId,
  hatchPatterns,
  legendEntries,
  OVERLAY_STYLE,
  seriesFor,
  swatchLook,
  type CountingSubject,
  type SeriesKey,
  type SeriesSpec,
} from '../../domain/series-list.ts';
import type { ChartPoint } from '../../domain/series.ts';

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
  const { countsWalkOut, comparison } = counting;
  const drawn = useMemo(
    () => countedSeries({ countsWalkOut, ...(comparison && { comparison }) }),
    [countsWalkOut, comparison],
  );
  const byWall = useMemo(() => new Map(points.map((p) => [p.wall, p])), [points]);
  const asBars = points.length <= MAX_BARS;
  const gaps = useMemo(() => gapRuns(points), [points]);
  const cut = useMemo(() => anyCut(points), [points]);
  // An id without React's punctuation, safe inside `url(#…)`.
  const chartId = `chart${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const hatch: Hatch | undefined = asBars && cut ? { chartId, points } : undefined;

  return (
    <div ref={ref} className="chart-box" data-testid="chart">
      {/* HTML above the plot, not recharts' Legend: recharts would measure it and lay the chart
          out again, a second synchronous render of every series on the first view. */}
      <ChartLegend counting={counting} partial={cut} />
      {width > 0 && (
        <ComposedChart {...chart} data={points}>
          {/* The hatch of buckets the range cuts; its markup is shared with the first paint. */}
          {hatch && <defs dangerouslySetInnerHTML={{ __html: hatchPatterns(chartId, drawn) }} />}
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
          {drawn.map((series) => drawSeries(series, t[series.label], asBars, hatch))}
          {flags && flagAreas(flags, t)}
        </ComposedChart>
      )}
    </div>
  );
}

/** The bars of a chart that has buckets the range cuts, and its patterns' prefix. */
interface Hatch {
  chartId: string;
  points: readonly ChartPoint[];
}

/**
 * One series: bars while they stay wide enough to read, lines beyond; an overlay quieter (pale
 * bars with a dashed edge, a dashed line). A bar of a bucket the range cuts is hatched.
 */
function drawSeries(
  { key, color, overlay }: SeriesSpec,
  name: string,
  asBars: boolean,
  hatch: Hatch | undefined,
) {
  const dashed = overlay === true ? OVERLAY_STYLE.strokeDasharray : undefined;
  return asBars ? (
    <Bar
      key={key}
      dataKey={key}
      name={name}
      fill={color}
      {...(overlay === true && {
        fillOpacity: OVERLAY_STYLE.barFillOpacity,
        stroke: color,
        strokeDasharray: dashed,
      })}
      isAnimationActive={false}
      {...(hatch && { shape: (props: BarShapeProps) => hatchedBar(props, key, hatch) })}
    />
  ) : (
    <Line
      key={key}
      dataKey={key}
      name={name}
      stroke={color}
      strokeDasharray={dashed}
      dot={false}
      strokeWidth={1.5}
      type="linear"
      connectNulls={false}
      isAnimationActive={false}
    />
  );
}

/** A bar as recharts draws it, hatched when it stands for a bucket the range cuts. */
function hatchedBar(props: BarShapeProps, key: SeriesKey, hatch: Hatch) {
  const point = hatch.points[props.originalDataIndex];
  const cut = point !== undefined && isCut(point, key);
  return (
    <Rectangle
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      fill={cut ? `url(#${hatchId(hatch.chartId, key)})` : props.fill}
      fillOpacity={cut ? 1 : props.fillOpacity}
      stroke={props.stroke}
      strokeDasharray={props.strokeDasharray}
      {...(cut && { className: 'partial-bar' })}
    />
  );
}

/**
 * The legend, as HTML above the plot; it says which series are not counted, and with `partial`
 * what the hatched bars and the `*` of a label mean.
 */
export function ChartLegend({
  counting,
  partial = false,
}: {
  counting: CountingSubject;
  partial?: boolean;
}) {
  const { t } = useI18n();
  return (
    <ul className="legend">
      {legendEntries(counting, t, partial).map((entry) => {
        const { className, background, borderColor } = swatchLook(entry);
        return (
          <li key={entry.label}>
            <span className={className} style={{ background, borderColor }} aria-hidden="true" />
            {entry.label}
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
    : bucketFullLabel(point.wall, granularity, intlLocale, point.held);
  const shown = seriesFor(counting).filter((series) => series.counted);
  const figure = (total: number, peak: number): string =>
    grouped
      ? `${formatNumber(total)} ${t.tooltipTotal} · ${formatNumber(peak)} ${t.tooltipPeak}`
      : formatNumber(total);
  const value = (total: number | null, peak: number | null, notCounted: string): string => {
    if (isGap(point)) return t.noData;
    if (total === null || peak === null) return notCounted;
    return figure(total, peak);
  };
  const compared = comparedValue(point);
  // A change of a group means something only when every bucket of it has data on both sides.
  const change =
    point.missing === 0 && point.comparisonMissing === 0
      ? changeOf(point.sums.walkIn, point.sums.comparison)
      : undefined;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-when">{when}</p>
      {shown.map(({ key, label, color, notCountedValue, overlay }) => {
        const look = swatchLook({ label: '', color, ...(overlay === true && { overlay }) });
        const swatch = (
          <span
            className={look.className}
            style={{ background: look.background, borderColor: look.borderColor }}
            aria-hidden="true"
          />
        );
        if (key === 'comparison') {
          const start = point.comparisonStart;
          const whenThen =
            start === undefined
              ? ''
              : ` (${bucketFullLabel(startToWall(start), granularity, intlLocale, point.comparisonHeld)}${grouped ? ' …' : ''})`;
          return (
            <p key={key}>
              {swatch}
              {t[label]}
              {whenThen}:{' '}
              {compared === undefined ? t.noData : figure(compared.total, compared.peak)}
            </p>
          );
        }
        return (
          <p key={key}>
            {swatch}
            {t[label]}: {value(point.sums[key], point[key], t[notCountedValue])}
          </p>
        );
      })}
      {change && (
        <p className="chart-tooltip-change">
          <span aria-hidden="true">{ARROWS[directionOf(change)]} </span>
          {t.change}: {formatChange(change, t, intlLocale)}
        </p>
      )}
      {point.missing > 0 && !isGap(point) && <p>{t.tooltipNoData(formatNumber(point.missing))}</p>}
    </div>
  );
}

/** The comparison's total and peak at a drawn point, when any of its buckets has data. */
function comparedValue(point: ChartPoint): { total: number; peak: number } | undefined {
  const total = point.sums.comparison;
  const peak = point.comparison;
  return total === null || total === undefined || peak === null || peak === undefined
    ? undefined
    : { total, peak };
}
