/**
 * The weekday × hour map as a PNG, the way the chart exports: its figure (heatmap-svg) inside the
 * chart export's layout (title, subtitle from the caption template, footer), drawn by the same
 * SVG-to-PNG path.
 */
import { exportLayout, pngOf } from '../export/export-chart.ts';
import { ExportError } from '../../domain/export-problem.ts';
import type { CaptionInput } from '../../i18n/caption.ts';
import { weekdayName } from '../../i18n/bucket-label.ts';
import type { Messages } from '../../i18n/messages.ts';
import { WEEKDAYS, type HeatGrid } from './grid.ts';
import { heatmapSvg } from './heatmap-svg.ts';
import { averageFormat, busiestText } from './labels.ts';

/** The heatmap's figure as an SVG element, as the export's layout takes a chart. */
function heatmapFigure(grid: HeatGrid, t: Messages, locale: string): SVGSVGElement {
  const { markup } = heatmapSvg(grid, {
    weekdays: Array.from({ length: WEEKDAYS }, (_, weekday) =>
      weekdayName(weekday, locale, 'short'),
    ),
    legend: t.heatmapLegend,
    noData: t.noData,
    businessHours: t.heatmapBusinessHours,
    busiest: grid.busiest && busiestText(grid.busiest, t, locale),
    format: averageFormat(locale),
  });
  const figure = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (!(figure instanceof SVGSVGElement)) throw new ExportError('render');
  return figure;
}

/** The map of `input` (the hourly all-day answer it was computed from) as a PNG. */
export function heatmapPng(
  grid: HeatGrid,
  input: CaptionInput,
  t: Messages,
  locale: string,
): Promise<Blob> {
  const layout = { ...exportLayout(input, t, locale, Date.now(), t.heatmapTitle), legend: [] };
  return pngOf(heatmapFigure(grid, t, locale), layout);
}
