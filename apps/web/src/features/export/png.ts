/**
 * The PNG export by SVG serialisation: an SVG document holding a title, a legend, the chart's own
 * recharts `<svg>` and a footer is drawn onto a canvas at 2× (or the screen's ratio, if higher)
 * over opaque white, then encoded. No DOM walking beyond cloning the chart's SVG.
 */
import { ExportError } from '../../domain/export-problem.ts';

export interface ExportLayout {
  title: string;
  subtitle: string;
  /**
   * `overlay`: drawn dashed and hollow, as the overlay's line is; `partial`: hatched, as the bars
   * of buckets the range cuts are.
   */
  legend: { label: string; color: string | undefined; overlay?: boolean; partial?: boolean }[];
  footer: string;
}

const PAD = 24;
/** Font size and line height of each text of the export. */
const TITLE = { size: 20, line: 24 };
const SUBTITLE = { size: 13, line: 18 };
const LEGEND = { size: 13, line: 22 };
const FOOTER = { size: 11, line: 16 };
/** From the last title line to the first subtitle line, and so on down the image. */
const TITLE_TO_SUBTITLE = 24;
const SUBTITLE_TO_LEGEND = 28;
const LEGEND_TO_CHART = 16;
const FOOTER_GAP = 28;
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'DejaVu Sans', sans-serif";

/** Text made safe inside SVG markup. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Text width estimated without layout: about 1 em for a CJK or full-width character and 0.6 em
 * for others (generous for Latin text in the sans-serif fonts above).
 */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * `text` in lines of at most `width` pixels, broken at spaces; a separator (`·`, `—`) stays at
 * the end of its line rather than starting the next. A narrow (phone) chart gets a tall header
 * instead of a title cut off at the image's edge.
 */
function wrap(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line === '' || textWidth(longer, fontSize) <= width || /^[·—–]$/.test(word)) {
      line = longer;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines of text from baseline `y` down; returns the markup and the last line's baseline. */
function textLines(
  lines: readonly string[],
  y: number,
  font: { size: number; line: number },
  attributes: string,
): { markup: string; lastY: number } {
  const markup = lines.map(
    (line, i) =>
      `<text x="${PAD}" y="${y + i * font.line}" font-size="${font.size}" ${attributes}>${escapeXml(line)}</text>`,
  );
  return { markup: markup.join(''), lastY: y + Math.max(0, lines.length - 1) * font.line };
}

/** The chart's SVG as markup, without hover artefacts, positioned inside the export. */
function chartMarkup(chart: SVGSVGElement, y: number, width: number, height: number): string {
  const clone = chart.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new ExportError('noChart');
  for (const hover of clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot')) {
    hover.remove();
  }
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  return new XMLSerializer().serializeToString(clone);
}

/** The legend from baseline `y`, its items in rows no wider than `width`. */
function legendMarkup(
  legend: ExportLayout['legend'],
  y: number,
  width: number,
): { markup: string; lastY: number } {
  let x = PAD;
  let row = y;
  const items: string[] = [];
  for (const item of legend) {
    const itemWidth = 18 + textWidth(item.label, LEGEND.size);
    if (x > PAD && x + itemWidth > PAD + width) {
      x = PAD;
      row += LEGEND.line;
    }
    const swatch =
      item.color === undefined
        ? `<rect x="${x + 0.5}" y="${row - 9.5}" width="11" height="11" rx="2" fill="none" stroke="#6b7280" stroke-dasharray="2 2"/>`
        : item.partial === true
          ? `<g class="legend-partial" stroke="${item.color}" stroke-width="1.5"><rect x="${x + 0.5}" y="${row - 9.5}" width="11" height="11" rx="2" fill="none"/><path d="M${x + 0.5},${row - 2.5}l7,-7M${x + 0.5},${row + 1.5}l11,-11M${x + 4.5},${row + 1.5}l7,-7"/></g>`
          : item.overlay === true
            ? `<rect class="legend-overlay" x="${x + 1}" y="${row - 9}" width="10" height="10" rx="2" fill="none" stroke="${item.color}" stroke-width="2" stroke-dasharray="3 2"/>`
            : `<rect x="${x}" y="${row - 10}" width="12" height="12" rx="2" fill="${item.color}"/>`;
    items.push(
      `${swatch}<text x="${x + 18}" y="${row}" font-size="${LEGEND.size}" fill="#111827">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth + 24;
  }
  return { markup: items.join(''), lastY: row };
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
  const title = textLines(
    wrap(layout.title, TITLE.size, chartWidth),
    PAD + TITLE.size,
    TITLE,
    'font-weight="700" fill="#111827"',
  );
  const subtitle = textLines(
    wrap(layout.subtitle, SUBTITLE.size, chartWidth),
    title.lastY + TITLE_TO_SUBTITLE,
    SUBTITLE,
    'fill="#374151"',
  );
  const legend = legendMarkup(layout.legend, subtitle.lastY + SUBTITLE_TO_LEGEND, chartWidth);
  const chartY = legend.lastY + LEGEND_TO_CHART;
  const footer = textLines(
    wrap(layout.footer, FOOTER.size, chartWidth),
    chartY + chartHeight + FOOTER_GAP,
    FOOTER,
    'fill="#6b7280"',
  );
  const height = footer.lastY + PAD;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    title.markup,
    subtitle.markup,
    legend.markup,
    chartMarkup(chart, chartY, chartWidth, chartHeight),
    footer.markup,
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
