import { describe, expect, it } from 'vitest';
import { formatIsoInZone, fromWall, isValidTimeZone, offsetAt, toWall } from './zone.ts';

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

  it('should tell real zones from made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
