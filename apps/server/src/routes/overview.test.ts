import { describe, expect, it } from 'vitest';
import {
  BOUTIQUE,
  createHarness,
  FLAGSHIP,
  getOverview,
  getTraffic,
  KIOSK,
  overviewBody,
  POPUP,
  STATION,
  storeTrafficBody,
} from '../test-kit.ts';

const month = { from: '2024-04-01', to: '2024-04-30' };

describe('GET /api/overview', () => {
  it("should give every store's totals, equal to its store traffic, busiest first", async () => {
    const { app } = createHarness();
    const { status, body } = await getOverview(app, month);
    expect(status).toBe(200);
    const overview = overviewBody(body);
    expect(overview).toMatchObject({ ...month, businessHours: false });
    expect(overview.stale).toBeUndefined();

    const ids = overview.stores.map((store) => store.id);
    expect([...ids].sort()).toEqual([BOUTIQUE, KIOSK, FLAGSHIP, POPUP, STATION].sort());
    const walkIns = overview.stores.map((store) => store.totals.walkIn);
    expect(walkIns).toEqual([...walkIns].sort((a, b) => b - a));
    expect(walkIns[0]).toBeGreaterThan(walkIns.at(-1) ?? 0);

    for (const row of overview.stores) {
      const traffic = storeTrafficBody(
        (await getTraffic(app, { store: row.id, ...month, granularity: 'day' })).body,
      );
      expect(row).toEqual({
        id: traffic.store.id,
        name: traffic.store.name,
        timezone: traffic.store.timezone,
        totals: traffic.totals,
      });
    }
    expect(overview.stores.find((row) => row.id === KIOSK)?.totals.walkOut).toBeNull();
  });

  it('should cost each door its daily chunks once, and a store view by day none afterwards', async () => {
    const { app, calls } = createHarness();
    await getOverview(app, month);
    const afterOverview = calls();
    expect(afterOverview).toBeGreaterThan(0);
    await getTraffic(app, { store: FLAGSHIP, ...month, granularity: 'day' });
    expect(calls()).toBe(afterOverview);
  });

  it('should count business hours only when asked', async () => {
    const { app } = createHarness();
    const total = async (businessHours: string) =>
      overviewBody((await getOverview(app, { ...month, businessHours })).body).stores.reduce(
        (sum, store) => sum + store.totals.walkIn,
        0,
      );
    const all = await total('false');
    const open = await total('true');
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(all);
  });

  it('should take the range rules of daily traffic', async () => {
    const { app, calls } = createHarness();
    expect((await getOverview(app, { from: '2024-01-01', to: '2024-04-30' })).status).toBe(200);
    const long = await getOverview(app, { from: '2021-01-01', to: '2024-01-01' });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ error: { code: 'RANGE_TOO_LONG' } });
    const before = calls();
    const refused: Record<string, string>[] = [
      { from: '2024-05-02', to: '2024-05-01' },
      { from: '2024-05-01' },
    ];
    for (const query of refused) {
      const { status, body } = await getOverview(app, query);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: 'INVALID_QUERY' } });
    }
    expect(calls()).toBe(before);
  });

  it('should count against the traffic rate limit', async () => {
    const { app } = createHarness({ rateLimitPerMinute: 2 });
    expect((await getTraffic(app, { store: FLAGSHIP, ...month, granularity: 'day' })).status).toBe(
      200,
    );
    expect((await getOverview(app, month)).status).toBe(200);
    const refused = await getOverview(app, month);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});
