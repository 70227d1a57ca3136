/**
 * The chart's series, once: what each is called, its colour, its CSV column and whether a subject
 * counts it. The recharts chart, the first paint, the PNG export, the CSV and the data table all
 * draw from this list, so a new series (a comparison overlay) is one more entry here.
 */
import type { Comparison } from '@footfall/buckets';
import { COMPARISON_COLOR, WALK_IN_COLOR, WALK_OUT_COLOR } from './colors.ts';

/** A series' field on a bucket, a series point and a chart point. */
export type SeriesKey = 'walkIn' | 'walkOut' | 'comparison';

/** Each series' value at a point (`null`: not counted, or for the comparison no data). */
export type SeriesValues = Record<Exclude<SeriesKey, 'comparison'>, number | null> & {
  /** Only with a comparison. */
  comparison?: number | null;
};

/**
 * The words the series are named with, by message key: every language's messages have them
 * (i18n/en.ts names them; this list names the keys only and imports no i18n).
 */
export type TextKey =
  | 'walkIns'
  | 'walkOuts'
  | 'notCountedByDevice'
  | 'notCountedByStore'
  | 'notCountedByDeviceLegend'
  | 'notCountedByStoreLegend'
  | 'comparisonWalkInsPrevious'
  | 'comparisonWalkInsWeek'
  | 'comparisonWalkInsYear'
  | 'partialLegend';

/** The series' words in one language. */
export type SeriesWords = Readonly<Record<TextKey, string>>;

/** What a chart is about. */
export type SubjectKind = 'device' | 'store';

/**
 * What a device or a store says about its counting (both carry `countsWalkOut`), and the earlier
 * range its answer is compared with, if any.
 */
export interface CountingSubject {
  kind: SubjectKind;
  countsWalkOut: boolean;
  comparison?: Comparison;
}

/** What decides which series a chart draws. */
export type DrawnSubject = Pick<CountingSubject, 'countsWalkOut' | 'comparison'>;

export interface SeriesSpec {
  key: SeriesKey;
  /** The series' name, e.g. "Walk-ins". */
  label: TextKey;
  /** The name by the kind of comparison, for the comparison's series. */
  labelByComparison?: Record<Comparison, TextKey>;
  /**
   * The legend's text for a subject that does not count the series, by the subject's kind (a
   * device does not count it; a store does not at every entrance). A series without one (the
   * comparison) is simply absent where it is not counted.
   */
  notCountedLabel?: Record<SubjectKind, TextKey>;
  /** The CSV column. */
  column: string;
  color: string;
  /** Whether `subject` counts the series; where it does not, its values are `null`. */
  counts: (subject: DrawnSubject) => boolean;
  /**
   * An overlay: drawn quieter than the series it is read against (a dashed, lighter line; pale
   * bars with a dashed edge), so it never passes for the view's own traffic.
   */
  overlay?: boolean;
  /**
   * A series read bucket by bucket against walk-ins (the comparison): the table and the CSV give
   * its bucket's start before its value and the change after it.
   */
  paired?: {
    startColumn: string;
    daysColumn: string;
    changeColumn: string;
    changePercentColumn: string;
  };
}

export const SERIES: readonly SeriesSpec[] = [
  {
    key: 'walkIn',
    label: 'walkIns',
    notCountedLabel: { device: 'notCountedByDevice', store: 'notCountedByStore' },
    column: 'walk_in',
    color: WALK_IN_COLOR,
    counts: () => true,
  },
  {
    key: 'walkOut',
    label: 'walkOuts',
    notCountedLabel: { device: 'notCountedByDeviceLegend', store: 'notCountedByStoreLegend' },
    column: 'walk_out',
    color: WALK_OUT_COLOR,
    counts: (subject) => subject.countsWalkOut,
  },
  {
    key: 'comparison',
    label: 'comparisonWalkInsPrevious',
    labelByComparison: {
      previous: 'comparisonWalkInsPrevious',
      week: 'comparisonWalkInsWeek',
      year: 'comparisonWalkInsYear',
    },
    column: 'comparison_walk_in',
    color: COMPARISON_COLOR,
    counts: (subject) => subject.comparison !== undefined,
    overlay: true,
    paired: {
      startColumn: 'comparison_start',
      daysColumn: 'comparison_days',
      changeColumn: 'change',
      changePercentColumn: 'change_percent',
    },
  },
];

/** A cell's text where the subject does not count a series, by the subject's kind. */
const NOT_COUNTED_VALUE: Record<SubjectKind, TextKey> = {
  device: 'notCountedByDevice',
  store: 'notCountedByStore',
};

/** A series as a subject shows it. */
export interface ShownSeries extends Omit<SeriesSpec, 'notCountedLabel'> {
  counted: boolean;
  /** The legend's text when not counted, for this subject. */
  notCountedLabel: TextKey;
  /** A value's text (a table cell, a tooltip) when not counted, for this subject. */
  notCountedValue: TextKey;
}

/** A series' name for `subject`: the comparison's says which earlier range it is. */
const labelFor = (spec: SeriesSpec, subject: DrawnSubject): TextKey =>
  spec.labelByComparison && subject.comparison
    ? spec.labelByComparison[subject.comparison]
    : spec.label;

/**
 * Every series the subject has, each marked with whether `subject` counts it: a legend lists them
 * all, a chart draws the counted ones. The comparison is there only when the answer has one.
 *
 * @example seriesFor({ kind: 'store', countsWalkOut: false }).filter((s) => s.counted).map((s) => s.key) // ['walkIn']
 */
export function seriesFor(subject: CountingSubject): ShownSeries[] {
  return SERIES.flatMap((spec) => {
    const counted = spec.counts(subject);
    if (!counted && !spec.notCountedLabel) return [];
    const label = labelFor(spec, subject);
    return [
      {
        ...spec,
        label,
        counted,
        notCountedLabel: spec.notCountedLabel?.[subject.kind] ?? label,
        notCountedValue: NOT_COUNTED_VALUE[subject.kind],
      },
    ];
  });
}

/** The series `subject` counts, in drawing order (what a chart draws needs no wording). */
export function countedSeries(subject: DrawnSubject): SeriesSpec[] {
  return SERIES.filter((spec) => spec.counts(subject)).map((spec) => ({
    ...spec,
    label: labelFor(spec, subject),
  }));
}

/** A legend entry: its name, its colour (none: not counted) and whether it is an overlay. */
export interface LegendEntry {
  label: string;
  color: string | undefined;
  overlay?: boolean;
  /** The key to the hatched bars of buckets the range cuts. */
  partial?: boolean;
}

/**
 * A chart's legend: each series' entry, and when the chart has a bucket the range cuts, the key
 * to its hatched bars and the `*` of its label.
 */
export function legendEntries(
  counting: CountingSubject,
  t: SeriesWords,
  partial: boolean,
): LegendEntry[] {
  const entries = seriesFor(counting).map((series) => legendEntry(series, t));
  return partial
    ? [...entries, { label: t.partialLegend, color: PARTIAL_SWATCH_COLOR, partial: true }]
    : entries;
}

/** A series' entry in a legend: its name, or what is not counted with no colour. */
function legendEntry(series: ShownSeries, t: SeriesWords): LegendEntry {
  if (!series.counted) return { label: t[series.notCountedLabel], color: undefined };
  return {
    label: t[series.label],
    color: series.color,
    ...(series.overlay === true && { overlay: true }),
  };
}

/**
 * A legend entry's swatch, the same in the recharts legend and the first paint: filled, dashed
 * and hollow for an overlay (its line is dashed), an empty dashed box for what is not counted.
 */
export function swatchLook(entry: LegendEntry): {
  className: string;
  background: string;
  borderColor?: string;
} {
  if (entry.color === undefined)
    return { className: 'swatch swatch-empty', background: 'transparent' };
  if (entry.partial === true) {
    return {
      className: 'swatch swatch-partial',
      background: `repeating-linear-gradient(45deg, ${entry.color} 0 2px, transparent 2px 5px)`,
    };
  }
  if (entry.overlay === true) {
    return {
      className: 'swatch swatch-overlay',
      background: 'transparent',
      borderColor: entry.color,
    };
  }
  return { className: 'swatch', background: entry.color };
}

/** The partial key's hatch, grey: it stands for every series' bars. */
const PARTIAL_SWATCH_COLOR = '#6b7280';

/**
 * How a bar of a bucket the range cuts is drawn: hatched in its series' colour, stripes
 * `HATCH.stripe` wide every `HATCH.size` pixels, between them the colour at `HATCH.paleOpacity`.
 * The pattern is SVG markup, so the recharts chart, the first paint and the PNG share it.
 */
const HATCH = { size: 6, stripe: 3, paleOpacity: 0.3 } as const;

/** The id of a series' hatch pattern inside one chart (`chart`: the chart's own prefix). */
export const hatchId = (chart: string, key: SeriesKey): string => `${chart}-partial-${key}`;

/**
 * The hatch patterns of `series`, as `<pattern>` markup to put inside the chart's `<defs>`.
 *
 * @example hatchPatterns('first-paint', countedSeries({ countsWalkOut: true }))
 */
export function hatchPatterns(chart: string, series: readonly Pick<SeriesSpec, 'key' | 'color'>[]) {
  const { size, stripe, paleOpacity } = HATCH;
  return series
    .map(
      ({ key, color }) =>
        `<pattern id="${hatchId(chart, key)}" patternUnits="userSpaceOnUse" width="${size}" height="${size}" patternTransform="rotate(45)"><rect width="${size}" height="${size}" fill="${color}" fill-opacity="${paleOpacity}"/><rect width="${stripe}" height="${size}" fill="${color}"/></pattern>`,
    )
    .join('');
}

/** How an overlay is drawn: dashed, and bars pale with the dashed edge in the series' colour. */
export const OVERLAY_STYLE = {
  strokeDasharray: '6 4',
  strokeWidth: 1.5,
  barFillOpacity: 0.35,
} as const;
