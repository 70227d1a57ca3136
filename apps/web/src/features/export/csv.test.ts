// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toSeries } from '../../domain/series.ts';
import { toCsv } from './csv.ts';
import { fileName, fileStem } from './download.ts';

describe('toCsv', () => {
  it('should write a header and one row per bucket with ISO starts', () => {
    const series = toSeries([
      { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: 10 },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 1234, walkOut: 0 },
    ]);
    expect(toCsv(series, 'hour')).toBe(
      'start,days,walk_in,walk_out\n2023-03-29T10:00:00+08:00,,12,10\n2023-03-29T11:00:00+08:00,,1234,0\n',
    );
  });

  it('should leave walk-out cells empty where they are not counted', () => {
    const series = toSeries([
      { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: null },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 7, walkOut: 3 },
    ]);
    expect(toCsv(series, 'hour').split('\n').slice(1, 3)).toEqual([
      '2023-03-29T10:00:00+08:00,,12,',
      '2023-03-29T11:00:00+08:00,,7,3',
    ]);
    expect(toCsv(series, 'hour', false)).toContain('2023-03-29T11:00:00+08:00,,7,\n');
  });
});

describe('toCsv with a comparison', () => {
  it('should add the compared bucket, its walk-ins and the change, no data never 0', () => {
    const series = [
      ...toSeries([{ start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: 10 }]).map((p) => ({
        ...p,
        comparison: 8,
        comparisonStart: '2023-03-22T10:00:00+08:00',
      })),
      ...toSeries([{ start: '2023-03-29T11:00:00+08:00', walkIn: 7, walkOut: 3 }]).map((p) => ({
        ...p,
        comparison: null,
        comparisonStart: '2023-03-22T11:00:00+08:00',
      })),
      ...toSeries([{ start: '2023-03-29T12:00:00+08:00', walkIn: 5, walkOut: 3 }]).map((p) => ({
        ...p,
        comparison: 0,
        comparisonStart: '2023-03-22T12:00:00+08:00',
      })),
    ];
    expect(toCsv(series, 'hour', true, 'week').split('\n')).toEqual([
      'start,days,walk_in,walk_out,comparison_start,comparison_days,comparison_walk_in,change,change_percent',
      '2023-03-29T10:00:00+08:00,,12,10,2023-03-22T10:00:00+08:00,,8,4,50',
      '2023-03-29T11:00:00+08:00,,7,3,2023-03-22T11:00:00+08:00,,no data,,',
      '2023-03-29T12:00:00+08:00,,5,3,2023-03-22T12:00:00+08:00,,0,5,',
      '',
    ]);
    expect(toCsv(series, 'hour').split('\n')[0]).toBe('start,days,walk_in,walk_out');
  });
});

describe('toCsv days', () => {
  it("should give each bucket the range's days in it: fewer for a bucket the range cuts", () => {
    // 1–31 March 2023 by week: W9 holds 1–5 March, W13 27–31 March.
    const march = { from: '2023-03-01', to: '2023-03-31', granularity: 'week' } as const;
    const series = toSeries(
      [
        { start: '2023-02-27T00:00:00+08:00', walkIn: 50, walkOut: 40, partial: true, days: 5 },
        { start: '2023-03-06T00:00:00+08:00', walkIn: 70, walkOut: 60 },
        { start: '2023-03-27T00:00:00+08:00', walkIn: 30, walkOut: 20, partial: true, days: 5 },
      ],
      march,
    );
    expect(toCsv(series, 'week').split('\n')).toEqual([
      'start,days,walk_in,walk_out',
      '2023-02-27T00:00:00+08:00,5,50,40',
      '2023-03-06T00:00:00+08:00,7,70,60',
      '2023-03-27T00:00:00+08:00,5,30,20',
      '',
    ]);
  });

  it('should give a whole month its length, a day 1, and a compared bucket its own days', () => {
    const february = toSeries([{ start: '2023-02-01T00:00:00+08:00', walkIn: 9, walkOut: 9 }]);
    expect(toCsv(february, 'month').split('\n')[1]).toBe('2023-02-01T00:00:00+08:00,28,9,9');
    expect(toCsv(february, 'day').split('\n')[1]).toBe('2023-02-01T00:00:00+08:00,1,9,9');
    const compared = february.map((p) => ({
      ...p,
      comparison: 4,
      comparisonStart: '2023-01-01T00:00:00+08:00',
      comparisonHeld: { first: 0, last: 0, days: 12, periodDays: 31 },
    }));
    expect(toCsv(compared, 'month', true, 'previous').split('\n')[1]).toBe(
      '2023-02-01T00:00:00+08:00,28,9,9,2023-01-01T00:00:00+08:00,12,4,5,125',
    );
  });
});

describe('fileName', () => {
  it('should name the file by subject, range and granularity', () => {
    const view = {
      subject: 'd47c44906f14',
      from: '2023-03-27',
      to: '2023-04-02',
      granularity: 'hour',
    } as const;
    expect(fileName(fileStem(view), 'png')).toBe(
      'footfall-d47c44906f14-2023-03-27-2023-04-02-hour.png',
    );
    expect(fileName(fileStem(view), 'csv')).toBe(
      'footfall-d47c44906f14-2023-03-27-2023-04-02-hour.csv',
    );
  });
});
