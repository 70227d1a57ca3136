import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_GATEWAY_URL, createOpretailClient, type OpretailClientConfig } from './client.ts';
import { code, fakeGateway, ok, opretailRejection, type Reply } from './fake-gateway.ts';
import type { PassengerQuery } from './request.ts';
import { gatewayError } from './errors.ts';
import { sign } from './sign.ts';

const SECRET = 'S3CR3T-never-shown';
const query: PassengerQuery = {
  mac: 'd47c44906f14',
  startTime: '2023-03-29 00:00:00',
  endTime: '2023-03-29 23:59:59',
  timeType: 1,
  isOnBusinessTime: true,
  timezone: 'Asia/Shanghai',
};

/** A client on a fake gateway whose clock moves on a second per call to now(). */
function setup(replies: Reply[], config: Partial<OpretailClientConfig> = {}) {
  const gateway = fakeGateway(...replies);
  const sleep = vi.fn<(ms: number) => Promise<void>>(() => Promise.resolve());
  let clock = Date.UTC(2023, 2, 29, 2, 0, 0);
  const client = createOpretailClient({
    akey: 'S107-00000742',
    secret: SECRET,
    fetch: gateway.fetch,
    now: () => (clock += 1_000),
    sleep,
    random: () => 0.5,
    ...config,
  });
  return { client, gateway, sleep };
}

describe('createOpretailClient', () => {
  it('should send a signed form POST to the default gateway and return typed rows', async () => {
    const { client, gateway } = setup([
      ok({ list: [{ time: '2023-03-29 10:00:00', passengerFlow: '5', outFlowCount: 4 }] }),
    ]);
    await expect(client.listDevicePassengerIndicator(query)).resolves.toEqual({
      rows: [{ start: Date.UTC(2023, 2, 29, 10), walkIn: 5, walkOut: 4 }],
      attempts: 1,
    });
    const [call] = gateway.calls;
    expect(call?.url).toBe('http://openapi.opretail.com/m.api');
    expect(DEFAULT_GATEWAY_URL).toBe('http://openapi.opretail.com/m.api');
    expect(call?.contentType).toBe('application/x-www-form-urlencoded; charset=UTF-8');
    const { _sig: signature, ...signed } = call?.params ?? {};
    expect(signed).toMatchObject({ _aid: 'S107', _sm: 'md5', _timestamp: '20230329100001' });
    expect(signature).toBe(sign(signed, SECRET, 'md5'));
  });

  it('should fall back to the global fetch', async () => {
    const gateway = fakeGateway(ok([]));
    vi.stubGlobal('fetch', gateway.fetch);
    try {
      const client = createOpretailClient({ akey: 'k', secret: SECRET });
      await expect(client.listDevicePassengerIndicator(query)).resolves.toEqual({
        rows: [],
        attempts: 1,
      });
      expect(gateway.calls).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('should use the configured aid, method, gateway and clock zone', async () => {
    const { client, gateway } = setup([ok([])], {
      aid: 'S999',
      signMethod: 'sha1',
      gatewayUrl: 'https://gateway.test/m.api',
      timezone: 'UTC',
    });
    await client.listDevicePassengerIndicator(query);
    const call = gateway.calls[0];
    expect(call?.url).toBe('https://gateway.test/m.api');
    expect(call?.params).toMatchObject({ _aid: 'S999', _sm: 'sha1', _timestamp: '20230329020001' });
    expect(call?.params._sig).toMatch(/^[0-9A-F]{40}$/);
  });

  it('should re-sign every attempt with a fresh timestamp', async () => {
    const { client, gateway } = setup([code(-500), code(-100), ok([])]);
    await expect(client.listDevicePassengerIndicator(query)).resolves.toMatchObject({
      attempts: 3,
    });
    const stamps = gateway.calls.map((call) => call.params._timestamp);
    expect(stamps).toEqual(['20230329100001', '20230329100002', '20230329100003']);
    for (const { params } of gateway.calls) {
      const { _sig: signature, ...signed } = params;
      expect(signature).toBe(sign(signed, SECRET, 'md5'));
    }
    expect(new Set(gateway.calls.map((call) => call.params._sig)).size).toBe(3);
  });

  it('should give up after maxAttempts with growing backoff pauses', async () => {
    const { client, gateway, sleep } = setup([code(-999)]);
    const error = await opretailRejection(client.listDevicePassengerIndicator(query));
    expect(error).toMatchObject({
      kind: 'gateway',
      gatewayCode: -999,
      gatewayName: 'UNKNOWN_ERROR',
    });
    expect(error.attempts).toBe(4);
    expect(gateway.calls).toHaveLength(4);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100, 200, 400]);
  });

  it('should retry code 16 once with a fresh timestamp and no pause', async () => {
    const { client, gateway, sleep } = setup([code(16), ok([])]);
    await expect(client.listDevicePassengerIndicator(query)).resolves.toEqual({
      rows: [],
      attempts: 2,
    });
    expect(gateway.calls[1]?.params._timestamp).not.toBe(gateway.calls[0]?.params._timestamp);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('should fail at once on an expired key, in plain language', async () => {
    const { client, gateway } = setup([code('3', 'KEY_HAS_EXPIRED'), ok([])]);
    const error = await opretailRejection(client.listDevicePassengerIndicator(query));
    expect(error).toMatchObject({ kind: 'gateway', gatewayCode: 3, attempts: 1 });
    expect(error.message).toBe('The Opretail key has expired: renew the service.');
    expect(gateway.calls).toHaveLength(1);
  });

  it('should retry HTTP 5xx but not 4xx', async () => {
    const status = (value: number): Reply => ({
      response: () => new Response('', { status: value }),
    });
    const server = setup([status(502), ok([])]);
    await expect(server.client.listDevicePassengerIndicator(query)).resolves.toMatchObject({
      attempts: 2,
    });
    const refused = setup([status(403), ok([])]);
    const error = await opretailRejection(refused.client.listDevicePassengerIndicator(query));
    expect(error).toMatchObject({ kind: 'http-status', httpStatus: 403, attempts: 1 });
  });

  it('should time out each attempt and retry a timeout once', async () => {
    const { client, gateway } = setup(['hang'], { timeoutMs: 10 });
    const error = await opretailRejection(client.listDevicePassengerIndicator(query));
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(gateway.calls).toHaveLength(2);
  });

  it('should refuse an invalid query without calling the gateway', async () => {
    const { client, gateway } = setup([ok([])]);
    await expect(client.listDevicePassengerIndicator({ ...query, timeType: 9 })).rejects.toThrow(
      RangeError,
    );
    expect(gateway.calls).toHaveLength(0);
  });

  it('should pause between retries on its own when no sleep is given', async () => {
    const gateway = fakeGateway(code(-500), ok([]));
    const client = createOpretailClient({
      akey: 'k',
      secret: SECRET,
      fetch: gateway.fetch,
      backoffMs: 1,
      signMethod: 'md5',
    });
    await expect(client.listDevicePassengerIndicator(query)).resolves.toEqual({
      rows: [],
      attempts: 2,
    });
  });

  it.each([
    [{ backoffMs: -1 }, 'backoffMs'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ maxAttempts: 1.5 }, 'maxAttempts'],
    [{ timezone: 'Nowhere/Land' }, 'timezone'],
  ])('should refuse %o', (bad, field) => {
    expect(() => createOpretailClient({ akey: 'k', secret: SECRET, ...bad })).toThrow(
      new RangeError(`Invalid Opretail client config: ${field}`),
    );
  });

  it('should refuse an invalid config, naming fields but never the secret', () => {
    const make = () =>
      createOpretailClient({ akey: 'k', secret: SECRET, timezone: 'Nowhere/Land', maxAttempts: 0 });
    expect(make).toThrow(/timezone, maxAttempts/);
    expect(make).not.toThrow(new RegExp(SECRET));
  });

  it.each(['https://gateway.example/m.api', 'http://gateway.example/m.api'])(
    'should take an http or https gateway (%s)',
    async (gatewayUrl) => {
      const { client, gateway } = setup([ok([])], { gatewayUrl });
      await client.listDevicePassengerIndicator(query);
      expect(gateway.calls[0]?.url).toBe(gatewayUrl);
    },
  );

  it.each([
    'xhttps://gateway.example',
    'httpsx://gateway.example',
    'ftp://gateway.example',
    'nope',
  ])('should refuse a gateway that is not http or https (%s)', (gatewayUrl) => {
    expect(() => createOpretailClient({ akey: 'k', secret: SECRET, gatewayUrl })).toThrow(
      new RangeError('Invalid Opretail client config: gatewayUrl'),
    );
  });

  describe('errors', () => {
    const refused = new TypeError(`fetch failed ${SECRET}`, { cause: { code: 'ECONNRESET' } });
    it.each<[string, Reply[]]>([
      ['gateway', [code(7, 'SIGN_WRONG')]],
      ['network', [{ fail: refused }]],
      ['http-status', [{ response: () => new Response(SECRET, { status: 418 }) }]],
      ['not-json', [{ response: () => new Response(`_sig=… ${SECRET}`) }]],
      ['malformed', [ok([{ time: SECRET, passengerFlow: 1 }])]],
    ])(
      'should never carry the secret, a signature or the signed body (%s)',
      async (kind, replies) => {
        const { client, gateway } = setup(replies);
        const error = await opretailRejection(client.listDevicePassengerIndicator(query));
        expect(error.kind).toBe(kind);
        const everything = `${error.message} ${error.stack ?? ''} ${JSON.stringify(error)}`;
        expect(everything).not.toContain(SECRET);
        for (const call of gateway.calls) {
          expect(everything).not.toContain(call.params._sig);
          expect(everything).not.toContain(call.body);
        }
      },
    );

    it('should leave a message with nothing to cut out as it was, even with an empty secret', async () => {
      const { client } = setup([code(7, 'SIGN_WRONG')], { secret: '' });
      const error = await opretailRejection(client.listDevicePassengerIndicator(query));
      expect(error.message).toBe(gatewayError(7, 'SIGN_WRONG', 1).message);
      expect(error.stack).toContain(error.message);
    });

    it('should cut out a signature that an answer echoes back', async () => {
      const gateway = fakeGateway(ok([]));
      const echo = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        await gateway.fetch(input, init);
        const signature = gateway.calls.at(-1)?.params._sig ?? '';
        return Response.json({ stat: { code: 0 }, data: [{ time: signature, passengerFlow: 1 }] });
      });
      const { client } = setup([], { fetch: echo });
      const error = await opretailRejection(client.listDevicePassengerIndicator(query));
      const signature = gateway.calls[0]?.params._sig ?? 'missing';
      expect(error.kind).toBe('malformed');
      expect(error.message).toContain('[redacted]');
      expect(error.message).not.toContain(signature);
      expect(error.stack).not.toContain(signature);
    });
  });
});
