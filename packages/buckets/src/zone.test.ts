import { describe, expect, it } from 'vitest';
import { addBuckets } from './bucket.ts';
import type { Granularity } from './granularity.ts';
import {
  formatIsoInZone,
  fromWall,
  isValidTimeZone,
  offsetAt,
  realWall,
  toWall,
  zonedBucketStart,
} from './zone.ts';
import { wallFromParts } from './wall-time.ts';

const HOUR = 3_600_000;

describe('zone conversions', () => {
  it('should convert Shanghai wall time to instants and back', () => {
    const wall = Date.UTC(2023, 2, 29, 10);
    const instant = fromWall(wall, 'Asia/Shanghai');
    expect(instant).toBe(Date.UTC(2023, 2, 29, 2));
    expect(toWall(instant, 'Asia/Shanghai')).toBe(wall);
    expect(offsetAt(instant, 'Asia/Shanghai')).toBe(8 * HOUR);
  });

  it('should write ISO 8601 with the offset in force at that moment', () => {
    expect(formatIsoInZone(Date.UTC(2023, 2, 29, 10), 'Asia/Shanghai')).toBe(
      '2023-03-29T10:00:00+08:00',
    );
    expect(formatIsoInZone(Date.UTC(2023, 0, 15), 'Europe/Berlin')).toBe(
      '2023-01-15T00:00:00+01:00',
    );
    expect(formatIsoInZone(Date.UTC(2023, 6, 15), 'Europe/Berlin')).toBe(
      '2023-07-15T00:00:00+02:00',
    );
    expect(formatIsoInZone(Date.UTC(2023, 6, 15), 'Asia/Kolkata')).toBe(
      '2023-07-15T00:00:00+05:30',
    );
    expect(formatIsoInZone(Date.UTC(2023, 6, 15), 'America/New_York')).toBe(
      '2023-07-15T00:00:00-04:00',
    );
  });

  it('should move a wall time skipped by a DST jump past the jump', () => {
    // 2023-03-12 02:30 does not exist in New York: clocks go from 02:00 EST to 03:00 EDT.
    const instant = fromWall(Date.UTC(2023, 2, 12, 2, 30), 'America/New_York');
    expect(toWall(instant, 'America/New_York')).toBe(Date.UTC(2023, 2, 12, 3, 30));
  });

  it('should give every hour of a DST day its own instant', () => {
    const zone = 'Europe/Berlin';
    const day = Date.UTC(2023, 9, 29);
    const instants = Array.from({ length: 24 }, (_, h) => fromWall(day + h * HOUR, zone));
    expect(new Set(instants).size).toBe(24);
    for (const [h, instant] of instants.entries()) {
      expect(toWall(instant, zone)).toBe(day + h * HOUR);
    }
  });

  it('should write UTC with a +00:00 offset', () => {
    expect(formatIsoInZone(Date.UTC(2023, 0, 15), 'UTC')).toBe('2023-01-15T00:00:00+00:00');
  });

  it('should convert the first day of year 1 where its instant is still 1 BC in UTC', () => {
    const wall = wallFromParts({ year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0 }) ?? NaN;
    expect(toWall(fromWall(wall, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe(wall);
    expect(formatIsoInZone(wall, 'Asia/Tokyo').slice(0, 19)).toBe('0001-01-01T00:00:00');
  });

  it('should tell real zones from made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

/** The bucket starts of `count` buckets from `first`, as the API writes them. */
function startsOf(first: number, granularity: Granularity, count: number, zone: string): string[] {
  const starts = new Set<number>();
  for (let i = 0; i < count; i++) {
    starts.add(zonedBucketStart(addBuckets(first, granularity, i), granularity, zone));
  }
  return [...starts].map((wall) => formatIsoInZone(wall, zone));
}

/** Each ISO string's instant, which must all differ. */
const instantsOf = (isos: readonly string[]): number[] => isos.map((iso) => Date.parse(iso));

describe('bucket starts across DST', () => {
  it.each([
    [
      'Europe/Berlin',
      Date.UTC(2026, 2, 29),
      '2026-03-29T01:00:00+01:00',
      '2026-03-29T03:00:00+02:00',
    ],
    [
      'America/New_York',
      Date.UTC(2026, 2, 8),
      '2026-03-08T01:00:00-05:00',
      '2026-03-08T03:00:00-04:00',
    ],
  ])('should fold the hour %s skips into the next real hour', (zone, day, before, after) => {
    const starts = startsOf(day, 'hour', 24, zone);
    expect(starts).toHaveLength(23);
    expect(starts[1]).toBe(before);
    expect(starts[2]).toBe(after);
    expect(new Set(instantsOf(starts)).size).toBe(23);
    // Each start is a real local time: reading it back in the zone gives the same wall clock.
    for (const iso of starts) {
      const instant = Date.parse(iso);
      expect(formatIsoInZone(toWall(instant, zone), zone)).toBe(iso);
    }
  });

  it.each([
    ['Europe/Berlin', Date.UTC(2026, 9, 25), '+02:00', '+01:00'],
    ['America/New_York', Date.UTC(2026, 10, 1), '-04:00', '-05:00'],
  ])(
    'should give each wall hour its own instant on the day %s falls back',
    (zone, day, summer, winter) => {
      const starts = startsOf(day, 'hour', 24, zone);
      expect(starts).toHaveLength(24);
      expect(starts[0]?.endsWith(summer)).toBe(true);
      expect(starts[23]?.endsWith(winter)).toBe(true);
      expect(new Set(instantsOf(starts)).size).toBe(24);
    },
  );

  it.each(['Europe/Berlin', 'America/New_York'])(
    'should start the days around both of %s transitions at real midnights',
    (zone) => {
      for (const first of [Date.UTC(2026, 2, 1), Date.UTC(2026, 9, 20)]) {
        const starts = startsOf(first, 'day', 20, zone);
        expect(starts).toHaveLength(20);
        expect(starts.every((iso) => iso.slice(11, 19) === '00:00:00')).toBe(true);
        const instants = instantsOf(starts);
        expect(instants).toEqual([...instants].sort((a, b) => a - b));
        expect(new Set(instants).size).toBe(20);
      }
    },
  );

  it('should start a day whose midnight is skipped at its first real moment', () => {
    // Havana springs forward at midnight: 2026-03-08 00:00 does not exist, the day starts at 01:00.
    const zone = 'America/Havana';
    const day = Date.UTC(2026, 2, 8);
    expect(realWall(day, zone)).toBe(day + HOUR);
    expect(zonedBucketStart(day + 5 * HOUR, 'day', zone)).toBe(day + HOUR);
    expect(formatIsoInZone(day, zone)).toBe('2026-03-08T01:00:00-04:00');
  });

  it('should leave a real wall time as it is', () => {
    expect(realWall(Date.UTC(2026, 2, 29, 4), 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 4));
    expect(zonedBucketStart(Date.UTC(2026, 2, 29, 4, 59), 'hour', 'Europe/Berlin')).toBe(
      Date.UTC(2026, 2, 29, 4),
    );
  });
});
