/**
 * The chart's series, once: what each is called, its colour, its CSV column and whether a subject
 * counts it. The recharts chart, the first paint, the PNG export, the CSV and the data table all
 * draw from this list, so a new series (a comparison overlay) is one more entry here.
 */
import type { Messages } from '../i18n/messages.ts';
import { WALK_IN_COLOR, WALK_OUT_COLOR } from './colors.ts';

/** A series' field on a bucket, a series point and a chart point. */
export type SeriesKey = 'walkIn' | 'walkOut';

/** Keys of the messages that are plain text. */
export type TextKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];

/** What a chart is about. */
export type SubjectKind = 'device' | 'store';

/** What a device or a store says about its counting (both carry `countsWalkOut`). */
export interface CountingSubject {
  kind: SubjectKind;
  countsWalkOut: boolean;
}

export interface SeriesSpec {
  key: SeriesKey;
  /** The series' name, e.g. "Walk-ins". */
  label: TextKey;
  /**
   * The legend's text for a subject that does not count the series, by the subject's kind (a
   * device does not count it; a store does not at every entrance).
   */
  notCountedLabel: Record<SubjectKind, TextKey>;
  /** The CSV column. */
  column: string;
  color: string;
  /** Whether `subject` counts the series; where it does not, its values are `null`. */
  counts: (subject: Pick<CountingSubject, 'countsWalkOut'>) => boolean;
}

export const SERIES: readonly SeriesSpec[] = [
  {
    key: 'walkIn',
    label: 'walkIns',
    notCountedLabel: { device: 'notCounted', store: 'notCountedStore' },
    column: 'walk_in',
    color: WALK_IN_COLOR,
    counts: () => true,
  },
  {
    key: 'walkOut',
    label: 'walkOuts',
    notCountedLabel: { device: 'legendNotCounted', store: 'legendNotCountedStore' },
    column: 'walk_out',
    color: WALK_OUT_COLOR,
    counts: (subject) => subject.countsWalkOut,
  },
];

/** A cell's text where the subject does not count a series, by the subject's kind. */
const NOT_COUNTED_VALUE: Record<SubjectKind, TextKey> = {
  device: 'notCounted',
  store: 'notCountedStore',
};

/** A series as a subject shows it. */
export interface ShownSeries extends Omit<SeriesSpec, 'notCountedLabel'> {
  counted: boolean;
  /** The legend's text when not counted, for this subject. */
  notCountedLabel: TextKey;
  /** A value's text (a table cell, a tooltip) when not counted, for this subject. */
  notCountedValue: TextKey;
}

/**
 * Every series, each marked with whether `subject` counts it: a legend lists them all, a chart
 * draws the counted ones.
 *
 * @example seriesFor({ kind: 'store', countsWalkOut: false }).filter((s) => s.counted).map((s) => s.key) // ['walkIn']
 */
export function seriesFor(subject: CountingSubject): ShownSeries[] {
  return SERIES.map((spec) => ({
    ...spec,
    counted: spec.counts(subject),
    notCountedLabel: spec.notCountedLabel[subject.kind],
    notCountedValue: NOT_COUNTED_VALUE[subject.kind],
  }));
}

/** The series `subject` counts, in drawing order (what a chart draws needs no wording). */
export function countedSeries(subject: Pick<CountingSubject, 'countsWalkOut'>): SeriesSpec[] {
  return SERIES.filter((spec) => spec.counts(subject));
}

/** A series' entry in a legend: its name, or what is not counted with no colour. */
export function legendEntry(
  series: ShownSeries,
  t: Messages,
): { label: string; color: string | undefined } {
  return series.counted
    ? { label: t[series.label], color: series.color }
    : { label: t[series.notCountedLabel], color: undefined };
}
