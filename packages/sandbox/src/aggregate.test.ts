import { bucketStart, GRANULARITIES, parseWallTime, type Granularity } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './app.ts';
import { DEMO_DEVICES } from './devices.ts';
import { NOW, rowsOf, type Row } from './test-support.ts';

const sandbox = createSandbox({ now: () => NOW });
const MAIN = 'd47c44906f14';
const FACE = 'd47c44906f16';
const KIOSK = 'a0b1c2d3e4f5';

function wall(time: string): number {
  const value = parseWallTime(time);
  if (value === undefined) throw new Error(`bad label ${time}`);
  return value;
}

const query = (mac: string, startTime: string, endTime: string, g: Granularity, business = false) =>
  rowsOf(sandbox, {
    mac,
    startTime,
    endTime,
    timeType: String(GRANULARITIES.indexOf(g) + 1),
    isOnBusinessTime: business ? '1' : '0',
  });

/** Hourly rows summed into the buckets of `g`, as label → [walk-ins, walk-outs]. */
function rollUp(hours: readonly Row[], g: Granularity): Map<number, [number, number]> {
  const sums = new Map<number, [number, number]>();
  for (const row of hours) {
    const start = bucketStart(wall(row.time), g);
    const [walkIn, walkOut] = sums.get(start) ?? [0, 0];
    sums.set(start, [walkIn + row.passengerFlow, walkOut + (row.outFlowCount ?? 0)]);
  }
  return sums;
}

const asMap = (rows: readonly Row[]): Map<number, [number, number]> =>
  new Map(rows.map((row) => [wall(row.time), [row.passengerFlow, row.outFlowCount ?? 0]]));

describe('aggregateTraffic', () => {
  const ranges: [string, string, string][] = [
    ['a whole year', '2023-01-01 00:00:00', '2023-12-31 23:59:59'],
    ['a range cutting weeks, months and quarters', '2023-02-15 13:00:00', '2023-08-09 10:59:59'],
  ];

  describe.each(ranges)('over %s', (_name, startTime, endTime) => {
    it.each([false, true])(
      'should sum hours into every coarser bucket (business hours %s)',
      async (business) => {
        const hours = await query(MAIN, startTime, endTime, 'hour', business);
        for (const g of GRANULARITIES.slice(1)) {
          const rows = await query(MAIN, startTime, endTime, g, business);
          expect({ g, buckets: asMap(rows) }).toEqual({ g, buckets: rollUp(hours, g) });
        }
      },
    );
  });

  it('should label each bucket with its start, weeks starting on Monday', async () => {
    const [start, end] = ['2023-01-01 00:00:00', '2023-12-31 23:59:59'];
    expect(await query(MAIN, start, end, 'hour')).toHaveLength(8760);
    const weeks = await query(MAIN, start, end, 'week');
    expect(weeks[0]?.time).toBe('2022-12-26 00:00:00');
    expect(weeks[1]?.time).toBe('2023-01-02 00:00:00');
    const quarters = await query(MAIN, start, end, 'quarter');
    expect(quarters.map((row) => row.time.slice(0, 10))).toEqual([
      '2023-01-01',
      '2023-04-01',
      '2023-07-01',
      '2023-10-01',
    ]);
    const [year] = await query(MAIN, start, end, 'year');
    expect(year?.time).toBe('2023-01-01 00:00:00');
  });

  it.each(GRANULARITIES)(
    'should keep business-hours %s buckets within the all-day ones',
    async (g) => {
      // The face device too: its de-duplicated buckets never count more for fewer hours.
      for (const mac of [MAIN, FACE]) {
        const all = asMap(await query(mac, '2023-12-20 00:00:00', '2024-01-10 23:59:59', g));
        const business = await query(mac, '2023-12-20 00:00:00', '2024-01-10 23:59:59', g, true);
        expect(business.length).toBeGreaterThan(0);
        for (const row of business) {
          const [walkIn, walkOut] = all.get(wall(row.time)) ?? [-1, -1];
          expect(row.passengerFlow).toBeLessThanOrEqual(walkIn);
          expect(row.outFlowCount ?? 0).toBeLessThanOrEqual(walkOut);
        }
      }
    },
  );

  it("should keep only each store's own business hours", async () => {
    const hoursOf = async (mac: string) =>
      new Set(
        (await query(mac, '2024-03-11 00:00:00', '2024-03-12 23:59:59', 'hour', true)).map((row) =>
          Number(row.time.slice(11, 13)),
        ),
      );
    expect([...(await hoursOf(MAIN))].sort((a, b) => a - b)).toEqual([
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ]);
    expect(Math.min(...(await hoursOf(KIOSK)))).toBe(7);
    expect(Math.max(...(await hoursOf(KIOSK)))).toBe(19);
  });

  it('should send no walk-out field for the face-recognition device', async () => {
    for (const g of GRANULARITIES) {
      const rows = await query(FACE, '2024-03-01 00:00:00', '2024-03-13 23:59:59', g);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).not.toHaveProperty('outFlowCount');
    }
    const [main] = await query(MAIN, '2024-03-01 00:00:00', '2024-03-01 23:59:59', 'day');
    expect(main).toHaveProperty('outFlowCount');
  });

  it('should answer the same numbers twice, from any sandbox', async () => {
    const params = { mac: MAIN, startTime: '2024-01-01 00:00:00', endTime: '2024-03-14 23:59:59' };
    const first = await rowsOf(sandbox, params);
    expect(await rowsOf(sandbox, params)).toEqual(first);
    expect(await rowsOf(createSandbox({ now: () => NOW }), params)).toEqual(first);
  });

  it('should have no future hours, and today only partly counted', async () => {
    // 14:30 in Shanghai, 15:30 in Tokyo.
    const today = await query(MAIN, '2024-03-14 00:00:00', '2024-03-20 23:59:59', 'hour');
    expect(today.at(-1)?.time).toBe('2024-03-14 14:00:00');
    const later = NOW + 2 * 3_600_000;
    const full = await rowsOf(
      createSandbox({ now: () => later }),
      { mac: MAIN, startTime: '2024-03-14 14:00:00', endTime: '2024-03-14 14:59:59' },
      later,
    );
    expect(today.at(-1)?.passengerFlow).toBe(Math.floor((full[0]?.passengerFlow ?? 0) / 2));

    const days = await query(MAIN, '2024-03-13 00:00:00', '2024-03-20 23:59:59', 'day');
    expect(days.map((row) => row.time)).toEqual(['2024-03-13 00:00:00', '2024-03-14 00:00:00']);
    expect(days[1]?.passengerFlow).toBeLessThan(days[0]?.passengerFlow ?? 0);

    const tokyo = DEMO_DEVICES.find((device) => device.timezone === 'Asia/Tokyo');
    const there = await query(
      tokyo?.mac ?? '',
      '2024-03-14 00:00:00',
      '2024-03-14 23:59:59',
      'hour',
    );
    expect(there.at(-1)?.time).toBe('2024-03-14 15:00:00');
    expect(await query(MAIN, '2024-03-15 00:00:00', '2024-03-16 23:59:59', 'day')).toEqual([]);
  });

  it('should count an hour that overlaps the range', async () => {
    const rows = await query(MAIN, '2024-03-13 12:30:00', '2024-03-13 13:10:00', 'hour');
    expect(rows.map((row) => row.time)).toEqual(['2024-03-13 12:00:00', '2024-03-13 13:00:00']);
  });
});

describe('aggregateTraffic, the troubled doors', () => {
  const FRONT = '3c5a8b1e7d01';
  const GARDEN = '3c5a8b1e7d02';

  it('should send no rows while the front door is offline, never zeros', async () => {
    const hours = await query(FRONT, '2024-03-06 00:00:00', '2024-03-08 23:59:59', 'hour');
    const labels = new Set(hours.map((row) => row.time));
    // Wednesday 6 March: the afternoon outage; Thursday 7 March: silent all day.
    for (const hour of ['13', '14', '15'])
      expect(labels.has(`2024-03-06 ${hour}:00:00`)).toBe(false);
    expect(labels.has('2024-03-06 12:00:00')).toBe(true);
    expect(labels.has('2024-03-06 16:00:00')).toBe(true);
    expect(hours.filter((row) => row.time.startsWith('2024-03-07'))).toEqual([]);
    expect(hours.filter((row) => row.time.startsWith('2024-03-08'))).toHaveLength(24);

    const days = await query(FRONT, '2024-03-06 00:00:00', '2024-03-08 23:59:59', 'day');
    expect(days.map((row) => row.time)).toEqual(['2024-03-06 00:00:00', '2024-03-08 00:00:00']);
    const business = await query(FRONT, '2024-03-07 00:00:00', '2024-03-07 23:59:59', 'day', true);
    expect(business).toEqual([]);
  });

  it("should count the garden door's walk-outs more than 10 % above its walk-ins every day", async () => {
    const days = await query(GARDEN, '2024-02-01 00:00:00', '2024-03-13 23:59:59', 'day');
    expect(days).toHaveLength(42);
    for (const row of days) {
      expect(row.outFlowCount ?? 0).toBeGreaterThan(row.passengerFlow * 1.1);
    }
    // The door beside it balances, as doors do.
    for (const row of await query(FRONT, '2024-03-01 00:00:00', '2024-03-05 23:59:59', 'day')) {
      expect(Math.abs((row.outFlowCount ?? 0) - row.passengerFlow)).toBeLessThan(
        row.passengerFlow * 0.1,
      );
    }
  });
});

describe('aggregateTraffic in a zone with DST', () => {
  const BERLIN = 'b8d81209e4c1';
  const later = Date.UTC(2026, 11, 1);
  const berlin = createSandbox({ now: () => later });
  const rows = (day: string, g: Granularity) =>
    rowsOf(
      berlin,
      {
        mac: BERLIN,
        startTime: `${day} 00:00:00`,
        endTime: `${day} 23:59:59`,
        timeType: String(GRANULARITIES.indexOf(g) + 1),
        isOnBusinessTime: '0',
      },
      later,
    );
  const sum = (list: readonly Row[]) => list.reduce((total, row) => total + row.passengerFlow, 0);

  it('should label the 24 wall hours of the spring-forward day, with visitors at night', async () => {
    const hours = await rows('2026-03-29', 'hour');
    expect(hours.map((row) => row.time.slice(11, 13))).toEqual(
      Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0')),
    );
    // The label DST skips is there, as the platform's is, with counts the server must keep.
    expect(hours[2]?.passengerFlow).toBeGreaterThan(0);
    expect((await rows('2026-03-29', 'day'))[0]?.passengerFlow).toBe(sum(hours));
  });

  it('should send the hour DST repeats twice under one label, and count both in the day', async () => {
    const hours = await rows('2026-10-25', 'hour');
    expect(hours).toHaveLength(25);
    const twice = hours.filter((row) => row.time === '2026-10-25 02:00:00');
    expect(twice).toHaveLength(2);
    expect(twice[0]?.passengerFlow).toBeGreaterThan(0);
    expect(new Set(hours.map((row) => row.time)).size).toBe(24);
    expect((await rows('2026-10-25', 'day'))[0]?.passengerFlow).toBe(sum(hours));
    // An ordinary day has 24 hours, once each.
    expect(await rows('2026-10-26', 'hour')).toHaveLength(24);
  });
});

describe('aggregateTraffic for a face device (de-duplicated within each period)', () => {
  const KIOSK_FACE = 'a0b1c2d3e4f6';
  const sum = (rows: readonly Row[]) => rows.reduce((total, row) => total + row.passengerFlow, 0);

  it.each([FACE, KIOSK_FACE])(
    "should count fewer people in %s's day than its hours add up to",
    async (mac) => {
      for (const business of [false, true]) {
        const days = await query(
          mac,
          '2024-03-04 00:00:00',
          '2024-03-10 23:59:59',
          'day',
          business,
        );
        expect(days).toHaveLength(7);
        for (const day of days) {
          const date = day.time.slice(0, 10);
          const hours = await query(mac, `${date} 00:00:00`, `${date} 23:59:59`, 'hour', business);
          expect(day.passengerFlow).toBeGreaterThan(0);
          expect(day.passengerFlow).toBeLessThan(sum(hours));
        }
      }
    },
  );

  it('should count a whole week as less than its days, and any span as at most its days', async () => {
    const days = await query(FACE, '2024-03-04 00:00:00', '2024-03-10 23:59:59', 'day');
    const [week] = await query(FACE, '2024-03-04 00:00:00', '2024-03-10 23:59:59', 'week');
    expect(week?.time).toBe('2024-03-04 00:00:00');
    expect(week?.passengerFlow).toBeLessThan(sum(days));
    const [month] = await query(FACE, '2024-02-01 00:00:00', '2024-02-29 23:59:59', 'month');
    const weeks = await query(FACE, '2024-02-01 00:00:00', '2024-02-29 23:59:59', 'week');
    expect(month?.passengerFlow).toBeLessThan(sum(weeks));
  });

  it('should answer the exact span [Wed..Sun] at week with its own figure, not the sum of its days', async () => {
    // Wednesday 6 to Sunday 10 March 2024: the week's bucket holds only those days' hours.
    const span = ['2024-03-06 00:00:00', '2024-03-10 23:59:59'] as const;
    const days = await query(FACE, ...span, 'day');
    expect(days).toHaveLength(5);
    const [week] = await query(FACE, ...span, 'week');
    expect(week?.time).toBe('2024-03-04 00:00:00');
    expect(week?.passengerFlow).toBeLessThan(sum(days));
    // Only the included hours count: the whole week's figure is larger still.
    const [whole] = await query(FACE, '2024-03-04 00:00:00', '2024-03-10 23:59:59', 'week');
    expect(whole?.passengerFlow).toBeGreaterThan(week?.passengerFlow ?? 0);
    // Asking again gives the same figure.
    expect((await query(FACE, ...span, 'week'))[0]).toEqual(week);
  });

  it("should leave a counting device's coarser rows the sum of its days over any span", async () => {
    const spans: [string, string][] = [
      ['2024-03-06 00:00:00', '2024-03-10 23:59:59'],
      ['2023-02-15 00:00:00', '2023-05-09 23:59:59'],
      ['2023-12-27 00:00:00', '2024-01-02 23:59:59'],
    ];
    for (const mac of [MAIN, KIOSK]) {
      for (const [start, end] of spans) {
        const days = await query(mac, start, end, 'day');
        for (const g of ['week', 'month', 'quarter', 'year'] as const) {
          const rows = await query(mac, start, end, g);
          expect(asMap(rows)).toEqual(rollUp(days, g));
        }
      }
    }
  });
});
