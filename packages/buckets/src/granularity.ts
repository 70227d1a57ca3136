/** The sizes of bucket a chart can show, finest first. */
export const GRANULARITIES = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;

export type Granularity = (typeof GRANULARITIES)[number];

const TIME_TYPES: Record<Granularity, number> = {
  hour: 1,
  day: 2,
  week: 3,
  month: 4,
  quarter: 5,
  year: 6,
};

export function isGranularity(value: unknown): value is Granularity {
  return (GRANULARITIES as readonly unknown[]).includes(value);
}

/**
 * The platform's `timeType` for a granularity (1 hour … 6 year).
 *
 * @example timeTypeOf('week') // 3
 */
export function timeTypeOf(granularity: Granularity): number {
  return TIME_TYPES[granularity];
}

/** The granularity of a platform `timeType`, or `undefined` when it names none. */
export function granularityOfTimeType(timeType: number): Granularity | undefined {
  return GRANULARITIES.find((granularity) => TIME_TYPES[granularity] === timeType);
}
