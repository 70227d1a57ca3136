import { formatWallTime, toWall } from '@footfall/buckets';
import { countingOf, subjectFileKey } from '../../domain/subject.ts';
import { legendEntries } from '../../domain/series-list.ts';
import { captionParts, type CaptionInput } from '../../i18n/caption.ts';
import type { Messages } from '../../i18n/messages.ts';
import { downloadBlob, exportFileName } from './download.ts';
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
 * Exports the chart inside `container` as a PNG download; resolves with the file name. The chart's
 * own SVG carries its hatched bars and marked labels; `partial` adds their key to the legend.
 */
export async function exportChartPng(
  container: HTMLElement,
  input: CaptionInput,
  t: Messages,
  locale: string,
  partial = false,
): Promise<string> {
  const chart = container.querySelector('svg.recharts-surface');
  if (!(chart instanceof SVGSVGElement)) throw new ExportError('noChart');
  const fileName = exportFileName({ ...input, subject: subjectFileKey(input) }, 'png');
  const layout = exportLayout(input, t, locale, Date.now(), t.chartTitle, partial);
  await downloadPng(chart, layout, fileName);
  return fileName;
}

/** Draws `figure` inside the export's layout as a PNG (2×, or the screen's ratio) and saves it. */
export async function downloadPng(
  figure: SVGSVGElement,
  layout: ExportLayout,
  fileName: string,
): Promise<void> {
  const { svg, width, height } = buildExportSvg(figure, layout);
  const scale = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
  downloadBlob(await svgToPng(svg, width, height, scale), fileName);
}
