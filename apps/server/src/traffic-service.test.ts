import { parseDate } from '@footfall/buckets';
import { type OpretailClient, OpretailError } from '@footfall/opretail';
import { createSandbox } from '@footfall/sandbox';
import { describe, expect, it } from 'vitest';
import {
  BERLIN_DOOR,
  createHarness,
  getTraffic,
  MAIN_DOOR,
  NOW,
  TEST_DEVICES,
  trafficBody,
} from './test-kit.ts';
import { combineOutcomes, createTrafficService, type TrafficRequest } from './traffic-service.ts';
import { sandboxClient } from './upstream.ts';

// Hourly chunks (5 ISO weeks) around NOW (Wednesday 2024-05-15): 2023-11-13, 2023-12-18,
// 2024-01-22, 2024-02-26, 2024-04-01 … 2024-05-05, 2024-05-06 … 2024-06-09 (holds today).
const DAY = 86_400_000;
const at = (date: string): number => Date.parse(`${date}T02:00:00Z`); // 10:00 in Shanghai
const view = (from: string, to: string) => ({ mac: MAIN_DOOR, from, to });
const lastWeek = (today: string) => {
  const end = Date.parse(today);
  const day = (offset: number) => new Date(end + offset * DAY).toISOString().slice(0, 10);
  return { today: view(day(-6), day(0)), yesterday: view(day(-7), day(-1)) };
};

describe('traffic cache', () => {
  it('should cost at most 4 calls for a cold 92-day hourly view', async () => {
    // Starting on the last day of a chunk, so the 92 days touch four.
    const past = createHarness();
    await getTraffic(past.app, view('2023-12-17', '2024-03-17'));
    expect(past.calls()).toBe(4);
    // Ending today: the chunk before today's comes in today's call.
    const recent = createHarness();
    await getTraffic(recent.app, view('2024-02-14', '2024-05-15'));
    expect(recent.calls()).toBe(3);
  });

  it('should answer any range inside cached chunks without a call', async () => {
    const { app, calls, lines } = createHarness();
    await getTraffic(app, view('2023-12-17', '2024-03-17'));
    // Whole chunks were fetched: days outside the first range but inside its chunks count too.
    for (const [from, to] of [
      ['2023-11-13', '2023-11-13'],
      ['2024-01-01', '2024-01-31'],
      ['2024-03-18', '2024-03-31'],
    ] as const) {
      const { status } = await getTraffic(app, view(from, to));
      expect(status).toBe(200);
      expect(lines.at(-1)).toMatch(/upstream=0 cache=hit$/);
    }
    expect(calls()).toBe(4);
  });

  it.each(['2024-05-15', '2024-05-12', '2024-05-06'])(
    "should answer yesterday's last 7 days right after today's without a call (today %s)",
    async (today) => {
      // 2024-05-12: today's window starts on the first day of today's chunk;
      // 2024-05-06: today is that first day.
      const { app, calls, clock } = createHarness();
      clock.now = at(today);
      const windows = lastWeek(today);
      const first = await getTraffic(app, windows.today);
      expect(first.status).toBe(200);
      const spent = calls();
      expect(spent).toBeLessThanOrEqual(2);
      const { status, body } = await getTraffic(app, windows.yesterday);
      expect(status).toBe(200);
      expect(trafficBody(body).buckets).toHaveLength(7 * 24);
      expect(calls()).toBe(spent);
    },
  );

  it.each(['2024-05-05', '2024-05-15'])(
    'should cost one call for a last 7 days moved forward by a day (from %s)',
    async (today) => {
      const { app, calls, clock } = createHarness();
      clock.now = at(today);
      await getTraffic(app, lastWeek(today).today);
      const spent = calls();
      clock.now += DAY;
      const tomorrow = new Date(Date.parse(today) + DAY).toISOString().slice(0, 10);
      await getTraffic(app, lastWeek(tomorrow).today);
      expect(calls()).toBe(spent + 1);
    },
  );

  it('should refetch the chunk holding today after at most 60 s, and only it', async () => {
    const { app, calls, clock, lines } = createHarness();
    const toToday = view('2024-05-01', '2024-05-15');
    await getTraffic(app, toToday);
    expect(calls()).toBe(1);
    clock.now += 59_000;
    await getTraffic(app, toToday);
    expect(calls()).toBe(1);
    clock.now += 2_000;
    await getTraffic(app, toToday);
    expect(calls()).toBe(2);
    expect(lines.at(-1)).toMatch(/upstream=1 cache=partial$/);
  });

  it('should fetch today again after 60 s on the last day of its chunk too', async () => {
    const { app, calls, clock } = createHarness();
    clock.now = at('2024-05-05');
    const sunday = view('2024-05-05', '2024-05-05');
    await getTraffic(app, sunday);
    const made = calls();
    clock.now += 61_000;
    await getTraffic(app, sunday);
    expect(calls()).toBe(made + 1);
  });

  it("should keep the days before today final after today's chunk expires", async () => {
    const { app, calls, clock } = createHarness();
    await getTraffic(app, view('2024-05-09', '2024-05-15'));
    expect(calls()).toBe(1);
    clock.now += 10 * 60_000;
    await getTraffic(app, view('2024-05-06', '2024-05-14'));
    expect(calls()).toBe(1);
    await getTraffic(app, view('2024-05-10', '2024-05-15'));
    expect(calls()).toBe(2);
    // The next day, yesterday was not final when fetched: it is fetched again.
    clock.now += DAY;
    await getTraffic(app, view('2024-05-10', '2024-05-15'));
    expect(calls()).toBe(3);
  });

  it('should keep a past range however much time passes', async () => {
    const { app, calls, clock } = createHarness();
    await getTraffic(app, view('2024-03-04', '2024-03-10'));
    clock.now += 30 * DAY;
    await getTraffic(app, { ...view('2024-03-04', '2024-03-10'), mac: 'D4:7C:44:90:6F:14' });
    expect(calls()).toBe(1);
  });

  it('should share one upstream call per chunk among 20 concurrent identical requests', async () => {
    const { app, calls } = createHarness();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => getTraffic(app, view('2024-02-14', '2024-05-15'))),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(calls()).toBe(3);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
  });

  it('should evict the least recently used chunks beyond its byte bound', async () => {
    // Room for one chunk of hours (840 rows of 16 bytes; half the budget holds chunks), not two.
    const { app, calls } = createHarness({ cacheMaxBytes: 2 * 20_000 });
    await getTraffic(app, view('2024-03-04', '2024-03-10'));
    await getTraffic(app, view('2024-03-05', '2024-03-10'));
    expect(calls()).toBe(1);
    await getTraffic(app, view('2024-01-29', '2024-02-04'));
    await getTraffic(app, view('2024-03-06', '2024-03-10'));
    expect(calls()).toBe(3);
  });

  it('should serve an expired copy marked stale with its age when the platform fails', async () => {
    const { app, clock, sandbox, lines, calls } = createHarness();
    const toToday = view('2024-05-01', '2024-05-15');
    const fresh = trafficBody((await getTraffic(app, toToday)).body);
    clock.now += 120_000;
    sandbox.faults.push({ code: -500, times: 100 });
    const before = calls();
    const { status, body } = await getTraffic(app, toToday);
    expect(status).toBe(200);
    const stale = trafficBody(body);
    expect(stale).toMatchObject({ stale: true, staleAgeSeconds: 120 });
    expect(stale.buckets).toEqual(fresh.buckets);
    // The failed calls count: the log says what the platform was asked.
    expect(calls()).toBeGreaterThan(before);
    expect(lines.at(-1)).toMatch(new RegExp(` 200 .* upstream=${calls() - before} cache=stale$`));
  });

  it('should answer the error when the platform fails and nothing is cached', async () => {
    const { app, sandbox } = createHarness();
    sandbox.faults.push({ code: -500, times: 100 });
    const { status, body } = await getTraffic(app, view('2024-05-01', '2024-05-15'));
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_ERROR', upstreamCode: -500 } });
  });

  it("should ask for today's chunk alone once the chunk before it is final in the cache", async () => {
    const { app, clock, requests } = createHarness();
    await getTraffic(app, view('2024-05-01', '2024-05-15'));
    clock.now += 61_000;
    await getTraffic(app, view('2024-05-15', '2024-05-15'));
    const startTimes = requests.map((body) => /startTime=([^&]+)/.exec(body)?.[1]);
    expect(startTimes.map((time) => decodeURIComponent(time ?? '').slice(0, 10))).toEqual([
      '2024-04-01',
      '2024-05-06',
    ]);
  });

  it("should bring the chunk before today's in the same call when today is the last day of its chunk", async () => {
    // Sunday 2024-05-05 closes the chunk from 2024-04-01; the one before starts 2024-02-26.
    const { app, calls, clock } = createHarness();
    clock.now = at('2024-05-05');
    const { status } = await getTraffic(app, view('2024-03-25', '2024-05-05'));
    expect(status).toBe(200);
    expect(calls()).toBe(1);
  });

  /** A range asked cold in one request (one call brings both chunks), and its two parts apart. */
  async function wholeAndApart(mac: string, from: string, split: string, to: string) {
    const ask = async (harness: ReturnType<typeof createHarness>, start: string, end: string) =>
      trafficBody((await getTraffic(harness.app, { mac, from: start, to: end })).body);
    const whole = await ask(createHarness(), from, to);
    const apart = createHarness();
    const dayBefore = new Date(Date.parse(split) - DAY).toISOString().slice(0, 10);
    return { whole, first: await ask(apart, from, dayBefore), second: await ask(apart, split, to) };
  }

  it("should count each hour once in a range over the chunk before today's and today's", async () => {
    const { whole, first, second } = await wholeAndApart(
      MAIN_DOOR,
      '2024-05-01',
      '2024-05-06',
      '2024-05-15',
    );
    expect(whole.buckets).toEqual([...first.buckets, ...second.buckets]);
    expect(whole.totals.walkIn).toBe(first.totals.walkIn + second.totals.walkIn);
  });

  it("should count the first hour of today's chunk once too", async () => {
    // A round-the-clock station: the first hour of today's chunk (Monday 00:00) has walk-ins.
    const { whole, first, second } = await wholeAndApart(
      BERLIN_DOOR,
      '2024-05-05',
      '2024-05-06',
      '2024-05-06',
    );
    expect(second.buckets[0]?.walkIn).toBeGreaterThan(0);
    expect(whole.buckets).toEqual([...first.buckets, ...second.buckets]);
  });
});

/** The service alone on the sandbox, its calls counted and its clock settable, as a store view uses it. */
function serviceHarness(concurrency?: number, delayMs = 0) {
  const clock = { now: NOW };
  const now = () => clock.now;
  const sandbox = createSandbox({ now });
  let calls = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const upstream: OpretailClient = sandboxClient(sandbox, {
    now,
    sleep: () => Promise.resolve(),
    fetch: async (request) => {
      calls += 1;
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        return await sandbox.fetch(request);
      } finally {
        inFlight -= 1;
      }
    },
  });
  const service = createTrafficService({
    upstream,
    now,
    cacheMaxBytes: 1 << 26,
    ...(concurrency === undefined ? {} : { concurrency }),
  });
  return { service, sandbox, clock, calls: () => calls, mostInFlight: () => mostInFlight };
}

const doors = TEST_DEVICES.filter((device) => device.mac.startsWith('d47c44906f'));
const ask = (from: string, to: string) => (device: TrafficRequest['device']) => ({
  device,
  from: parseDate(from) ?? Number.NaN,
  to: parseDate(to) ?? Number.NaN,
  granularity: 'hour' as const,
  businessHours: false,
});

describe('traffic service', () => {
  it("should cost a store's doors each one door's calls, then answer each door from them", async () => {
    expect(doors.length).toBeGreaterThanOrEqual(2);
    const { service, calls } = serviceHarness();
    const store = await Promise.all(
      doors.map((door) => service.getTraffic(ask('2023-12-17', '2024-03-17')(door))),
    );
    expect(calls()).toBe(4 * doors.length);
    expect(store.map((answer) => answer.upstreamCalls)).toEqual(doors.map(() => 4));
    for (const door of doors) {
      const narrower = await service.getTraffic(ask('2024-02-01', '2024-02-07')(door));
      expect(narrower).toMatchObject({ cache: 'hit', upstreamCalls: 0 });
    }
    expect(calls()).toBe(4 * doors.length);
  });

  it("should fetch a range's chunks at once, the older ones beside today's call", async () => {
    const { service, calls, mostInFlight } = serviceHarness(4, 5);
    const main = doors[0];
    if (!main) throw new Error('no door');
    await service.getTraffic(ask('2024-02-14', '2024-05-15')(main));
    expect(calls()).toBe(3);
    expect(mostInFlight()).toBe(3);
  });

  it('should bound the platform calls in flight across all concurrent requests', async () => {
    const { service, calls, mostInFlight } = serviceHarness(2, 5);
    const answers = await Promise.all(
      doors.map((door) => service.getTraffic(ask('2023-12-17', '2024-03-17')(door))),
    );
    expect(answers.every((answer) => answer.cache === 'miss')).toBe(true);
    expect(calls()).toBe(4 * doors.length);
    expect(mostInFlight()).toBe(2);
  });
});

describe('traffic service answers', () => {
  const mainDoor = TEST_DEVICES.find((device) => device.mac === MAIN_DOOR);
  if (!mainDoor) throw new Error('no main door');
  const askMain = (from: string, to: string, extra: Partial<TrafficRequest> = {}) => ({
    ...ask(from, to)(mainDoor),
    ...extra,
  });

  it('should say how long an answer may be reused: for ever before today, 60 s from its fetch with today', async () => {
    const { service, clock } = serviceHarness();
    expect((await service.getTraffic(askMain('2024-03-04', '2024-03-10'))).expiresAt).toBe(
      Infinity,
    );
    const fetchedAt = clock.now;
    const withToday = await service.getTraffic(askMain('2024-05-13', '2024-05-15'));
    expect(withToday).toMatchObject({ cache: 'miss', expiresAt: fetchedAt + 60_000 });
    clock.now += 30_000;
    // The same chunk, read back: it still expires a minute after it was fetched.
    expect(await service.getTraffic(askMain('2024-05-15', '2024-05-15'))).toMatchObject({
      cache: 'hit',
      upstreamCalls: 0,
      expiresAt: fetchedAt + 60_000,
    });
    // Yesterday, from today's chunk: final, so for ever, whenever today's copy expires.
    expect(await service.getTraffic(askMain('2024-05-13', '2024-05-14'))).toMatchObject({
      cache: 'hit',
      upstreamCalls: 0,
      expiresAt: Infinity,
    });
  });

  it('should name where an answer came from: miss, hit, partial, then stale with a reuse time of now', async () => {
    const { service, clock, sandbox } = serviceHarness();
    // Two chunks: 2024-04-01 … 05-05 (final) and the one holding today.
    const range = askMain('2024-05-01', '2024-05-15');
    // Cold, one call brings both chunks: the answer is wholly the platform's.
    expect(await service.getTraffic(range)).toMatchObject({ cache: 'miss', upstreamCalls: 1 });
    expect(await service.getTraffic(range)).toMatchObject({ cache: 'hit', upstreamCalls: 0 });
    clock.now += 61_000;
    expect(await service.getTraffic(range)).toMatchObject({ cache: 'partial', upstreamCalls: 1 });
    clock.now += 61_000;
    sandbox.faults.push({ code: -500, times: 100 });
    const stale = await service.getTraffic(range);
    expect(stale).toMatchObject({ cache: 'stale', expiresAt: clock.now });
    expect(stale.body).toMatchObject({ stale: true, staleAgeSeconds: 61 });
  });

  it('should give a stale answer the age of its oldest copy, rounded to the second', async () => {
    // On Sunday 2024-05-05, the last day of its hourly chunk, that chunk is fetched at 02:00 and
    // the next one (from Monday) at 03:00. A day later neither is final nor fresh.
    const { service, clock, sandbox } = serviceHarness();
    clock.now = Date.parse('2024-05-05T02:00:00Z');
    await service.getTraffic(askMain('2024-05-05', '2024-05-05'));
    clock.now += 3_600_000;
    await service.getTraffic(askMain('2024-05-06', '2024-05-06'));
    clock.now = Date.parse('2024-05-06T02:01:30.400Z');
    sandbox.faults.push({ code: -500, times: 100 });
    const stale = await service.getTraffic(askMain('2024-05-05', '2024-05-06'));
    expect(stale.cache).toBe('stale');
    // The older copy is a day, 90.4 s old; the newer one 23 hours less.
    expect(stale.body.staleAgeSeconds).toBe(86_400 + 90);
  });

  it('should serve the kept copy, counting no platform call, when a call fails before it is made', async () => {
    const clock = { now: NOW };
    const now = () => clock.now;
    const real = sandboxClient(createSandbox({ now }), { now });
    let refuse = false;
    const service = createTrafficService({
      now,
      cacheMaxBytes: 1 << 26,
      upstream: {
        // The client refuses a query it finds invalid with a RangeError, sending nothing.
        listDevicePassengerIndicator: (query) =>
          refuse
            ? Promise.reject(new RangeError('bad query'))
            : real.listDevicePassengerIndicator(query),
      },
    });
    const range = askMain('2024-05-15', '2024-05-15');
    await service.getTraffic(range);
    clock.now += 61_000;
    refuse = true;
    expect(await service.getTraffic(range)).toMatchObject({ cache: 'stale', upstreamCalls: 0 });
  });

  /** The service on the sandbox, where a call for a chunk starting on `failing` fails after 4 tries. */
  function failingChunkService(failing: string) {
    // Every detail set, so that a copy that dropped one would show.
    const failed = new OpretailError({
      kind: 'gateway',
      message: 'The platform failed.',
      attempts: 4,
      gatewayCode: -500,
      gatewayName: 'SYSTEM_ERROR',
      httpStatus: 500,
    });
    const real = sandboxClient(createSandbox({ now: () => NOW }), { now: () => NOW });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const service = createTrafficService({
      now: () => NOW,
      cacheMaxBytes: 1 << 26,
      upstream: {
        listDevicePassengerIndicator: async (query) => {
          if (!query.startTime.startsWith(failing)) return real.listDevicePassengerIndicator(query);
          await held;
          throw failed;
        },
      },
    });
    return { service, release, failed };
  }

  it("should count a failed request's calls for every chunk it asked, and the failure's kind", async () => {
    // Two final chunks, 2024-02-26 … 03-31 and 2024-04-01 … 05-05: the second one's call fails.
    const { service, release, failed } = failingChunkService('2024-04-01');
    release();
    const failure = await service
      .getTraffic(askMain('2024-03-25', '2024-04-05'))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OpretailError);
    if (!(failure instanceof OpretailError)) return;
    const details = ({ kind, message, gatewayCode, gatewayName, httpStatus }: OpretailError) => ({
      kind,
      message,
      gatewayCode,
      gatewayName,
      httpStatus,
    });
    expect(details(failure)).toEqual(details(failed));
    expect(failure.attempts).toBe(1 + 4);
  });

  it('should count no call for a request that shared the failing call of another', async () => {
    const { service, release } = failingChunkService('2024-04-01');
    const first = service.getTraffic(askMain('2024-04-01', '2024-04-07')).catch((e: unknown) => e);
    const second = service.getTraffic(askMain('2024-04-08', '2024-04-14')).catch((e: unknown) => e);
    release();
    expect(await first).toMatchObject({ kind: 'gateway', attempts: 4 });
    expect(await second).toMatchObject({ kind: 'gateway', attempts: 0 });
  });

  it('should keep business-hours and all-day answers apart', async () => {
    const { service, calls } = serviceHarness();
    const allDay = await service.getTraffic(askMain('2024-03-04', '2024-03-10'));
    const business = await service.getTraffic(
      askMain('2024-03-04', '2024-03-10', { businessHours: true }),
    );
    expect(calls()).toBe(2);
    expect(business).toMatchObject({ cache: 'miss', body: { businessHours: true } });
    expect(business.body.totals.walkIn).toBeLessThan(allDay.body.totals.walkIn);
    expect(business.body.totals.walkIn).toBeGreaterThan(0);
  });

  it('should keep hourly and daily answers apart', async () => {
    const { service, calls } = serviceHarness();
    const hours = await service.getTraffic(askMain('2024-03-04', '2024-03-10'));
    const days = await service.getTraffic(
      askMain('2024-03-04', '2024-03-10', { granularity: 'day' }),
    );
    expect(calls()).toBe(2);
    expect(hours.body.buckets).toHaveLength(7 * 24);
    expect(days.body.buckets).toHaveLength(7);
    expect(days.body.totals).toEqual(hours.body.totals);
  });
});

describe('combineOutcomes', () => {
  it('should be stale if any part is, a hit or a miss only if every part is, and partial otherwise', () => {
    expect(combineOutcomes(['hit', 'hit'])).toBe('hit');
    expect(combineOutcomes(['miss', 'miss'])).toBe('miss');
    expect(combineOutcomes(['hit', 'miss'])).toBe('partial');
    expect(combineOutcomes(['miss', 'partial'])).toBe('partial');
    expect(combineOutcomes(['hit', 'stale', 'miss'])).toBe('stale');
  });
});

describe('traffic rate limit', () => {
  const socketOf = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

  it('should answer 429 with Retry-After once a client exceeds its limit', async () => {
    const { app } = createHarness({ rateLimitPerMinute: 3 });
    const ask = (address: string) =>
      app.request(
        `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-06`,
        {},
        socketOf(address),
      );
    for (let i = 0; i < 3; i += 1) expect((await ask('203.0.113.7')).status).toBe(200);
    const refused = await ask('203.0.113.7');
    expect(refused.status).toBe(429);
    // The rest of the client's minute window, just begun.
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect(await refused.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    });
    expect((await ask('198.51.100.2')).status).toBe(200);
  });

  it('should not limit other routes', async () => {
    const { app } = createHarness({ rateLimitPerMinute: 1 });
    for (let i = 0; i < 5; i += 1) expect((await app.request('/api/health')).status).toBe(200);
  });
});
