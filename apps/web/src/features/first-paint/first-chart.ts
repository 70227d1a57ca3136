/**
 * The chart as static SVG markup, for the first paint before React and recharts have loaded. It
 * takes recharts' geometry from features/chart/layout.ts (margins, axis sizes, bars up to MAX_BARS, a
 * point scale for lines, a band scale for bars), so the interactive chart replaces it in place.
 */
import type { Comparison, Granularity } from '@footfall/buckets';
import * as layout from '../chart/layout.ts';
import { anyCut, isCut } from '../../domain/partial.ts';
import {
  countedSeries,
  hatchId,
  hatchPatterns,
  OVERLAY_STYLE,
  type SeriesSpec,
} from '../../domain/series-list.ts';
import type { ChartPoint } from '../../domain/series.ts';
import { GAP_STYLE, gapRuns } from '../../domain/gap-runs.ts';

export interface FirstChartInput {
  points: readonly ChartPoint[];
  granularity: Granularity;
  countsWalkOut: boolean;
  /** The earlier range the answer is compared with, drawn as an overlay. */
  comparison?: Comparison;
  /** The chart's width in CSS pixels. */
  width: number;
  /** Where the plot starts: the chart's top margin (the legend is above the chart). */
  plotTop: number;
  /** A BCP 47 tag for labels and numbers. */
  locale: string;
}

const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (value: number): string => String(Math.round(value * 100) / 100);

/** The first paint's prefix of hatch ids: the page has one first chart, which the app replaces. */
const CHART_ID = 'first-paint';

/**
 * The chart's `<svg>` element as markup.
 *
 * @example firstChartSvg({ points, granularity: 'hour', countsWalkOut: true, width: 1214, plotTop: 28, locale: 'en-US' })
 */
export function firstChartSvg(input: FirstChartInput): string {
  const { points, granularity, countsWalkOut, comparison, width, plotTop, locale } = input;
  const { AXIS_COLOR, BAR_GAP, CHART_HEIGHT, GRID_COLOR, MAX_BAR_SIZE, TICK_STYLE } = layout;
  const { left, right, bottom } = layout.plotArea(width, plotTop);
  const { xTicks, xLabel, yTicks } = layout.chartAxes(points, granularity, width, locale);
  const yMax = yTicks.at(-1) ?? 1;
  const y = (value: number): number => bottom - (value / yMax) * (bottom - plotTop);
  const asBars = points.length <= layout.MAX_BARS;
  const band = (right - left) / Math.max(1, points.length);
  // Lines sit on a point scale (first point on the y-axis, last at the right edge); bars in bands.
  const x = (index: number): number =>
    asBars
      ? left + band * (index + 0.5)
      : points.length === 1
        ? (left + right) / 2
        : left + (index * (right - left)) / (points.length - 1);
  const index = new Map(points.map((p, i) => [p.wall, i]));
  const numbers = new Intl.NumberFormat(locale);
  const text = (attributes: string, content: string): string =>
    `<text ${attributes} font-size="${TICK_STYLE.fontSize}" fill="${TICK_STYLE.fill}">${escapeXml(content)}</text>`;

  const parts: string[] = [];
  for (const tick of yTicks) {
    const at = num(y(tick));
    parts.push(
      `<line x1="${left}" x2="${num(right)}" y1="${at}" y2="${at}" stroke="${GRID_COLOR}"/>`,
      `<line x1="${left - 6}" x2="${left}" y1="${at}" y2="${at}" stroke="${AXIS_COLOR}"/>`,
      text(`x="${left - 8}" y="${at}" dy="0.355em" text-anchor="end"`, numbers.format(tick)),
    );
  }
  parts.push(
    `<line x1="${left}" x2="${left}" y1="${num(plotTop)}" y2="${bottom}" stroke="${AXIS_COLOR}"/>`,
    `<line x1="${left}" x2="${num(right)}" y1="${bottom}" y2="${bottom}" stroke="${AXIS_COLOR}"/>`,
  );
  for (const tick of xTicks) {
    const i = index.get(tick);
    if (i === undefined) continue;
    const at = num(x(i));
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${bottom}" y2="${bottom + 6}" stroke="${AXIS_COLOR}"/>`,
      text(`x="${at}" y="${bottom + 8}" dy="0.71em" text-anchor="middle"`, xLabel(tick)),
    );
  }

  // Empty slots for no data, as recharts' ReferenceArea draws them: from the first gap's band
  // (or point) to the last's.
  for (const gap of gapRuns(points)) {
    const first = index.get(gap.from) ?? 0;
    const last = index.get(gap.to) ?? first;
    const x1 = asBars ? left + band * first : x(first);
    const x2 = asBars ? left + band * (last + 1) : x(last);
    parts.push(
      `<rect class="gap-slot" x="${num(x1)}" y="${num(plotTop)}" width="${num(x2 - x1)}" height="${num(bottom - plotTop)}" fill="${GAP_STYLE.fill}" fill-opacity="${GAP_STYLE.fillOpacity}" stroke="${GAP_STYLE.stroke}" stroke-dasharray="${GAP_STYLE.strokeDasharray}"/>`,
    );
  }

  const series = countedSeries({ countsWalkOut, ...(comparison && { comparison }) });
  if (asBars && anyCut(points)) parts.push(`<defs>${hatchPatterns(CHART_ID, series)}</defs>`);
  if (asBars) {
    // recharts' bar positions: a 10% category gap on each side, bars of at most MAX_BAR_SIZE.
    const room = band * 0.8 - BAR_GAP * (series.length - 1);
    const size = Math.min(MAX_BAR_SIZE, room / series.length);
    const offset = (band - (size * series.length + BAR_GAP * (series.length - 1))) / 2;
    series.forEach(({ key, color, overlay }, s) => {
      const rects = points.flatMap((point, i) => {
        const value = point[key] ?? null;
        if (value === null || value <= 0) return [];
        const top = y(value);
        const barX = left + band * i + offset + s * (size + BAR_GAP);
        // A bucket the range cuts is hatched, as the app draws it.
        const hatched = isCut(point, key)
          ? ` class="partial-bar" fill="url(#${hatchId(CHART_ID, key)})" fill-opacity="1"`
          : '';
        return [
          `<rect x="${num(barX)}" y="${num(top)}" width="${num(size)}" height="${num(bottom - top)}"${hatched}/>`,
        ];
      });
      parts.push(`<g class="first-chart-series" ${barPaint(color, overlay)}>${rects.join('')}</g>`);
    });
  } else {
    for (const { key, color, overlay } of series) {
      // A bucket without a count breaks the line, as recharts draws it.
      let d = '';
      let pen = 'M';
      points.forEach((point, i) => {
        const value = point[key] ?? null;
        if (value === null) {
          pen = 'M';
          return;
        }
        d += `${pen}${num(x(i))},${num(y(value))}`;
        pen = 'L';
      });
      parts.push(
        `<path class="first-chart-series" d="${d}" fill="none" stroke="${color}" stroke-width="1.5"${overlay === true ? ` stroke-dasharray="${OVERLAY_STYLE.strokeDasharray}"` : ''}/>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CHART_HEIGHT}" viewBox="0 0 ${width} ${CHART_HEIGHT}" aria-hidden="true">${parts.join('')}</svg>`;
}

/** A series' bars as recharts draws them: solid, or for an overlay pale with a dashed edge. */
function barPaint(color: string, overlay: SeriesSpec['overlay']): string {
  if (overlay !== true) return `fill="${color}"`;
  return `fill="${color}" fill-opacity="${OVERLAY_STYLE.barFillOpacity}" stroke="${color}" stroke-dasharray="${OVERLAY_STYLE.strokeDasharray}"`;
}
