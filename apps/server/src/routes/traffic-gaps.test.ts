import { formatIsoInZone, toWall } from '@footfall/buckets';
import type { Bucket } from '@footfall/contract';
import { describe, expect, it } from 'vitest';
import { parseDevices } from '../devices.ts';
import {
  BERLIN_DOOR,
  createHarness,
  FRONT_DOOR,
  GARDEN_DOOR,
  getTraffic,
  POPUP,
  storeTrafficBody,
  trafficBody,
} from '../test-kit.ts';

// Monday 6 to Sunday 12 May 2024: the front door is out all of the 6th and the 12th, and
// 13:00–16:00 on the 9th.
const week = { from: '2024-05-06', to: '2024-05-12' };
const day = (bucket: Bucket): string => bucket.start.slice(0, 10);

describe('GET /api/traffic, a door that goes offline', () => {
  it('should leave out the hours it sent nothing for, never answer them as 0', async () => {
    const { app } = createHarness();
    const traffic = trafficBody((await getTraffic(app, { mac: FRONT_DOOR, ...week })).body);
    const starts = new Set(traffic.buckets.map((bucket) => bucket.start));
    expect(traffic.buckets).toHaveLength(5 * 24 - 3);
    for (const hour of ['13', '14', '15']) {
      expect(starts.has(`2024-05-09T${hour}:00:00+08:00`)).toBe(false);
    }
    expect(starts.has('2024-05-09T16:00:00+08:00')).toBe(true);
    expect(traffic.buckets.filter((bucket) => day(bucket) === '2024-05-06')).toEqual([]);
    expect(traffic.buckets.filter((bucket) => day(bucket) === '2024-05-12')).toEqual([]);

    const days = trafficBody(
      (await getTraffic(app, { mac: FRONT_DOOR, ...week, granularity: 'day' })).body,
    );
    expect(days.buckets.map(day)).toEqual([
      '2024-05-07',
      '2024-05-08',
      '2024-05-09',
      '2024-05-10',
      '2024-05-11',
    ]);
  });

  it("should give the store the other door's counts on the silent day, and the door none", async () => {
    const { app } = createHarness();
    const store = storeTrafficBody(
      (await getTraffic(app, { store: POPUP, ...week, granularity: 'day' })).body,
    );
    const front = store.doors.find((door) => door.mac === FRONT_DOOR);
    const garden = store.doors.find((door) => door.mac === GARDEN_DOOR);
    expect(front?.buckets.map(day)).not.toContain('2024-05-12');
    const silent = store.buckets.find((bucket) => day(bucket) === '2024-05-12');
    expect(silent).toEqual(garden?.buckets.find((bucket) => day(bucket) === '2024-05-12'));
  });
});

describe('GET /api/traffic, a door whose walk-outs run high', () => {
  it('should answer walk-outs more than 10 % above walk-ins, day after day', async () => {
    const { app } = createHarness();
    const traffic = trafficBody(
      (await getTraffic(app, { mac: GARDEN_DOOR, ...week, granularity: 'day' })).body,
    );
    expect(traffic.buckets).toHaveLength(7);
    for (const bucket of traffic.buckets) {
      expect(bucket.walkOut ?? 0).toBeGreaterThan(bucket.walkIn * 1.1);
    }
  });
});

/** Starts that are real local times of `zone`, at distinct, increasing instants. */
function expectTrueStarts(buckets: readonly Bucket[], zone: string): void {
  const instants = buckets.map((bucket) => Date.parse(bucket.start));
  for (const [index, bucket] of buckets.entries()) {
    const instant = instants[index] ?? Number.NaN;
    expect(formatIsoInZone(toWall(instant, zone), zone)).toBe(bucket.start);
    if (index > 0) expect(instant).toBeGreaterThan(instants[index - 1] ?? Infinity);
  }
}

const sum = (buckets: readonly Bucket[]): number =>
  buckets.reduce((total, bucket) => total + bucket.walkIn, 0);

describe('GET /api/traffic across DST', () => {
  // Late 2026, so both of the year's changes are past.
  const later = Date.UTC(2026, 11, 1);

  it.each([
    // Europe/Berlin: 02:00 CET jumps to 03:00 CEST; 03:00 CEST falls back to 02:00 CET.
    ['Europe/Berlin', '2026-03-29', 23, '2026-03-29T03:00:00+02:00'],
    ['Europe/Berlin', '2026-10-25', 24, '2026-10-25T02:00:00+01:00'],
    // America/New_York: 02:00 EST jumps to 03:00 EDT; 02:00 EDT falls back to 01:00 EST.
    ['America/New_York', '2026-03-08', 23, '2026-03-08T03:00:00-04:00'],
    ['America/New_York', '2026-11-01', 24, '2026-11-01T02:00:00-05:00'],
  ])(
    'should answer %s on %s by hour with true starts and no count lost',
    async (zone, date, hours, changed) => {
      // The Berlin station door: open round the clock, so its nights have visitors.
      const devices = parseDevices([{ mac: BERLIN_DOOR, name: 'Door', timezone: zone }], zone);
      const { app, clock } = createHarness({ devices });
      clock.now = later;
      const query = { mac: BERLIN_DOOR, from: date, to: date };
      const hourly = trafficBody((await getTraffic(app, query)).body);
      expect(hourly.buckets).toHaveLength(hours);
      expectTrueStarts(hourly.buckets, zone);
      expect(hourly.buckets.map((bucket) => bucket.start)).toContain(changed);
      expect(hourly.buckets.every((bucket) => bucket.walkIn > 0)).toBe(true);

      const daily = trafficBody((await getTraffic(app, { ...query, granularity: 'day' })).body);
      expect(daily.buckets).toHaveLength(1);
      // Every platform row of the day is in an hour: the skipped label joined the next hour, the
      // repeated one's two rows were added up.
      expect(sum(hourly.buckets)).toBe(daily.totals.walkIn);
      expect(hourly.totals.walkIn).toBe(daily.totals.walkIn);
    },
  );

  it.each([
    ['Europe/Berlin', '2026-03-23', '2026-04-05'],
    ['Europe/Berlin', '2026-10-19', '2026-11-01'],
    ['America/New_York', '2026-03-02', '2026-03-15'],
    ['America/New_York', '2026-10-26', '2026-11-08'],
  ])(
    'should answer %s from %s to %s by day and by week with true starts',
    async (zone, from, to) => {
      const devices = parseDevices([{ mac: BERLIN_DOOR, name: 'Door', timezone: zone }], zone);
      const { app, clock } = createHarness({ devices });
      clock.now = later;
      const query = { mac: BERLIN_DOOR, from, to };
      const daily = trafficBody((await getTraffic(app, { ...query, granularity: 'day' })).body);
      expect(daily.buckets).toHaveLength(14);
      expectTrueStarts(daily.buckets, zone);
      expect(new Set(daily.buckets.map((bucket) => bucket.start.slice(19))).size).toBe(2);

      const weekly = trafficBody((await getTraffic(app, { ...query, granularity: 'week' })).body);
      expect(weekly.buckets).toHaveLength(2);
      expectTrueStarts(weekly.buckets, zone);
      expect(weekly.totals.walkIn).toBe(daily.totals.walkIn);
    },
  );
});
