/** How the heatmap names its slots and numbers, on the page, in its table and in the PNG. */
import { weekdayName } from '../../i18n/bucket-label.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { HeatCell, Slot } from './grid.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * An hour of the day as the span it covers.
 *
 * @example hourSpan(18) // '18:00–19:00'
 */
export function hourSpan(hour: number): string {
  return `${pad2(hour)}:00–${pad2(hour + 1)}:00`;
}

const formats = new Map<string, (value: number) => string>();

/** An average to one decimal at most: `186.5`, `1,234`. */
export function averageFormat(locale: string): (value: number) => string {
  let format = formats.get(locale);
  if (!format) {
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    format = (value) => numbers.format(value);
    formats.set(locale, format);
  }
  return format;
}

/** A cell in words: "Saturday 18:00–19:00: 187 on average (13 days)", or "… no data". */
export function cellText(cell: HeatCell, t: Messages, locale: string): string {
  const weekday = weekdayName(cell.weekday, locale, 'long');
  if (cell.average === null) return t.heatmapCellNoData(weekday, hourSpan(cell.hour));
  const format = averageFormat(locale);
  return t.heatmapCell(weekday, hourSpan(cell.hour), format(cell.average), format(cell.days));
}

/** The busiest slot in words: "Busiest: Saturday 18:00–19:00, 187 on average". */
export function busiestText(slot: Slot & { average: number }, t: Messages, locale: string): string {
  return t.heatmapBusiest(
    weekdayName(slot.weekday, locale, 'long'),
    hourSpan(slot.hour),
    averageFormat(locale)(slot.average),
  );
}
