import { FAULT_MACS } from '@footfall/sandbox';
import { describe, expect, it } from 'vitest';
import { parseDevices } from '../devices.ts';
import {
  BERLIN_DOOR,
  BOUTIQUE,
  createHarness,
  FACE_CAMERA,
  FLAGSHIP,
  FRONT_DOOR,
  GARDEN_DOOR,
  getTraffic,
  KIOSK,
  MAIN_DOOR,
  POPUP,
  SIDE_DOOR,
  STATION,
  storeTrafficBody,
  trafficBody,
} from '../test-kit.ts';

const week = { from: '2024-05-06', to: '2024-05-12' };
const flagshipWeek = { store: FLAGSHIP, ...week };

describe('GET /api/stores', () => {
  it('should list each store once with its doors, in file order, and no store-less device', async () => {
    const response = await createHarness().app.request('/api/stores');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      stores: [
        {
          id: FLAGSHIP,
          name: 'Nanjing Road Flagship',
          timezone: 'Asia/Shanghai',
          countsWalkOut: true,
          devices: [MAIN_DOOR, SIDE_DOOR, FACE_CAMERA],
        },
        {
          id: KIOSK,
          name: 'Lujiazui Metro Kiosk',
          timezone: 'Asia/Shanghai',
          countsWalkOut: false,
          devices: ['a0b1c2d3e4f5', 'a0b1c2d3e4f6'],
        },
        {
          id: BOUTIQUE,
          name: 'Ginza Boutique',
          timezone: 'Asia/Tokyo',
          countsWalkOut: true,
          devices: ['0c8e7d6f5a41'],
        },
        {
          id: POPUP,
          name: 'Xintiandi Pop-up',
          timezone: 'Asia/Shanghai',
          countsWalkOut: true,
          devices: [FRONT_DOOR, GARDEN_DOOR],
        },
        {
          id: STATION,
          name: 'Berlin Hauptbahnhof',
          timezone: 'Europe/Berlin',
          countsWalkOut: true,
          devices: [BERLIN_DOOR],
        },
      ],
    });
  });

  it("should take a store's name as its id when the file gives none", async () => {
    const devices = parseDevices(
      [{ mac: MAIN_DOOR, name: 'Door', store: 'Old Shop' }],
      'Asia/Shanghai',
    );
    const { app } = createHarness({ devices });
    expect(await (await app.request('/api/stores')).json()).toMatchObject({
      stores: [{ id: 'Old Shop', name: 'Old Shop', devices: [MAIN_DOOR] }],
    });
    const { status, body } = await getTraffic(app, { store: 'Old Shop', ...week });
    expect(status).toBe(200);
    expect(storeTrafficBody(body).store.id).toBe('Old Shop');
  });
});

describe('GET /api/traffic?store=', () => {
  it('should sum the entrance doors and list every door with its own buckets', async () => {
    const { app } = createHarness();
    const store = storeTrafficBody((await getTraffic(app, flagshipWeek)).body);
    const door = async (mac: string) => trafficBody((await getTraffic(app, { mac, ...week })).body);
    const [main, side, lounge] = await Promise.all([MAIN_DOOR, SIDE_DOOR, FACE_CAMERA].map(door));
    if (!main || !side || !lounge) throw new Error('expected three doors');

    expect(store).toMatchObject({
      store: { id: FLAGSHIP, name: 'Nanjing Road Flagship' },
      granularity: 'hour',
      businessHours: false,
      ...week,
      timezone: 'Asia/Shanghai',
    });
    expect(store.totals).toEqual({
      walkIn: main.totals.walkIn + side.totals.walkIn,
      walkOut: (main.totals.walkOut ?? 0) + (side.totals.walkOut ?? 0),
    });
    expect(store.buckets).toHaveLength(7 * 24);
    expect(store.buckets[19]).toEqual({
      start: '2024-05-06T19:00:00+08:00',
      walkIn: (main.buckets[19]?.walkIn ?? 0) + (side.buckets[19]?.walkIn ?? 0),
      walkOut: (main.buckets[19]?.walkOut ?? 0) + (side.buckets[19]?.walkOut ?? 0),
    });
    expect(store.doors).toEqual([
      { mac: MAIN_DOOR, name: 'Main entrance', entrance: true, countsWalkOut: true, ...pick(main) },
      {
        mac: SIDE_DOOR,
        name: 'East side door',
        entrance: true,
        countsWalkOut: true,
        ...pick(side),
      },
      {
        mac: FACE_CAMERA,
        name: 'VIP lounge face camera',
        entrance: false,
        countsWalkOut: false,
        ...pick(lounge),
      },
    ]);
    // The inner door is listed, with traffic of its own, but is not in the store's total.
    expect(lounge.totals.walkIn).toBeGreaterThan(0);
  });

  it('should give null walk-outs in every bucket and the totals when an entrance cannot count them', async () => {
    const { app } = createHarness();
    const kiosk = storeTrafficBody((await getTraffic(app, { store: KIOSK, ...week })).body);
    expect(kiosk.store.countsWalkOut).toBe(false);
    expect(kiosk.buckets.length).toBeGreaterThan(0);
    expect(kiosk.buckets.every((bucket) => bucket.walkOut === null)).toBe(true);
    expect(kiosk.totals.walkOut).toBeNull();
    const concourse = kiosk.doors.find((door) => door.countsWalkOut);
    expect(concourse?.totals.walkOut).toBeGreaterThan(0);
    expect(kiosk.totals.walkIn).toBe(
      kiosk.doors.reduce((sum, door) => sum + door.totals.walkIn, 0),
    );
  });

  it('should answer a one-door store with that door in the store zone', async () => {
    const { app } = createHarness();
    const ginza = storeTrafficBody((await getTraffic(app, { store: BOUTIQUE, ...week })).body);
    expect(ginza.timezone).toBe('Asia/Tokyo');
    expect(ginza.buckets[0]?.start).toBe('2024-05-06T00:00:00+09:00');
    expect(ginza.doors).toHaveLength(1);
    expect(ginza.totals).toEqual(ginza.doors[0]?.totals);
  });

  it('should answer 404 UNKNOWN_STORE before any platform call', async () => {
    const { app, calls } = createHarness();
    const { status, body } = await getTraffic(app, { store: 'nowhere', ...week });
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'UNKNOWN_STORE' } });
    expect(calls()).toBe(0);
  });

  it('should refuse both mac and store with 400 INVALID_QUERY and no platform call', async () => {
    const { app, calls } = createHarness();
    const { status, body } = await getTraffic(app, { ...flagshipWeek, mac: MAIN_DOOR });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'INVALID_QUERY' } });
    expect(calls()).toBe(0);
  });

  it("should cost N times one door's platform calls, and each door's view afterwards none", async () => {
    const range = { from: '2024-04-10', to: '2024-04-24' };
    const alone = createHarness();
    await getTraffic(alone.app, { mac: MAIN_DOOR, ...range });
    const oneDoor = alone.calls();
    expect(oneDoor).toBeGreaterThan(0);

    const { app, calls, lines } = createHarness();
    expect((await getTraffic(app, { store: FLAGSHIP, ...range })).status).toBe(200);
    expect(calls()).toBe(3 * oneDoor);
    expect(lines.at(-1)).toMatch(new RegExp(` 200 .* upstream=${3 * oneDoor} cache=miss$`));
    for (const mac of [MAIN_DOOR, SIDE_DOOR, FACE_CAMERA]) {
      expect(calls(mac)).toBe(oneDoor);
      await getTraffic(app, { mac, ...range });
    }
    expect(calls()).toBe(3 * oneDoor);
  });

  it('should answer a repeated store question from the answer cache', async () => {
    const { app, calls, lines } = createHarness();
    const first = await getTraffic(app, flagshipWeek);
    const second = await getTraffic(app, flagshipWeek);
    expect(second.body).toEqual(first.body);
    expect(calls()).toBe(3);
    expect(lines.at(-1)).toMatch(/ 200 .* upstream=0 cache=hit$/);
  });

  it('should be stale when a door is, and not be kept', async () => {
    const today = { store: FLAGSHIP, from: '2024-05-15', to: '2024-05-15' };
    const { app, clock, sandbox, calls } = createHarness();
    const fresh = storeTrafficBody((await getTraffic(app, today)).body);
    clock.now += 120_000;
    sandbox.faults.push({ mac: SIDE_DOOR, code: -500, times: 100 });
    const stale = storeTrafficBody((await getTraffic(app, today)).body);
    expect(stale).toMatchObject({ stale: true, staleAgeSeconds: 120 });
    // The failing door's expired copy, not a gap in the store's total.
    expect(stale.doors[1]).toEqual(fresh.doors[1]);
    const before = calls();
    await getTraffic(app, today);
    expect(calls()).toBeGreaterThan(before);
  });

  /** The flagship's today, asked at NOW; then its main door alone 61 s later, whose copy is newer. */
  async function mainDoorNewer() {
    const harness = createHarness();
    await getTraffic(harness.app, flagshipToday);
    harness.clock.now += 61_000;
    await getTraffic(harness.app, { mac: MAIN_DOOR, from: '2024-05-15', to: '2024-05-15' });
    return harness;
  }
  const flagshipToday = { store: FLAGSHIP, from: '2024-05-15', to: '2024-05-15' };

  it("should give a stale store the age of its oldest door's copy", async () => {
    const today = flagshipToday;
    const { app, clock, sandbox } = await mainDoorNewer();
    clock.now += 139_000;
    sandbox.faults.push({ code: -500, times: 100 });
    expect(storeTrafficBody((await getTraffic(app, today)).body)).toMatchObject({
      stale: true,
      staleAgeSeconds: 200,
    });
  });

  it("should keep a store's answer only until its first door's copy expires", async () => {
    const today = flagshipToday;
    const { app, clock, calls } = await mainDoorNewer();
    // The other doors are fetched again now; the main door's copy expires 21 s from now.
    clock.now += 39_000;
    await getTraffic(app, today);
    const spent = calls();
    clock.now += 20_000;
    await getTraffic(app, today);
    expect(calls()).toBe(spent);
    clock.now += 2_000;
    await getTraffic(app, today);
    expect(calls()).toBe(spent + 1);
  });

  it('should answer 502 when a door fails and no copy is kept', async () => {
    const devices = parseDevices(
      [
        { mac: MAIN_DOOR, name: 'Door', store: 'Shop', storeId: 'shop' },
        { mac: FAULT_MACS.serverError, name: 'Broken door', store: 'Shop', storeId: 'shop' },
      ],
      'Asia/Shanghai',
    );
    const { app, lines } = createHarness({ devices });
    const { status, body } = await getTraffic(app, { store: 'shop', ...week });
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_ERROR', upstreamCode: -500 } });
    // One call for the working door, four (with retries) for the broken one.
    expect(lines.at(-1)).toMatch(/GET \/api\/traffic 502 .* upstream=5 /);
  });
});

function pick(traffic: { buckets: unknown; totals: unknown }) {
  return { buckets: traffic.buckets, totals: traffic.totals };
}
