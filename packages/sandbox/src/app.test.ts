import { describeGatewayCode, sign } from '@footfall/opretail';
import { PUBLISHED_VECTOR } from '@footfall/opretail/sign-vectors';
import { describe, expect, it } from 'vitest';
import { EXPIRED_ACCOUNT, PUBLISHED_VECTOR_ACCOUNT } from './accounts.ts';
import { createSandbox } from './app.ts';
import { FAULT_MACS } from './devices.ts';
import {
  commonParams,
  envelopeSchema,
  NOW,
  passengerParams,
  post,
  rowsSchema,
  signed,
} from './test-support.ts';

const business = {
  mac: 'd47c44906f14',
  startTime: '2024-03-13 00:00:00',
  endTime: '2024-03-13 23:59:59',
  timeType: '2',
  isOnBusinessTime: '0',
};

function without(params: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== name));
}

const base = { ...commonParams(), ...business };
const MINUTE = 60_000;

// Each request breaks one rule (signed afterwards unless the signature is what is broken).
const cases: [number, string, Record<string, string>][] = [
  [1, '_akey missing', signed(without(base, '_akey'))],
  [
    1,
    '_akey empty, and _sm missing too',
    signed(without({ ...base, _akey: '' }, '_sm'), 'x', 'md5'),
  ],
  [2, 'an unknown _akey', signed({ ...base, _akey: 'nobody' })],
  [
    3,
    'an expired key',
    signed({ ...commonParams(EXPIRED_ACCOUNT), ...business }, EXPIRED_ACCOUNT.secret),
  ],
  [4, '_sm missing', signed(without(base, '_sm'), undefined, 'md5')],
  [5, '_sm sha256', signed({ ...base, _sm: 'sha256' }, undefined, 'md5')],
  [6, '_sig missing', base],
  [7, 'a signature made with another secret', signed(base, 'wrong-secret')],
  [7, 'a signature in lowercase hex', { ...base, _sig: signed(base)._sig?.toLowerCase() ?? '' }],
  [8, '_mt missing', signed(without(base, '_mt'))],
  [9, 'an unknown method', signed({ ...base, _mt: 'open.shop.list' })],
  [9, 'version v2', signed({ ...base, _version: 'v2' })],
  [10, '_requestMode missing', signed(without(base, '_requestMode'))],
  [11, '_aid missing', signed(without(base, '_aid'))],
  [12, 'an _aid of another system', signed({ ...base, _aid: 'S108' })],
  [13, '_version missing', signed(without(base, '_version'))],
  [
    14,
    '_timestamp missing, and _format unknown too',
    signed(without({ ...base, _format: 'xml' }, '_timestamp')),
  ],
  [15, 'a 13-digit timestamp', signed({ ...base, _timestamp: '2024031414300' })],
  [15, 'an impossible timestamp', signed({ ...base, _timestamp: '20240230143000' })],
  [15, 'a dashed timestamp', signed({ ...base, _timestamp: '2024-03-14 14:30' })],
  [
    16,
    'a timestamp 11 minutes slow',
    signed({ ...commonParams(undefined, NOW - 11 * MINUTE), ...business }),
  ],
  [
    16,
    'a timestamp read as UTC',
    signed({ ...commonParams(undefined, NOW - 8 * 60 * MINUTE), ...business }),
  ],
  [17, 'an unknown _format', signed({ ...base, _format: 'xml' })],
  [40, 'a malformed mac', signed({ ...base, mac: 'D4:7C:44:90:6F:14' })],
];

describe('createSandbox', () => {
  it.each(cases)('should answer code %i for %s', async (code, _why, params) => {
    const envelope = await post(createSandbox({ now: () => NOW }), params);
    expect(envelope.stat.code).toBe(code);
    expect(envelope.data).toBeNull();
    if (code !== 40) {
      expect(envelope.stat.codename).toBe(describeGatewayCode(code).name);
      expect(envelope.result).toBe(describeGatewayCode(code).message);
    }
  });

  it.each([
    [-100, FAULT_MACS.repeatOnce],
    [-500, FAULT_MACS.serverError],
    [-999, FAULT_MACS.unknownError],
  ])('should answer code %i for the fault device that causes it', async (code, mac) => {
    const envelope = await post(createSandbox({ now: () => NOW }), signed({ ...base, mac }));
    expect(envelope.stat).toMatchObject({ code, codename: describeGatewayCode(code).name });
  });

  it('should accept a timestamp within ten minutes and sha1 signatures', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const late = signed({ ...commonParams(undefined, NOW + 9 * MINUTE, 'sha1'), ...business });
    const envelope = await post(sandbox, late);
    expect(envelope.stat).toMatchObject({ code: 0, codename: 'SUCCESS', systime: NOW });
    expect(rowsSchema.parse(envelope.data)).toHaveLength(1);
  });

  it('should accept a missing _format as json', async () => {
    const envelope = await post(
      createSandbox({ now: () => NOW }),
      signed(without(base, '_format')),
    );
    expect(envelope.stat.code).toBe(0);
  });

  it('should accept the published signing vector end to end', async () => {
    const vector = PUBLISHED_VECTOR.params;
    expect(sign(vector, PUBLISHED_VECTOR_ACCOUNT.secret, 'md5')).toBe(PUBLISHED_VECTOR.md5);
    // 13:24:07 in Shanghai on the vector's day.
    const sandbox = createSandbox({ now: () => Date.UTC(2017, 11, 21, 5, 24, 7) });
    const envelope = await post(sandbox, { ...vector, _sig: PUBLISHED_VECTOR.md5 });
    expect(envelope.stat.code).toBe(0);
    expect(envelope.data).toMatchObject({ akey: 'test', aid: 'S107', orgid: '1' });
  });

  it('should reject a one-character change to any signed parameter', async () => {
    // The key and the sign method are checked before the signature, so they fail earlier.
    const earlier: Record<string, number> = { _akey: 2, _sm: 5 };
    const sandbox = createSandbox({ now: () => NOW });
    const good = passengerParams(business);
    expect((await post(sandbox, good)).stat.code).toBe(0);
    const names = Object.keys(good).filter((name) => name !== '_sig');
    expect(names).toHaveLength(13);
    for (const name of names) {
      const value = good[name] ?? '';
      const last = value.at(-1) === '0' ? '1' : '0';
      const tampered = { ...good, [name]: value.slice(0, -1) + last };
      const envelope = await post(sandbox, tampered);
      expect({ name, code: envelope.stat.code }).toEqual({ name, code: earlier[name] ?? 7 });
    }
    const sig = good._sig ?? '';
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    expect((await post(sandbox, { ...good, _sig: flipped })).stat.code).toBe(7);
    expect((await post(sandbox, { ...good, extra: 'x' })).stat.code).toBe(7);
  });

  it('should read a GET query string, and a POST body over its query string', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const params = passengerParams(business);
    const query = new URLSearchParams(params).toString();
    const viaGet = await sandbox.fetch(new Request(`http://sandbox.invalid/m.api?${query}`));
    expect(envelopeSchema.parse(await viaGet.json()).stat.code).toBe(0);

    const viaBoth = await sandbox.fetch(
      new Request(`http://sandbox.invalid/m.api?_akey=nobody`, {
        method: 'POST',
        body: new URLSearchParams(params),
      }),
    );
    expect(envelopeSchema.parse(await viaBoth.json()).stat.code).toBe(0);
  });

  it('should answer gateway errors with HTTP 200 and count every call', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const response = await sandbox.fetch(
      new Request('http://sandbox.invalid/m.api', { method: 'POST' }),
    );
    expect(response.status).toBe(200);
    expect(envelopeSchema.parse(await response.json()).stat.code).toBe(1);
    await post(sandbox, passengerParams(business));
    expect(sandbox.callCount()).toBe(2);
    expect(sandbox.callCount('d47c44906f14')).toBe(1);
  });
});

describe('createSandbox, its estate, latency and call log', () => {
  const week = { startTime: '2024-03-04 00:00:00', endTime: '2024-03-10 23:59:59', timeType: '2' };

  it('should answer a generated estate with stores, and no longer the demo devices', async () => {
    const sandbox = createSandbox({ now: () => NOW, stores: 4 });
    expect(sandbox.devices.map((device) => device.storeId)).toContain('store-0004');
    expect(sandbox.devices).toHaveLength(12);
    const rowsOf = async (mac: string) =>
      rowsSchema.parse((await post(sandbox, passengerParams({ mac, ...week }))).data);
    expect(await rowsOf('5e0000000403')).toHaveLength(7);
    expect(await rowsOf('d47c44906f14')).toEqual([]);
    expect(createSandbox({ now: () => NOW }).devices).toHaveLength(9);
  });

  it('should log the calls it receives, with their business parameters read', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const exact = {
      mac: 'a0b1c2d3e4f6',
      startTime: '2023-03-01 00:00:00',
      endTime: '2023-03-05 23:59:59',
      timeType: '3',
    };
    await post(sandbox, passengerParams(exact));
    // A call the gateway refuses was still made: it is logged too.
    await post(sandbox, { ...passengerParams({ mac: 'd47c44906f14', ...week }), _sig: 'X' });
    expect(sandbox.recentCalls()).toEqual([
      { ...exact, timeType: 3, isOnBusinessTime: 0 },
      { mac: 'd47c44906f14', ...week, timeType: 2, isOnBusinessTime: 0 },
    ]);
    expect(sandbox.callCount()).toBe(2);
  });

  it('should make every call wait latencyMs, concurrent calls side by side', async () => {
    const latencyMs = 150;
    const sandbox = createSandbox({ now: () => NOW, latencyMs });
    const call = () => post(sandbox, passengerParams({ mac: 'd47c44906f14', ...week }));
    let started = performance.now();
    await call();
    expect(performance.now() - started).toBeGreaterThanOrEqual(latencyMs - 5);
    started = performance.now();
    await Promise.all(Array.from({ length: 10 }, call));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(latencyMs - 5);
    // One after another, ten calls would take 1.5 s.
    expect(elapsed).toBeLessThan(4 * latencyMs);
    expect(() => createSandbox({ latencyMs: -1 })).toThrow(RangeError);
  });
});
