// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sampleTraffic, type TrafficQuery } from '../test/sample-traffic.ts';
import { viewSeries } from './pairing.ts';

const DAY: TrafficQuery = {
  mac: 'd47c44906f14',
  store: '',
  from: '2023-03-29',
  to: '2023-03-29',
  granularity: 'hour',
  businessHours: 'false',
};

describe('viewSeries', () => {
  it("should pair each hour with the same hour a week earlier, by the range's expected hours", () => {
    const traffic = sampleTraffic({ ...DAY, compare: 'week' });
    const series = viewSeries(traffic);
    expect(series).toHaveLength(24);
    const at = (hour: string) => series.find((p) => p.start.slice(11, 13) === hour);
    expect(at('10')).toMatchObject({
      walkIn: 12,
      comparison: 10,
      comparisonStart: '2023-03-22T10:00:00+08:00',
    });
    expect(at('11')).toMatchObject({ walkIn: 1234, comparison: 987 });
  });

  it('should give no data, never 0, where either side lacks a bucket, without shifting the rest', () => {
    const traffic = sampleTraffic({ ...DAY, compare: 'previous' });
    const comparison = traffic.comparison;
    if (!comparison) throw new Error('asked for a comparison');
    // The earlier 10:00 is missing: 11:00 still pairs with 11:00.
    const earlierMissing = {
      ...traffic,
      comparison: { ...comparison, buckets: comparison.buckets.slice(1) },
    };
    const series = viewSeries(earlierMissing);
    const at = (hour: string) => series.find((p) => p.start.slice(11, 13) === hour);
    expect(at('10')).toMatchObject({
      walkIn: 12,
      comparison: null,
      comparisonStart: '2023-03-28T10:00:00+08:00',
    });
    expect(at('11')).toMatchObject({ walkIn: 1234, comparison: 987 });
    // An hour with no data now is no data, its earlier hour still beside it.
    expect(at('03')).toMatchObject({ walkIn: null, missing: true, comparison: null });
  });

  it('should leave a series without a comparison as it is', () => {
    const series = viewSeries(sampleTraffic(DAY));
    expect(series.every((p) => !('comparison' in p))).toBe(true);
  });
});

describe('viewSeries, pairing buckets', () => {
  /** A range with no data on either side: each point's compared bucket is its pairing alone. */
  function pairingOf(
    view: { from: string; to: string; granularity: 'hour' | 'week'; timezone: string },
    earlier: { from: string; to: string },
  ) {
    // The sample's shell (its device); the range, buckets and comparison are the view's own.
    const traffic = sampleTraffic(DAY);
    const series = viewSeries({
      ...traffic,
      ...view,
      buckets: [],
      comparison: { kind: 'previous', ...earlier, buckets: [], totals: { walkIn: 0, walkOut: 0 } },
    });
    return new Map(series.map((p) => [p.start, p.comparisonStart]));
  }

  it('should pair the hours of a DST day by their clock hour, not shift the rest by one', () => {
    // 2026-03-29 in Berlin has no 02:00; the week before has.
    const pairs = pairingOf(
      { from: '2026-03-29', to: '2026-03-29', granularity: 'hour', timezone: 'Europe/Berlin' },
      { from: '2026-03-22', to: '2026-03-22' },
    );
    expect(pairs.size).toBe(23);
    expect([...pairs.values()].every((start) => start !== undefined)).toBe(true);
    expect(pairs.get('2026-03-29T03:00:00+02:00')).toBe('2026-03-22T03:00:00+01:00');
    expect(pairs.get('2026-03-29T23:00:00+02:00')).toBe('2026-03-22T23:00:00+01:00');
  });

  it('should pair coarser buckets by their index in the expected buckets', () => {
    // 31 days of March against the 31 days before: weeks of both, first with first.
    const pairs = pairingOf(
      { from: '2023-03-01', to: '2023-03-31', granularity: 'week', timezone: 'Asia/Shanghai' },
      { from: '2023-01-29', to: '2023-02-28' },
    );
    expect(pairs.get('2023-02-27T00:00:00+08:00')).toBe('2023-01-23T00:00:00+08:00');
    expect(pairs.get('2023-03-06T00:00:00+08:00')).toBe('2023-01-30T00:00:00+08:00');
  });
});
