import { FAULT_MACS } from '@footfall/sandbox';
import { describe, expect, it } from 'vitest';
import {
  createHarness,
  FLAGSHIP,
  getOverview,
  getTraffic,
  MAIN_DOOR,
  TEST_DEVICES,
} from './test-kit.ts';
import { createWarmer } from './warming.ts';

/** An instant given as Shanghai's wall time (UTC+8). */
const shanghai = (wall: string): number => Date.parse(`${wall}+08:00`);
const demoDoors = TEST_DEVICES.filter((device) => device.storeId !== '');

function warmHarness(platformConcurrency = 4) {
  const harness = createHarness({ platformConcurrency });
  const waits: number[] = [];
  const warmer = createWarmer({
    service: harness.service,
    devices: () => demoDoors,
    now: () => harness.clock.now,
    logger: harness.logger,
    platformConcurrency,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { ...harness, warmer, waits };
}

describe('warming', () => {
  it("should make the next morning's first views cost no platform call", async () => {
    const { app, clock, calls, warmer } = warmHarness();
    clock.now = shanghai('2024-05-14T15:00:00');
    await getTraffic(app, { mac: MAIN_DOOR, from: '2024-05-08', to: '2024-05-14' });
    // Past the midnight, then past 06:00, when yesterday is read once more.
    clock.now = shanghai('2024-05-15T00:00:05');
    const midnight = await warmer.warm();
    expect(midnight.calls).toBeGreaterThan(0);
    const atMidnight = calls();
    // Right after the midnight round even today's hours are fresh.
    await getTraffic(app, { mac: MAIN_DOOR, from: '2024-05-09', to: '2024-05-15' });
    expect(calls()).toBe(atMidnight);
    clock.now = shanghai('2024-05-15T06:00:05');
    const early = await warmer.warm();
    expect(early.calls).toBeGreaterThan(0);
    expect(early.failures).toBe(0);

    clock.now = shanghai('2024-05-15T09:00:00');
    const before = calls();
    const views: Record<string, string>[] = [
      { mac: MAIN_DOOR, from: '2024-05-08', to: '2024-05-14' },
      { store: FLAGSHIP, from: '2024-05-14', to: '2024-05-14' },
      { store: FLAGSHIP, from: '2024-04-15', to: '2024-05-14', granularity: 'day' },
      {
        store: FLAGSHIP,
        from: '2024-04-15',
        to: '2024-05-14',
        granularity: 'day',
        compare: 'previous',
      },
      {
        store: FLAGSHIP,
        from: '2024-04-16',
        to: '2024-05-14',
        granularity: 'day',
        compare: 'year',
      },
      { store: FLAGSHIP, from: '2024-05-01', to: '2024-05-14', compare: 'week' },
    ];
    for (const view of views) expect((await getTraffic(app, view)).status).toBe(200);
    const overview = await getOverview(app, {
      from: '2024-04-15',
      to: '2024-05-14',
      compare: 'previous',
    });
    expect(overview.status).toBe(200);
    expect(calls()).toBe(before);
  });

  it('should read yesterday once more after 06:00, and only once', async () => {
    const { app, clock, calls } = createHarness();
    const yesterday = { mac: MAIN_DOOR, from: '2024-05-14', to: '2024-05-14' };
    clock.now = shanghai('2024-05-15T01:00:00');
    await getTraffic(app, yesterday);
    const first = calls();
    clock.now = shanghai('2024-05-15T05:59:00');
    await getTraffic(app, yesterday);
    expect(calls()).toBe(first);
    clock.now = shanghai('2024-05-15T06:00:30');
    await getTraffic(app, yesterday);
    expect(calls()).toBe(first + 1);
    clock.now = shanghai('2024-05-15T21:00:00');
    await getTraffic(app, { ...yesterday, from: '2024-05-10' });
    expect(calls()).toBe(first + 1);
  });

  it('should answer past days again after 61 s without a call', async () => {
    const { app, clock, calls } = createHarness();
    const past = { mac: MAIN_DOOR, from: '2024-05-01', to: '2024-05-14' };
    await getTraffic(app, past);
    await getTraffic(app, { ...past, granularity: 'day' });
    const made = calls();
    clock.now += 61_000;
    await getTraffic(app, past);
    await getTraffic(app, { ...past, granularity: 'day' });
    expect(calls()).toBe(made);
    // Today's rows, though, are a minute old: asked again, they come again.
    await getTraffic(app, { ...past, to: '2024-05-15' });
    expect(calls()).toBe(made + 1);
  });

  it('should wait after -100 and try again, never giving up', async () => {
    const { app, sandbox, calls, warmer, waits } = warmHarness();
    // More refusals in a row than the client's own retries take.
    sandbox.faults.push({ code: -100, times: 12 });
    const report = await warmer.warm();
    expect(report.repeats).toBeGreaterThan(0);
    expect(report.failures).toBe(0);
    expect(waits[0]).toBe(1_000);
    expect(waits.slice(1).every((ms, i) => ms >= (waits[i] ?? 0))).toBe(true);
    const made = calls();
    await getTraffic(app, { mac: MAIN_DOOR, from: '2024-05-08', to: '2024-05-14' });
    expect(calls()).toBe(made);
  });

  it('should log a range it could not warm and leave it to the next round', async () => {
    const harness = createHarness();
    const failing = TEST_DEVICES.filter((device) => device.mac === FAULT_MACS.serverError);
    const warmer = createWarmer({
      service: harness.service,
      devices: () => failing,
      now: () => harness.clock.now,
      logger: harness.logger,
      platformConcurrency: 4,
    });
    const report = await warmer.warm();
    expect(report).toMatchObject({ doors: 1, failures: 2, repeats: 0 });
    expect(report.calls).toBeGreaterThanOrEqual(2);
    expect(
      harness.lines.filter((line) =>
        /WARN Warming fa0000000500 by (day|hour) failed \(.*[^.]\); the next round tries again\.$/.test(
          line,
        ),
      ),
    ).toHaveLength(2);
  });

  it("should keep a platform slot free for people: a person's call is not queued behind warming's", async () => {
    const { app, sandbox, requests, warmer } = warmHarness(2);
    // Warming's first call hangs a second; its others wait for warming's one slot.
    sandbox.faults.push({ delayMs: 1_000 });
    const round = warmer.warm();
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    // A device no round warms (it belongs to no store).
    const person = getTraffic(app, {
      mac: FAULT_MACS.wrapped,
      from: '2024-05-08',
      to: '2024-05-14',
    });
    await Promise.all([round, person]);
    const order = requests.map((body) => /mac=([0-9a-f]{12})/.exec(body)?.[1]);
    // With two slots, warming keeps one: the person's is the second call made.
    expect(order.indexOf(FAULT_MACS.wrapped)).toBe(1);
  });

  it('should warm every door by day 400 days back and by hour 14 days back, to yesterday, all day', async () => {
    const { app, calls, warmer } = warmHarness();
    await warmer.warm();
    const made = calls();
    const past = { mac: MAIN_DOOR, to: '2024-05-14' };
    // 2024-05-15 less 400 days, by day; less 14 days, by hour.
    await getTraffic(app, { ...past, from: '2023-04-11', granularity: 'day' });
    await getTraffic(app, { ...past, from: '2024-05-01', granularity: 'hour' });
    await getTraffic(app, { ...past, mac: '0c8e7d6f5a41', from: '2024-05-01' });
    expect(calls()).toBe(made);
    // Business hours are another question: not warmed.
    await getTraffic(app, { ...past, from: '2024-05-01', businessHours: 'true' });
    expect(calls()).toBe(made + 1);
  });
});
