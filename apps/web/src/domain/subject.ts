/**
 * What a traffic answer is about: a device, or a store with its doors. Type-only imports, so the
 * page's first script may use it.
 */
import type { Device, Door, Store, TrafficComparison } from '@footfall/contract';
import type { CountingSubject } from './series-list.ts';

/** The subject as a traffic answer describes it. */
export type AnswerSubject =
  { device: Device } | { store: Store; doors: readonly Pick<Door, 'name' | 'entrance'>[] };

/** Whether the answer's subject counts walk-outs (a store: every entrance door does). */
export function countsWalkOut(subject: AnswerSubject): boolean {
  return 'store' in subject ? subject.store.countsWalkOut : subject.device.countsWalkOut;
}

/**
 * What the answer's subject is, whether it counts walk-outs and what the answer is compared with:
 * what the legend words and the chart draws.
 */
export function countingOf(
  subject: AnswerSubject & { comparison?: Pick<TrafficComparison, 'kind'> },
): CountingSubject {
  return {
    kind: 'store' in subject ? 'store' : 'device',
    countsWalkOut: countsWalkOut(subject),
    ...(subject.comparison && { comparison: subject.comparison.kind }),
  };
}

/** The doors a store answer sums: its entrance doors, in the store's order. */
export function entranceDoors<D extends Pick<Door, 'entrance'>>(doors: readonly D[]): D[] {
  return doors.filter((door) => door.entrance);
}

/**
 * The subject's id in a file name: the MAC as 12 hex digits, or the store id with anything but
 * letters, digits, `_` and `-` turned into `-` (a store id may be its display name).
 *
 * @example subjectFileKey({ store: { id: 'Nanjing Road', … }, doors: [] }) // 'Nanjing-Road'
 */
export function subjectFileKey(subject: AnswerSubject): string {
  if ('device' in subject) return subject.device.mac.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return subject.store.id.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'store';
}
