/**
 * The weekday × hour map as an SVG figure for the PNG export: the cells in the page's colours,
 * the business-hours outline, hour and weekday labels, the colour-scale legend with its no-data
 * and business-hours keys, and the busiest slot in words. The export's title, subtitle and footer
 * come from the chart's export layout around it (features/export/export-chart.ts).
 */
import { escapeXml } from '../export/png.ts';
import { HOURS_PER_DAY, outlineOf, type HeatGrid } from './grid.ts';
import { heatColor, NO_DATA_FILL, NO_DATA_HATCH, OUTLINE_COLOR, SCALE_STOPS } from './scale.ts';

export interface HeatmapSvgText {
  /** Short weekday names, Monday first. */
  weekdays: readonly string[];
  legend: string;
  noData: string;
  businessHours: string;
  /** The busiest slot in words, if any. */
  busiest: string | undefined;
  /** Formats the scale's ends. */
  format: (value: number) => string;
}

const LABEL_WIDTH = 64;
const HOURS_HEIGHT = 22;
const CELL_HEIGHT = 30;
const LEGEND_GAP = 34;
const RAMP = { width: 220, height: 12 };
const INK = '#111827';
const MUTED = '#4b5563';

const text = (x: number, y: number, content: string, fill = MUTED, attributes = ''): string =>
  `<text x="${x}" y="${y}" font-size="12" fill="${fill}" ${attributes}>${escapeXml(content)}</text>`;

/**
 * The figure's markup at `width` pixels, and its height.
 *
 * @example heatmapSvg(grid, text, 800).markup.startsWith('<svg') // true
 */
export function heatmapSvg(
  grid: HeatGrid,
  words: HeatmapSvgText,
  width = 800,
): { markup: string; width: number; height: number } {
  const cellWidth = (width - LABEL_WIDTH) / HOURS_PER_DAY;
  const x = (hour: number): number => LABEL_WIDTH + hour * cellWidth;
  const y = (weekday: number): number => HOURS_HEIGHT + weekday * CELL_HEIGHT;
  const parts: string[] = [];

  for (let hour = 0; hour < HOURS_PER_DAY; hour += 3) {
    parts.push(text(x(hour) + 2, HOURS_HEIGHT - 8, `${String(hour).padStart(2, '0')}:00`));
  }
  const outline: string[] = [];
  grid.rows.forEach((row, weekday) => {
    parts.push(text(0, y(weekday) + CELL_HEIGHT / 2 + 4, words.weekdays[weekday] ?? '', INK));
    for (const cell of row) {
      const fill = cell.average === null ? 'url(#heat-no-data)' : heatColor(cell.average, grid.max);
      parts.push(
        `<rect x="${x(cell.hour)}" y="${y(weekday)}" width="${cellWidth}" height="${CELL_HEIGHT}" fill="${fill}"/>`,
      );
      const sides = outlineOf(grid, cell);
      const [left, right, top, bottom] = [
        x(cell.hour),
        x(cell.hour + 1),
        y(weekday),
        y(weekday + 1),
      ];
      const line = (x1: number, y1: number, x2: number, y2: number) =>
        outline.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`);
      if (sides.top) line(left, top, right, top);
      if (sides.bottom) line(left, bottom, right, bottom);
      if (sides.left) line(left, top, left, bottom);
      if (sides.right) line(right, top, right, bottom);
    }
  });
  parts.push(
    `<g stroke="${OUTLINE_COLOR}" stroke-width="2" stroke-linecap="square">${outline.join('')}</g>`,
  );

  // The legend: the colour scale from 0 to the highest average, then the two keys.
  const legendY = y(grid.rows.length) + LEGEND_GAP;
  parts.push(text(0, legendY, words.legend, INK, 'font-weight="600"'));
  const rampX = LABEL_WIDTH + 110;
  parts.push(
    `<rect x="${rampX}" y="${legendY - 10}" width="${RAMP.width}" height="${RAMP.height}" fill="url(#heat-ramp)" stroke="#d1d5db"/>`,
    text(rampX - 8, legendY, words.format(0), MUTED, 'text-anchor="end"'),
    text(rampX + RAMP.width + 8, legendY, words.format(grid.max)),
  );
  const keysY = legendY + 26;
  parts.push(
    `<rect x="0" y="${keysY - 11}" width="14" height="14" fill="url(#heat-no-data)" stroke="#d1d5db"/>`,
    text(20, keysY, words.noData, INK),
    `<rect x="${LABEL_WIDTH + 150}" y="${keysY - 11}" width="14" height="14" fill="${SCALE_STOPS[1]}" stroke="${OUTLINE_COLOR}" stroke-width="2"/>`,
    text(LABEL_WIDTH + 172, keysY, words.businessHours, INK),
  );
  let height = keysY + 8;
  if (words.busiest !== undefined) {
    height += 26;
    parts.push(
      `<text x="0" y="${height - 6}" font-size="14" font-weight="700" fill="${INK}">${escapeXml(words.busiest)}</text>`,
    );
  }

  const stops = SCALE_STOPS.map(
    (color, i) => `<stop offset="${i / (SCALE_STOPS.length - 1)}" stop-color="${color}"/>`,
  ).join('');
  const defs =
    `<defs><linearGradient id="heat-ramp">${stops}</linearGradient>` +
    `<pattern id="heat-no-data" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="4" height="4" fill="${NO_DATA_FILL}"/><rect width="1" height="4" fill="${NO_DATA_HATCH}"/></pattern></defs>`;
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${defs}${parts.join('')}</svg>`;
  return { markup, width, height };
}
