/**
 * A change between a figure and the same figure over an earlier range: signed, and as a
 * percentage of the earlier one when that is not 0. Shown with its sign and an arrow, so colour is
 * never its only cue.
 */
import type { Messages } from './messages.ts';

export interface Change {
  /** Now minus then. */
  delta: number;
  /** The delta over the earlier figure; `null` when that is 0 (no percentage of nothing). */
  ratio: number | null;
}

/**
 * @example changeBetween(1624, 1500) // { delta: 124, ratio: 0.08266… }
 */
export function changeBetween(now: number, then: number): Change {
  return { delta: now - then, ratio: then === 0 ? null : (now - then) / then };
}

/** The change when both figures are known (a bucket with no data has none). */
export function changeOf(now: number | null | undefined, then: number | null | undefined) {
  return now === null || now === undefined || then === null || then === undefined
    ? undefined
    : changeBetween(now, then);
}

export type Direction = 'up' | 'down' | 'same';

export const directionOf = (change: Change): Direction =>
  change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'same';

/** The arrow beside a change, a cue besides colour and sign. */
export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

const signed = new Map<string, { count: Intl.NumberFormat; percent: Intl.NumberFormat }>();
function formats(locale: string) {
  let found = signed.get(locale);
  if (!found) {
    found = {
      count: new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }),
      percent: new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }),
    };
    signed.set(locale, found);
  }
  return found;
}

/** A signed count: `+124`, `-3`, `0`. */
const formatSigned = (value: number, locale: string): string => formats(locale).count.format(value);

/** A signed percentage of a ratio: `+8.3%`. */
const formatSignedPercent = (ratio: number, locale: string): string =>
  formats(locale).percent.format(ratio);

/**
 * A change as text: `+124 (+8.3%)`; from 0 there is no percentage, and the text says so.
 *
 * @example formatChange(changeBetween(1624, 1500), MESSAGES.en, 'en-US') // '+124 (+8.3%)'
 */
export function formatChange(change: Change, t: Messages, locale: string): string {
  const delta = formatSigned(change.delta, locale);
  if (change.ratio !== null) {
    return t.changeWithPercent(delta, formatSignedPercent(change.ratio, locale));
  }
  return change.delta === 0 ? t.changeBothZero : t.changeFromZero(delta);
}
