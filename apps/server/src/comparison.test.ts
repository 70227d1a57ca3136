import { describe, expect, it } from 'vitest';
import type { DeviceTraffic } from '@footfall/contract';
import { withComparison } from './comparison.ts';
import {
  createHarness,
  FLAGSHIP,
  getOverview,
  getTraffic,
  MAIN_DOOR,
  overviewBody,
  storeTrafficBody,
  TEST_DEVICES,
  trafficBody,
} from './test-kit.ts';

// A Monday-to-Sunday week: one hourly chunk of the traffic cache.
const week = { from: '2024-05-06', to: '2024-05-12' };

const pick = (traffic: { buckets: unknown; totals: unknown }) => ({
  buckets: traffic.buckets,
  totals: traffic.totals,
});

describe('GET /api/traffic?compare=', () => {
  it.each([
    ['previous', '2024-04-29', '2024-05-05'],
    ['week', '2024-04-29', '2024-05-05'],
    ['year', '2023-05-08', '2023-05-14'],
  ])(
    "should give a device's %s comparison: the earlier range's own answer",
    async (kind, from, to) => {
      const { app } = createHarness();
      const query = { mac: MAIN_DOOR, ...week, granularity: 'day', businessHours: 'true' };
      const { status, body } = await getTraffic(app, { ...query, compare: kind });
      expect(status).toBe(200);
      const traffic = trafficBody(body);
      const earlier = trafficBody((await getTraffic(app, { ...query, from, to })).body);
      expect(traffic.comparison).toEqual({ kind, from, to, ...pick(earlier) });
      // Same granularity and business hours: seven daily buckets, each on the same weekday.
      expect(traffic.comparison?.buckets).toHaveLength(7);
      const weekday = (start: string) => new Date(start.slice(0, 10)).getUTCDay();
      expect(traffic.comparison?.buckets.map((b) => weekday(b.start))).toEqual(
        traffic.buckets.map((b) => weekday(b.start)),
      );
      // The answer itself is unchanged by the comparison.
      const alone = trafficBody((await getTraffic(app, query)).body);
      expect(pick(traffic)).toEqual(pick(alone));
    },
  );

  it('should give previous the same number of days just before', async () => {
    const { app } = createHarness();
    const { body } = await getTraffic(app, {
      mac: MAIN_DOOR,
      from: '2024-03-01',
      to: '2024-03-10',
      granularity: 'day',
      compare: 'previous',
    });
    const comparison = trafficBody(body).comparison;
    expect(comparison).toMatchObject({ from: '2024-02-20', to: '2024-02-29' });
    expect(comparison?.buckets).toHaveLength(10);
  });

  it("should give a store's comparison summed like the store's own answer", async () => {
    const { app } = createHarness();
    const query = { store: FLAGSHIP, ...week, granularity: 'hour' };
    const traffic = storeTrafficBody((await getTraffic(app, { ...query, compare: 'week' })).body);
    const earlier = storeTrafficBody(
      (await getTraffic(app, { ...query, from: '2024-04-29', to: '2024-05-05' })).body,
    );
    expect(traffic.comparison).toEqual({
      kind: 'week',
      from: '2024-04-29',
      to: '2024-05-05',
      ...pick(earlier),
    });
    expect(traffic.comparison?.buckets).toHaveLength(7 * 24);
    expect(traffic.doors).toHaveLength(3);
  });

  it('should leave comparison out when compare is not given', async () => {
    const { app } = createHarness();
    const body = (await getTraffic(app, { mac: MAIN_DOOR, ...week })).body;
    expect(body).not.toHaveProperty('comparison');
  });

  it('should cost no platform call for a comparison range already cached', async () => {
    const { app, calls } = createHarness();
    const earlier = { mac: MAIN_DOOR, from: '2024-04-29', to: '2024-05-05' };
    await getTraffic(app, earlier);
    await getTraffic(app, { mac: MAIN_DOOR, ...week });
    const made = calls();
    expect(made).toBeGreaterThan(0);
    for (const compare of ['week', 'previous']) {
      await getTraffic(app, { mac: MAIN_DOOR, ...week, compare });
    }
    expect(calls()).toBe(made);
  });

  it('should cache the ranges an answer with a comparison asked for', async () => {
    const { app, calls } = createHarness();
    await getTraffic(app, { mac: MAIN_DOOR, ...week, businessHours: 'true', compare: 'year' });
    const made = calls();
    expect(made).toBeGreaterThan(0);
    await getTraffic(app, { mac: MAIN_DOOR, ...week, businessHours: 'true' });
    await getTraffic(app, {
      mac: MAIN_DOOR,
      from: '2023-05-08',
      to: '2023-05-14',
      businessHours: 'true',
    });
    expect(calls()).toBe(made);
  });

  it('should keep the answer with its comparison, keyed by its query', async () => {
    const { app, calls, lines } = createHarness();
    const query = { store: FLAGSHIP, ...week, compare: 'year' };
    const first = await getTraffic(app, query);
    const made = calls();
    expect(made).toBeGreaterThan(0);
    const again = await getTraffic(app, query);
    expect(again.body).toEqual(first.body);
    expect(calls()).toBe(made);
    expect(lines.at(-1)).toMatch(/ 200 .* upstream=0 cache=hit$/);
    // Another kind is another answer.
    const other = storeTrafficBody((await getTraffic(app, { ...query, compare: 'week' })).body);
    expect(other.comparison?.kind).toBe('week');
  });

  it('should refuse a bad compare with 400 INVALID_QUERY naming it, before any call', async () => {
    const { app, calls } = createHarness();
    for (const compare of ['month', 'Previous', '']) {
      const { status, body } = await getTraffic(app, { mac: MAIN_DOOR, ...week, compare });
      expect(status).toBe(400);
      expect(body).toEqual({
        error: { code: 'INVALID_QUERY', message: 'compare must be one of previous, week, year' },
      });
    }
    expect(calls()).toBe(0);
  });

  it.each([
    // Three years with a leap day: 1096 days. The 1096 days before hold none, so are too many.
    ['previous', '2019-03-02', '2022-03-01', '2016-03-01', '2019-03-01'],
    ['year', '2021-03-01', '2024-02-29', '2020-03-02', '2023-03-02'],
  ])(
    'should refuse a %s comparison range that breaks the range rules with 400 RANGE_TOO_LONG',
    async (compare, queryFrom, queryTo, from, to) => {
      const { app, calls } = createHarness();
      const query = { mac: MAIN_DOOR, from: queryFrom, to: queryTo, granularity: 'day' };
      expect((await getTraffic(app, query)).status).toBe(200);
      const before = calls();
      const { status, body } = await getTraffic(app, { ...query, compare });
      expect(status).toBe(400);
      expect(body).toEqual({
        error: {
          code: 'RANGE_TOO_LONG',
          message: `The comparison range (${from} to ${to}) breaks the range rules: Charts by day cover at most 3 years; choose a shorter range or a coarser granularity.`,
        },
      });
      expect(calls()).toBe(before);
    },
  );
});

describe('withComparison', () => {
  const device = TEST_DEVICES[0];
  if (!device) throw new Error('no test device');
  const body = (walkIn: number): DeviceTraffic => ({
    device,
    granularity: 'day',
    businessHours: false,
    from: '2024-05-13',
    to: '2024-05-13',
    timezone: device.timezone,
    buckets: [{ start: '2024-05-13T00:00:00+08:00', walkIn, walkOut: 1 }],
    totals: { walkIn, walkOut: 1 },
  });
  const range = { kind: 'week' as const, from: Date.UTC(2024, 4, 6), to: Date.UTC(2024, 4, 6) };

  it('should be stale, for the older copy, when the comparison is', () => {
    const answer = { body: body(5), cache: 'hit' as const, expiresAt: 2000 };
    const earlier = {
      body: { ...body(3), stale: true as const, staleAgeSeconds: 90 },
      cache: 'stale' as const,
      expiresAt: 1000,
    };
    const joined = withComparison(answer, range, earlier);
    expect(joined).toMatchObject({ cache: 'stale', expiresAt: 1000 });
    expect(joined.body).toMatchObject({ stale: true, staleAgeSeconds: 90 });
    expect(joined.body.comparison).toEqual({
      kind: 'week',
      from: '2024-05-06',
      to: '2024-05-06',
      buckets: earlier.body.buckets,
      totals: { walkIn: 3, walkOut: 1 },
    });
  });

  it('should be a hit only when both answers were', () => {
    const hit = { body: body(5), cache: 'hit' as const, expiresAt: Infinity };
    const miss = { ...hit, cache: 'miss' as const };
    expect(withComparison(hit, range, hit).cache).toBe('hit');
    expect(withComparison(hit, range, miss).cache).toBe('partial');
    expect(withComparison(hit, range, hit).body.stale).toBeUndefined();
  });
});

describe('GET /api/overview?compare=', () => {
  const month = { from: '2024-04-01', to: '2024-04-30' };

  it("should give the comparison range and every store's totals over it", async () => {
    const { app } = createHarness();
    const { status, body } = await getOverview(app, { ...month, compare: 'previous' });
    expect(status).toBe(200);
    const overview = overviewBody(body);
    expect(overview.comparison).toEqual({ kind: 'previous', from: '2024-03-02', to: '2024-03-31' });
    const earlier = overviewBody(
      (await getOverview(app, { from: '2024-03-02', to: '2024-03-31' })).body,
    );
    const totalsById = new Map(earlier.stores.map((store) => [store.id, store.totals]));
    expect(overview.stores.length).toBeGreaterThan(0);
    for (const store of overview.stores) {
      expect(store.comparisonTotals).toEqual(totalsById.get(store.id));
    }
    // Still sorted by the range's own walk-ins.
    const walkIns = overview.stores.map((store) => store.totals.walkIn);
    expect(walkIns).toEqual([...walkIns].sort((a, b) => b - a));
  });

  it('should leave the comparison out when compare is not given', async () => {
    const { app } = createHarness();
    const overview = overviewBody((await getOverview(app, month)).body);
    expect(overview).not.toHaveProperty('comparison');
    expect(overview.stores.every((store) => !('comparisonTotals' in store))).toBe(true);
  });

  it('should share the daily chunks of the store traffic it compares with', async () => {
    const { app, calls } = createHarness();
    await getOverview(app, { ...month, compare: 'year' });
    const made = calls();
    await getTraffic(app, {
      store: FLAGSHIP,
      from: '2023-04-03',
      to: '2023-05-02',
      granularity: 'day',
    });
    expect(calls()).toBe(made);
  });

  it('should refuse a bad compare or a comparison range too long, before any call', async () => {
    const { app, calls } = createHarness();
    const bad = await getOverview(app, { ...month, compare: 'quarter' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'INVALID_QUERY', message: 'compare must be one of previous, week, year' },
    });
    const long = await getOverview(app, { from: '2021-03-01', to: '2024-02-29', compare: 'year' });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({
      error: {
        code: 'RANGE_TOO_LONG',
        message: expect.stringMatching(/^The comparison range/) as unknown,
      },
    });
    expect(calls()).toBe(0);
  });
});
