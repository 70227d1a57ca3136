import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  parseCompact,
  parseIsoLocal,
  parsePlatformTime,
  formatDate,
  formatIsoLocal,
  formatWallTime,
  parseDate,
  parseWallTime,
  wallFromParts,
} from './wall-time.ts';

const NOON = { year: 2023, month: 3, day: 29, hour: 12, minute: 0, second: 0 };

describe('wallFromParts', () => {
  it('should build the wall time of fields in range, from year 1 to 9999', () => {
    expect(wallFromParts(NOON)).toBe(Date.UTC(2023, 2, 29, 12));
    expect(formatWallTime(wallFromParts({ ...NOON, year: 1, month: 1, day: 1 }) ?? NaN)).toBe(
      '0001-01-01 12:00:00',
    );
    expect(
      formatWallTime(
        wallFromParts({ year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59 }) ?? NaN,
      ),
    ).toBe('9999-12-31 23:59:59');
  });

  it.each([
    { year: 0 },
    { year: 10000 },
    { month: 0 },
    { month: 13 },
    { day: 0 },
    { day: 31, month: 4 },
    { hour: -1 },
    { hour: 24 },
    { minute: -1 },
    { minute: 60 },
    { second: -1 },
    { second: 60 },
  ])('should refuse %o', (field) => {
    expect(wallFromParts({ ...NOON, ...field })).toBeUndefined();
  });
});

describe('parseWallTime', () => {
  it.each([
    ['2023-03-29 10:15:30', Date.UTC(2023, 2, 29, 10, 15, 30)],
    ['2023-03-29 10:15', Date.UTC(2023, 2, 29, 10, 15)],
    ['2023-03-29 10', Date.UTC(2023, 2, 29, 10)],
    ['2023-03-29', Date.UTC(2023, 2, 29)],
    ['2023-03', Date.UTC(2023, 2, 1)],
    ['2023', Date.UTC(2023, 0, 1)],
    ['2024-02-29 23:59:59', Date.UTC(2024, 1, 29, 23, 59, 59)],
  ])('should read %s', (label, expected) => {
    expect(parseWallTime(label)).toBe(expected);
  });

  it('should read a label with blanks around it', () => {
    expect(parseWallTime(' 2023-03-29 10 ')).toBe(Date.UTC(2023, 2, 29, 10));
  });

  it.each([
    '',
    '2023-3-29',
    '2023-02-30',
    '2023-13',
    '2023-03-29 24',
    '2023-03-29 10:60',
    'abc',
    '1680000000000',
    'x2023-03-29',
    '2023-03-29x',
    '0000-01-01',
  ])('should refuse %j', (label) => {
    expect(parseWallTime(label)).toBeUndefined();
  });
});

describe('parseDate', () => {
  it('should read a calendar date to its midnight', () => {
    expect(parseDate('2023-03-29')).toBe(Date.UTC(2023, 2, 29));
  });

  it.each(['2023-03', '2023-03-29 10', '2023-02-29', '29/03/2023', ' 2023-03-29', '2023-03-29 '])(
    'should refuse %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});

describe('formatting', () => {
  const wall = Date.UTC(2023, 2, 9, 7, 5, 3);

  it('should write the platform formats', () => {
    expect(formatDate(wall)).toBe('2023-03-09');
    expect(formatWallTime(wall)).toBe('2023-03-09 07:05:03');
    expect(formatCompact(wall)).toBe('20230309070503');
    expect(formatIsoLocal(wall)).toBe('2023-03-09T07:05:03');
  });

  it('should write a year before 1000 with four digits', () => {
    const early = wallFromParts({ year: 999, month: 1, day: 2, hour: 3, minute: 4, second: 5 });
    expect(formatDate(early ?? NaN)).toBe('0999-01-02');
  });

  it('should round-trip through parseWallTime', () => {
    expect(parseWallTime(formatWallTime(wall))).toBe(wall);
  });
});

describe('exact platform formats', () => {
  it('should read yyyy-MM-dd HH:mm:ss and nothing shorter or impossible', () => {
    expect(parsePlatformTime('2023-03-29 23:59:59')).toBe(Date.UTC(2023, 2, 29, 23, 59, 59));
    expect(parsePlatformTime('2023-03-29 23:59')).toBeUndefined();
    expect(parsePlatformTime('2023-02-29 00:00:00')).toBeUndefined();
    expect(parsePlatformTime(' 2023-03-29 23:59:59')).toBeUndefined();
    expect(parsePlatformTime('2023-03-29 23:59:59 ')).toBeUndefined();
  });

  it('should read the compact timestamp', () => {
    expect(parseCompact('20230329235959')).toBe(Date.UTC(2023, 2, 29, 23, 59, 59));
    expect(parseCompact('20231329235959')).toBeUndefined();
    expect(parseCompact('2023032923595')).toBeUndefined();
    expect(parseCompact('x20230329235959')).toBeUndefined();
    expect(parseCompact('20230329235959x')).toBeUndefined();
  });

  it('should read the local part of an ISO start, whatever its offset', () => {
    expect(parseIsoLocal('2023-03-29T10:00:00+08:00')).toBe(Date.UTC(2023, 2, 29, 10));
    expect(parseIsoLocal('2023-03-29T10:00:00-04:00')).toBe(Date.UTC(2023, 2, 29, 10));
    expect(parseIsoLocal('2023-03-29T10:00:00Z')).toBe(Date.UTC(2023, 2, 29, 10));
    expect(parseIsoLocal('2023-03-29 10:00:00')).toBeUndefined();
    expect(parseIsoLocal('x2023-03-29T10:00:00Z')).toBeUndefined();
    expect(parseIsoLocal('2023-03-29T10:00:00Zx')).toBeUndefined();
    expect(parseIsoLocal('2023-02-30T10:00:00Z')).toBeUndefined();
  });
});
