// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toSeries } from '../chart/series.ts';
import { toCsv } from './csv.ts';
import { exportFileName } from './download.ts';

describe('toCsv', () => {
  it('should write a header and one row per bucket with ISO starts', () => {
    const series = toSeries([
      { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: 10 },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 1234, walkOut: 0 },
    ]);
    expect(toCsv(series)).toBe(
      'start,walk_in,walk_out\n2023-03-29T10:00:00+08:00,12,10\n2023-03-29T11:00:00+08:00,1234,0\n',
    );
  });

  it('should leave walk-out cells empty where they are not counted', () => {
    const series = toSeries([
      { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: null },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 7, walkOut: 3 },
    ]);
    expect(toCsv(series).split('\n').slice(1, 3)).toEqual([
      '2023-03-29T10:00:00+08:00,12,',
      '2023-03-29T11:00:00+08:00,7,3',
    ]);
    expect(toCsv(series, false)).toContain('2023-03-29T11:00:00+08:00,7,\n');
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
    expect(toCsv(series, true, 'week').split('\n')).toEqual([
      'start,walk_in,walk_out,comparison_start,comparison_walk_in,change,change_percent',
      '2023-03-29T10:00:00+08:00,12,10,2023-03-22T10:00:00+08:00,8,4,50',
      '2023-03-29T11:00:00+08:00,7,3,2023-03-22T11:00:00+08:00,no data,,',
      '2023-03-29T12:00:00+08:00,5,3,2023-03-22T12:00:00+08:00,0,5,',
      '',
    ]);
    expect(toCsv(series).split('\n')[0]).toBe('start,walk_in,walk_out');
  });
});

describe('exportFileName', () => {
  it('should name the file by subject, range and granularity', () => {
    const view = {
      subject: 'd47c44906f14',
      from: '2023-03-27',
      to: '2023-04-02',
      granularity: 'hour',
    } as const;
    expect(exportFileName(view, 'png')).toBe(
      'footfall-d47c44906f14-2023-03-27-2023-04-02-hour.png',
    );
    expect(exportFileName(view, 'csv')).toBe(
      'footfall-d47c44906f14-2023-03-27-2023-04-02-hour.csv',
    );
  });
});
