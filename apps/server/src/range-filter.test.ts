/**
 * "The range is the filter; the granularity only groups": the totals of a range are the same at
 * every granularity, a bucket the range cuts says how many of its days it holds, and a store is
 * the sum of its entrance doors. A face camera's cut bucket is the platform's own figure for the
 * exact span.
 */
import {
  bucketStart,
  DAY_MS,
  formatDate,
  GRANULARITIES,
  parseDate,
  parseIsoLocal,
  platformTimes,
} from '@footfall/buckets';
import { createOpretailClient } from '@footfall/opretail';
import { SANDBOX_ACCOUNT, SANDBOX_GATEWAY_URL } from '@footfall/sandbox';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createHarness,
  FACE_CAMERA,
  FLAGSHIP,
  getTraffic,
  MAIN_DOOR,
  POPUP,
  storeTrafficBody,
  trafficBody,
} from './test-kit.ts';

const day = (text: string): number => parseDate(text) ?? Number.NaN;
const FIRST = day('2022-01-01');
const LAST = day('2024-05-14');

/** The days of `from`…`to` that lie in the bucket starting at `start`. */
function daysIn(
  start: number,
  from: number,
  to: number,
  granularity: (typeof GRANULARITIES)[number],
) {
  let days = 0;
  for (let d = from; d <= to; d += DAY_MS) if (bucketStart(d, granularity) === start) days += 1;
  return days;
}

const wallOf = (iso: string): number => parseIsoLocal(iso) ?? Number.NaN;

describe('the range is the filter', () => {
  it("should give a counting door and a store the same totals at every granularity, cut buckets their days, and the store its entrances' sum", async () => {
    const { app } = createHarness();
    const range = fc
      .tuple(
        fc.integer({ min: FIRST / DAY_MS, max: LAST / DAY_MS }),
        fc.integer({ min: 0, max: 400 }),
      )
      .map(([first, length]) => ({
        from: first * DAY_MS,
        to: Math.min(LAST, (first + length) * DAY_MS),
      }));
    await fc.assert(
      fc.asyncProperty(
        range,
        fc.constantFrom(...GRANULARITIES),
        fc.boolean(),
        fc.constantFrom(FLAGSHIP, POPUP),
        async ({ from, to }, granularity, businessHours, store) => {
          // Hours go up to 92 days; their buckets are never cut.
          const end = granularity === 'hour' ? Math.min(to, from + 20 * DAY_MS) : to;
          const query = {
            from: formatDate(from),
            to: formatDate(end),
            businessHours: String(businessHours),
          };
          const door = trafficBody(
            (await getTraffic(app, { ...query, mac: MAIN_DOOR, granularity })).body,
          );
          const daily = trafficBody(
            (await getTraffic(app, { ...query, mac: MAIN_DOOR, granularity: 'day' })).body,
          );
          expect(door.totals).toEqual(daily.totals);
          for (const bucket of door.buckets) {
            const start = wallOf(bucket.start);
            const days = daysIn(start, from, end, granularity === 'hour' ? 'day' : granularity);
            if (granularity === 'hour' || granularity === 'day') {
              expect(bucket.partial).toBeUndefined();
              continue;
            }
            const whole =
              bucketStart(start, granularity) >= from &&
              daysIn(start, start, start + 400 * DAY_MS, granularity) === days;
            expect(bucket.partial).toBe(whole ? undefined : true);
            expect(bucket.days).toBe(whole ? undefined : days);
          }

          const storeAnswer = storeTrafficBody(
            (await getTraffic(app, { ...query, store, granularity })).body,
          );
          const entrances = storeAnswer.doors.filter((d) => d.entrance);
          expect(storeAnswer.totals.walkIn).toBe(
            entrances.reduce((sum, d) => sum + d.totals.walkIn, 0),
          );
          const storeDaily = storeTrafficBody(
            (await getTraffic(app, { ...query, store, granularity: 'day' })).body,
          );
          expect(storeAnswer.totals).toEqual(storeDaily.totals);
          for (const bucket of storeAnswer.buckets) {
            const doorsHere = entrances.flatMap((d) =>
              d.buckets.filter((b) => b.start === bucket.start),
            );
            expect(bucket.walkIn).toBe(doorsHere.reduce((sum, b) => sum + b.walkIn, 0));
            expect(bucket.days).toBe(doorsHere[0]?.days);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it("should count 2023-03's weeks of the main entrance from March's days only", async () => {
    const { app } = createHarness();
    const query = { mac: MAIN_DOOR, from: '2023-03-01', to: '2023-03-31', businessHours: 'true' };
    const weekly = trafficBody((await getTraffic(app, { ...query, granularity: 'week' })).body);
    const daily = trafficBody((await getTraffic(app, { ...query, granularity: 'day' })).body);
    const monthly = trafficBody((await getTraffic(app, { ...query, granularity: 'month' })).body);
    expect(weekly.totals).toEqual(daily.totals);
    expect(monthly.totals).toEqual(daily.totals);
    expect(monthly.buckets).toHaveLength(1);
    expect(monthly.buckets[0]?.partial).toBeUndefined();
    const first = weekly.buckets[0];
    expect(first).toMatchObject({ start: '2023-02-27T00:00:00+08:00', partial: true, days: 5 });
    const firstDays = daily.buckets.slice(0, 5).reduce((sum, b) => sum + b.walkIn, 0);
    expect(first?.walkIn).toBe(firstDays);
    expect(weekly.buckets.at(-1)).toMatchObject({ start: '2023-03-27T00:00:00+08:00', days: 5 });
  });

  it("should take a face camera's cut week from the platform's figure for exactly those days", async () => {
    const { app, sandbox } = createHarness();
    const query = { mac: FACE_CAMERA, from: '2024-03-01', to: '2024-03-31' };
    const weekly = trafficBody((await getTraffic(app, { ...query, granularity: 'week' })).body);
    // Friday 1 to Sunday 3 March: a week cut by the range, asked of the platform as it is.
    const span = platformTimes(day('2024-03-01'), day('2024-03-03'));
    expect(sandbox.recentCalls()).toContainEqual({
      mac: FACE_CAMERA,
      ...span,
      timeType: 3,
      isOnBusinessTime: 0,
    });

    const platform = createOpretailClient({
      ...SANDBOX_ACCOUNT,
      gatewayUrl: SANDBOX_GATEWAY_URL,
      now: () => Date.UTC(2024, 4, 15, 2),
      fetch: (input, init) => createHarness().sandbox.fetch(new Request(input, init)),
    });
    const exact = await platform.listDevicePassengerIndicator({
      mac: FACE_CAMERA,
      ...span,
      timeType: 3,
      isOnBusinessTime: false,
      timezone: 'Asia/Shanghai',
    });
    const figure = exact.rows.reduce((sum, row) => sum + row.walkIn, 0);
    expect(weekly.buckets[0]).toMatchObject({
      start: '2024-02-26T00:00:00+08:00',
      partial: true,
      days: 3,
      walkIn: figure,
      walkOut: null,
    });
    // The camera counts a regular once a week: its days, summed, count more people.
    const daily = trafficBody((await getTraffic(app, { ...query, granularity: 'day' })).body);
    const days = daily.buckets.slice(0, 3).reduce((sum, bucket) => sum + bucket.walkIn, 0);
    expect(days).toBeGreaterThan(figure);
  });
});
