/**
 * The one download path: the formats a view may offer, how a file is named, and how it is saved.
 * A view lists its offers (download-buttons.tsx); a new format (XLSX) is one more entry in
 * `FORMATS` and an offer that makes its blob.
 */
import type { Granularity } from '@footfall/buckets';
import type { Messages } from '../../i18n/messages.ts';

/** Each format's file extension and its button's words. */
export const FORMATS = {
  png: { extension: 'png', label: (t: Messages) => t.exportPng },
  csv: { extension: 'csv', label: (t: Messages) => t.exportCsv },
} as const;

export type Format = keyof typeof FORMATS;

/**
 * An export's name without its extension: `footfall-<subject>-<from>-<to>-<granularity>`, the
 * subject being a MAC as 12 hex digits or a store id (`subjectFileKey`): unique, and safe in any
 * file system. The weekday × hour map names itself `weekday-hour` where the chart names its
 * granularity.
 *
 * @example fileStem({ subject: 'nanjing-road', from: '2023-03-27', to: '2023-04-02', granularity: 'hour' })
 * // 'footfall-nanjing-road-2023-03-27-2023-04-02-hour'
 */
export function fileStem(view: {
  subject: string;
  from: string;
  to: string;
  granularity: Granularity | 'weekday-hour';
}): string {
  return `footfall-${view.subject}-${view.from}-${view.to}-${view.granularity}`;
}

/** `stem` in `format`: `footfall-…-hour.png`. */
export const fileName = (stem: string, format: Format): string =>
  `${stem}.${FORMATS[format].extension}`;

/** Saves a blob through a temporary `<a download>`, the one way every browser honours. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking sooner can cancel it in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
