import { formatWallTime, toWall } from '@footfall/buckets';
import { countingOf, subjectFileKey } from '../api/subject.ts';
import { legendEntry, seriesFor } from '../chart/series-list.ts';
import { captionParts, type CaptionInput } from '../format/caption.ts';
import type { Messages } from '../i18n/messages.ts';
import { downloadBlob, exportFileName } from './download.ts';
import { ExportError } from './export-error.ts';
import { buildExportSvg, svgToPng, type ExportLayout } from './png.ts';

/** What the exported image says about itself: title, legend, range and settings, generation time. */
export function exportLayout(
  input: CaptionInput,
  t: Messages,
  locale: string,
  now: number,
): ExportLayout {
  const parts = captionParts(input, t, locale);
  const generated = `${formatWallTime(toWall(now, input.timezone))} (${input.timezone})`;
  return {
    title: parts.title,
    subtitle: t.chartCaption({ ...parts, subject: t.chartTitle }),
    legend: seriesFor(countingOf(input)).map((series) => legendEntry(series, t)),
    footer: `${t.productName} · ${t.generatedAt} ${generated}`,
  };
}

/** Exports the chart inside `container` as a PNG download; resolves with the file name. */
export async function exportChartPng(
  container: HTMLElement,
  input: CaptionInput,
  t: Messages,
  locale: string,
): Promise<string> {
  const chart = container.querySelector('svg.recharts-surface');
  if (!(chart instanceof SVGSVGElement)) throw new ExportError('noChart');
  const { svg, width, height } = buildExportSvg(chart, exportLayout(input, t, locale, Date.now()));
  const scale = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
  const blob = await svgToPng(svg, width, height, scale);
  const fileName = exportFileName({ ...input, subject: subjectFileKey(input) }, 'png');
  downloadBlob(blob, fileName);
  return fileName;
}
