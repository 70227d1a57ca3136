import { describe, expect, it } from 'vitest';
import { EXPIRED_ACCOUNT, FAULT_MACS } from '@footfall/sandbox';
import { createHarness, FACE_CAMERA, getTraffic, MAIN_DOOR, trafficBody } from '../test-kit.ts';

const day = { mac: MAIN_DOOR, from: '2024-05-06', to: '2024-05-06' };

describe('GET /api/traffic', () => {
  it('should answer hourly buckets with ISO starts in the device zone and totals', async () => {
    const { app } = createHarness();
    const { status, body } = await getTraffic(app, day);
    expect(status).toBe(200);
    const traffic = trafficBody(body);
    expect(traffic).toMatchObject({
      device: { mac: MAIN_DOOR, countsWalkOut: true },
      granularity: 'hour',
      businessHours: false,
      from: '2024-05-06',
      to: '2024-05-06',
      timezone: 'Asia/Shanghai',
    });
    expect(traffic.buckets).toHaveLength(24);
    expect(traffic.buckets[10]?.start).toBe('2024-05-06T10:00:00+08:00');
    const starts = traffic.buckets.map((b) => b.start);
    expect([...starts].sort()).toEqual(starts);
    expect(traffic.totals.walkIn).toBe(traffic.buckets.reduce((sum, b) => sum + b.walkIn, 0));
    expect(traffic.totals.walkIn).toBeGreaterThan(0);
  });

  it('should accept a MAC with separators or capitals', async () => {
    const { app } = createHarness();
    for (const mac of ['D4:7C:44:90:6F:14', 'd4-7c-44-90-6f-14', 'D47C44906F14']) {
      const { status, body } = await getTraffic(app, { ...day, mac });
      expect(status).toBe(200);
      expect(trafficBody(body).device.mac).toBe(MAIN_DOOR);
    }
  });

  it('should give null walk-outs, never 0, for a device that does not count them', async () => {
    const { app } = createHarness();
    const traffic = trafficBody((await getTraffic(app, { ...day, mac: FACE_CAMERA })).body);
    expect(traffic.buckets.length).toBeGreaterThan(0);
    expect(traffic.buckets.every((b) => b.walkOut === null)).toBe(true);
    expect(traffic.totals.walkOut).toBeNull();
  });

  it('should map granularity to timeType and businessHours to isOnBusinessTime', async () => {
    const { app, requests } = createHarness();
    const { body } = await getTraffic(app, {
      ...day,
      // Whole weeks, Monday to Sunday: no bucket is cut, so the weeks' own rows answer.
      from: '2024-04-01',
      to: '2024-04-28',
      granularity: 'week',
      businessHours: 'true',
    });
    expect(trafficBody(body)).toMatchObject({ granularity: 'week', businessHours: true });
    expect(trafficBody(body).buckets[0]?.start).toBe('2024-04-01T00:00:00+08:00');
    expect(
      requests.every((r) => r.includes('timeType=3') && r.includes('isOnBusinessTime=1')),
    ).toBe(true);
    // Whole aligned chunks of 260 ISO weeks, not the range's edges: the one holding today
    // (2019-11-04 … 2024-10-27) and, in the same call, the one before it.
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('startTime=2014-11-10+00%3A00%3A00');
    expect(requests[0]).toContain('endTime=2024-10-27+23%3A59%3A59');
  });

  it('should fetch whole aligned chunks and keep only the range, in order', async () => {
    const { app, calls } = createHarness();
    // Inside the hourly chunk 2024-04-01 … 2024-05-05.
    const { body } = await getTraffic(app, { ...day, from: '2024-04-10', to: '2024-04-24' });
    expect(calls()).toBe(1);
    const buckets = trafficBody(body).buckets;
    expect(buckets).toHaveLength(15 * 24);
    expect(buckets[0]?.start).toBe('2024-04-10T00:00:00+08:00');
    expect(buckets.at(-1)?.start).toBe('2024-04-24T23:00:00+08:00');
  });

  it.each([
    [{ ...day, mac: 'xyz' }, /mac must be 12 hex digits/],
    [{ from: day.from, to: day.to }, /give exactly one of mac and store/],
    [
      new URLSearchParams([...Object.entries(day), ['from', '2024-05-01']]),
      /from must be given once/,
    ],
    [{ ...day, from: '2024-02-30' }, /from must be a real date/],
    [{ ...day, to: '06/05/2024' }, /to must be a real date/],
    [{ ...day, granularity: 'minute' }, /granularity must be one of/],
    [{ ...day, businessHours: 'yes' }, /businessHours must be true or false/],
    [{ ...day, from: '2024-05-07' }, /must not be after/],
  ])('should refuse %j with 400 INVALID_QUERY', async (query, message) => {
    const { app, calls } = createHarness();
    const { status, body } = await getTraffic(app, query);
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { code: 'INVALID_QUERY', message: expect.stringMatching(message) as unknown },
    });
    expect(calls()).toBe(0);
  });

  it('should refuse a range too long for its granularity with 400 RANGE_TOO_LONG', async () => {
    const { app } = createHarness();
    const hourly = await getTraffic(app, { ...day, from: '2024-01-01', to: '2024-04-02' });
    expect(hourly.status).toBe(400);
    expect(hourly.body).toMatchObject({ error: { code: 'RANGE_TOO_LONG' } });
    const daily = await getTraffic(app, {
      ...day,
      from: '2021-01-01',
      to: '2024-01-01',
      granularity: 'day',
    });
    expect(daily.body).toMatchObject({ error: { code: 'RANGE_TOO_LONG' } });
  });

  it('should answer 404 UNKNOWN_DEVICE for an unconfigured MAC before any upstream call', async () => {
    const { app, calls } = createHarness();
    const { status, body } = await getTraffic(app, { ...day, mac: '001122334455' });
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'UNKNOWN_DEVICE' } });
    expect(calls()).toBe(0);
  });
});

describe('GET /api/traffic upstream failures', () => {
  it('should answer 502 with the gateway code and a plain message for an expired key', async () => {
    const { app } = createHarness({ account: EXPIRED_ACCOUNT });
    const { status, body } = await getTraffic(app, day);
    expect(status).toBe(502);
    expect(body).toEqual({
      error: {
        code: 'UPSTREAM_ERROR',
        message: 'The Opretail key has expired: renew the service.',
        upstreamCode: 3,
        upstreamName: 'KEY_HAS_EXPIRED',
      },
    });
  });

  it.each([
    ['serverError', -500],
    ['unknownError', -999],
  ] as const)('should retry then answer 502 for the %s device', async (device, code) => {
    const { app, calls, lines } = createHarness();
    const { status, body } = await getTraffic(app, { ...day, mac: FAULT_MACS[device] });
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_ERROR', upstreamCode: code } });
    expect(calls()).toBe(4);
    expect(lines.at(-1)).toMatch(/GET \/api\/traffic 502 .* upstream=4 /);
  });

  it('should answer 502 without a gateway code for a body that is not JSON', async () => {
    const { app } = createHarness();
    const { status, body } = await getTraffic(app, { ...day, mac: FAULT_MACS.malformed });
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_ERROR', upstreamCode: null } });
  });

  it('should answer 502 for rows it cannot read rather than a silent zero', async () => {
    const { app, sandbox } = createHarness();
    sandbox.faults.push({ malformed: 'bad-rows' });
    const { status, body } = await getTraffic(app, day);
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_ERROR' } });
  });

  it('should answer 504 UPSTREAM_TIMEOUT when the platform is too slow', async () => {
    const { app } = createHarness({ timeoutMs: 30, slowDelayMs: 500 });
    const { status, body } = await getTraffic(app, { ...day, mac: FAULT_MACS.slow });
    expect(status).toBe(504);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_TIMEOUT' } });
  });

  it('should recover from a repeated-call refusal by retrying', async () => {
    const { app, calls } = createHarness();
    const { status } = await getTraffic(app, { ...day, mac: FAULT_MACS.repeatOnce });
    expect(status).toBe(200);
    expect(calls()).toBe(2);
  });
});

describe('GET /api/traffic response shapes', () => {
  const baseline = async (query: Record<string, string>) =>
    trafficBody((await getTraffic(createHarness().app, query)).body).buckets;

  it.each([
    ['wrapped records with string counts', FAULT_MACS.wrapped],
    ['epoch-ms labels', FAULT_MACS.epochLabels],
  ])('should read the %s device like any other', async (_shape, mac) => {
    const { app } = createHarness();
    const traffic = trafficBody((await getTraffic(app, { ...day, mac })).body);
    expect(traffic.buckets).toHaveLength(24);
    expect(traffic.totals.walkIn).toBeGreaterThan(0);
  });

  it.each([
    [{ wrap: 'list' }, 'hour'],
    [{ wrap: 'rows' }, 'hour'],
    [{ wrap: 'dataList', stringCounts: true }, 'hour'],
    [{ label: 'yyyy-MM-dd HH:mm' }, 'hour'],
    [{ label: 'yyyy-MM-dd HH' }, 'hour'],
    [{ label: 'epoch-ms-string' }, 'hour'],
    [{ codeAsString: true }, 'hour'],
    [{ label: 'yyyy-MM-dd' }, 'day'],
    [{ label: 'yyyy-MM' }, 'month'],
    [{ label: 'yyyy' }, 'year'],
  ] as const)('should give the same buckets for shape %j by %s', async (shape, granularity) => {
    // Whole periods: a cut month or year would also be asked by day, in another label shape.
    const whole = {
      month: { from: '2024-04-01', to: '2024-04-30' },
      year: { from: '2023-01-01', to: '2023-12-31' },
    } as const;
    const range =
      granularity === 'month' || granularity === 'year'
        ? whole[granularity]
        : { from: '2024-05-01', to: '2024-05-07' };
    const query = { ...day, ...range, granularity };
    const expected = await baseline(query);
    const { app, sandbox } = createHarness();
    sandbox.faults.push({ shape, times: 10 });
    expect(trafficBody((await getTraffic(app, query)).body).buckets).toEqual(expected);
  });

  it('should read null walk-out counts of a face camera as not counted', async () => {
    const { app, sandbox } = createHarness();
    sandbox.faults.push({ shape: { nullWalkOut: true } });
    const traffic = trafficBody((await getTraffic(app, { ...day, mac: FACE_CAMERA })).body);
    expect(traffic.totals.walkOut).toBeNull();
  });
});
