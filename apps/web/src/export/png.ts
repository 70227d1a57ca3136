/**
 * The PNG export by SVG serialisation: an SVG document holding a title, a legend, the chart's own
 * recharts `<svg>` and a footer is drawn onto a canvas at 2× (or the screen's ratio, if higher)
 * over opaque white, then encoded. No DOM walking beyond cloning the chart's SVG.
 */
import { ExportError } from './export-error.ts';

export interface ExportLayout {
  title: string;
  subtitle: string;
  legend: { label: string; color: string | undefined }[];
  footer: string;
}

const PAD = 24;
const TITLE_Y = PAD + 20;
const SUBTITLE_Y = TITLE_Y + 24;
const LEGEND_Y = SUBTITLE_Y + 28;
const CHART_Y = LEGEND_Y + 16;
const FOOTER_GAP = 28;
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'DejaVu Sans', sans-serif";

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chart's SVG as markup, without hover artefacts, positioned inside the export. */
function chartMarkup(chart: SVGSVGElement, width: number, height: number): string {
  const clone = chart.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new ExportError('noChart');
  for (const hover of clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot')) {
    hover.remove();
  }
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(CHART_Y));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  return new XMLSerializer().serializeToString(clone);
}

function legendMarkup(legend: ExportLayout['legend']): string {
  let x = PAD;
  const items: string[] = [];
  for (const item of legend) {
    const swatch = item.color
      ? `<rect x="${x}" y="${LEGEND_Y - 10}" width="12" height="12" rx="2" fill="${item.color}"/>`
      : `<rect x="${x + 0.5}" y="${LEGEND_Y - 9.5}" width="11" height="11" rx="2" fill="none" stroke="#6b7280" stroke-dasharray="2 2"/>`;
    items.push(
      `${swatch}<text x="${x + 18}" y="${LEGEND_Y}" font-size="13" fill="#111827">${escapeXml(item.label)}</text>`,
    );
    // Text width is unknown without layout; a generous estimate per character keeps items apart.
    x += 18 + item.label.length * 8 + 24;
  }
  return items.join('');
}

/**
 * The whole export as an SVG document string.
 *
 * @example buildExportSvg(chartSvg, { title: 'Main entrance — Flagship', subtitle: '…', legend: [], footer: '…' })
 */
export function buildExportSvg(
  chart: SVGSVGElement,
  layout: ExportLayout,
): { svg: string; width: number; height: number } {
  const chartWidth = Number(chart.getAttribute('width')) || chart.clientWidth || 800;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight || 320;
  const width = chartWidth + 2 * PAD;
  const height = CHART_Y + chartHeight + FOOTER_GAP + PAD;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${TITLE_Y}" font-size="20" font-weight="700" fill="#111827">${escapeXml(layout.title)}</text>`,
    `<text x="${PAD}" y="${SUBTITLE_Y}" font-size="13" fill="#374151">${escapeXml(layout.subtitle)}</text>`,
    legendMarkup(layout.legend),
    chartMarkup(chart, chartWidth, chartHeight),
    `<text x="${PAD}" y="${height - PAD}" font-size="11" fill="#6b7280">${escapeXml(layout.footer)}</text>`,
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** The SVG as a decoded image: `decode()` resolves once it can be drawn without further work. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    throw new ExportError('render');
  }
  return image;
}

type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Chromium encodes canvas PNGs (`toBlob` and `convertToBlob` alike) in idle tasks, and a page
 * with nothing to draw gets an idle period only after a frame: without one the encode waits for
 * Chromium's 1 s fallback. Asking for frames until the encode settles keeps idle periods coming.
 */
async function whileFramesRun<T>(work: Promise<T>): Promise<T> {
  let settled = false;
  const frame = (): void => {
    if (!settled) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  try {
    return await work;
  } finally {
    settled = true;
  }
}

/**
 * A canvas of the given size and its PNG encoder: an OffscreenCanvas, whose `convertToBlob` is
 * the faster encoder, or a `<canvas>` where OffscreenCanvas is missing.
 */
function pngCanvas(
  width: number,
  height: number,
): { context: Canvas2D | null; encode: () => Promise<Blob> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    return {
      context: canvas.getContext('2d'),
      encode: () => canvas.convertToBlob({ type: 'image/png' }),
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return {
    context: canvas.getContext('2d'),
    encode: () =>
      new Promise<Blob>((resolve, reject) => {
        canvas.toBlob((blob) => {
          if (blob) resolve(blob);
          else reject(new ExportError('encode'));
        }, 'image/png');
      }),
  };
}

/** Renders an SVG document to a PNG at `scale`× over white. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const pixelWidth = Math.round(width * scale);
    const pixelHeight = Math.round(height * scale);
    const { context, encode } = pngCanvas(pixelWidth, pixelHeight);
    if (!context) throw new ExportError('canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, pixelWidth, pixelHeight);
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return await whileFramesRun(encode());
  } finally {
    URL.revokeObjectURL(url);
  }
}
