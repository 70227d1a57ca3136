/**
 * The heatmap's colour scale: a sequential blue ramp from 0 to the grid's highest average (light to
 * dark), and a hatched swatch for no data, which no value's colour resembles. Shared by the page,
 * its legend and the PNG export.
 */

/** The ramp's stops, 0 first (ColorBrewer "Blues", safe for colour blindness and in greyscale). */
export const SCALE_STOPS = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

/** No data: a white cell hatched in grey. */
export const NO_DATA_FILL = '#ffffff';
export const NO_DATA_HATCH = '#9ca3af';
/** The business-hours outline. */
export const OUTLINE_COLOR = '#111827';

const channels = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

const toHex = (n: number): string => Math.round(n).toString(16).padStart(2, '0');

/**
 * The colour of `value` on a scale from 0 to `max` (a `max` of 0 puts everything at the bottom).
 *
 * @example heatColor(0, 187) // '#f7fbff'
 * @example heatColor(187, 187) // '#08306b'
 */
export function heatColor(value: number, max: number): string {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const position = share * (SCALE_STOPS.length - 1);
  const low = Math.floor(position);
  const high = Math.min(SCALE_STOPS.length - 1, low + 1);
  const from = channels(SCALE_STOPS[low] ?? SCALE_STOPS[0]);
  const to = channels(SCALE_STOPS[high] ?? SCALE_STOPS[0]);
  const mix = position - low;
  return `#${from.map((c, i) => toHex(c + ((to[i] ?? c) - c) * mix)).join('')}`;
}
