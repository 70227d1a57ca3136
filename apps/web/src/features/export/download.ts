import type { Granularity } from '@footfall/buckets';

/**
 * The export file name: `footfall-<subject>-<from>-<to>-<granularity>.<ext>`, the subject being a
 * MAC as 12 hex digits or a store id (`subjectFileKey`): unique, and safe in any file system. The
 * weekday × hour map names itself `weekday-hour` where the chart names its granularity.
 *
 * @example exportFileName({ subject: 'nanjing-road', from: '2023-03-27', to: '2023-04-02', granularity: 'hour' }, 'png')
 * // 'footfall-nanjing-road-2023-03-27-2023-04-02-hour.png'
 */
export function exportFileName(
  view: { subject: string; from: string; to: string; granularity: Granularity | 'weekday-hour' },
  extension: 'png' | 'csv',
): string {
  return `footfall-${view.subject}-${view.from}-${view.to}-${view.granularity}.${extension}`;
}

/** Saves a blob through a temporary `<a download>`, the one way every browser honours. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking sooner can cancel it in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
