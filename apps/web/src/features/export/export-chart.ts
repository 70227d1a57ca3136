import { formatWallTime, toWall } from '@footfall/buckets';
import { countingOf } from '../../domain/subject.ts';
import { legendEntries } from '../../domain/series-list.ts';
import { captionParts, type CaptionInput } from '../../i18n/caption.ts';
import type { Messages } from '../../i18n/messages.ts';
import { ExportError } from '../../domain/export-problem.ts';
import { buildExportSvg, svgToPng, type ExportLayout } from './png.ts';

/**
 * What the exported image says about itself: title, legend, range and settings, generation time;
 * `figure` names what the image shows (the chart, or the weekday × hour map); `partial`: the
 * chart has buckets the range cuts, which the legend explains.
 */
export function exportLayout(
  input: CaptionInput,
  t: Messages,
  locale: string,
  now: number,
  figure: string = t.chartTitle,
  partial = false,
): ExportLayout {
  const parts = captionParts(input, t, locale);
  const generated = `${formatWallTime(toWall(now, input.timezone))} (${input.timezone})`;
  return {
    title: parts.title,
    subtitle: t.chartCaption({ ...parts, subject: figure }),
    legend: legendEntries(countingOf(input), t, partial),
    footer: `${t.productName} · ${t.generatedAt} ${generated}`,
  };
}

/**
 * The chart inside `container` as a PNG. The chart's own SVG carries its hatched bars and marked
 * labels; `partial` adds their key to the legend.
 */
export function chartPng(
  container: HTMLElement,
  input: CaptionInput,
  t: Messages,
  locale: string,
  partial = false,
): Promise<Blob> {
  const chart = container.querySelector('svg.recharts-surface');
  if (!(chart instanceof SVGSVGElement)) throw new ExportError('noChart');
  return pngOf(chart, exportLayout(input, t, locale, Date.now(), t.chartTitle, partial));
}

/** `figure` inside the export's layout, as a PNG (2×, or the screen's ratio). */
export function pngOf(figure: SVGSVGElement, layout: ExportLayout): Promise<Blob> {
  const { svg, width, height } = buildExportSvg(figure, layout);
  const scale = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
  return svgToPng(svg, width, height, scale);
}
