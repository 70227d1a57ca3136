import { fromWall } from '@footfall/buckets';
import { OpretailError, createOpretailClient } from '@footfall/opretail';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SANDBOX_ACCOUNT, SANDBOX_GATEWAY_URL } from './accounts.ts';
import { createSandbox, type Sandbox } from './app.ts';
import { FAULT_MACS } from './devices.ts';
import type { LabelFormat, ListKey } from './render.ts';
import { envelopeSchema, NOW, passengerParams, post } from './test-support.ts';

const MAIN = 'd47c44906f14';
const FACE = 'd47c44906f16';
const day = { startTime: '2024-03-13 10:00:00', endTime: '2024-03-13 11:59:59' };
const count = z.string().regex(/^\d+$/);
const stringRow = z.object({ time: z.string(), passengerFlow: count, outFlowCount: count });
const call = (sandbox: Sandbox, mac = MAIN, extra: Record<string, string> = {}) =>
  post(sandbox, passengerParams({ mac, ...day, ...extra }));

async function rawCall(sandbox: Sandbox, mac: string): Promise<Response> {
  return sandbox.fetch(
    new Request(SANDBOX_GATEWAY_URL, {
      method: 'POST',
      body: new URLSearchParams(passengerParams({ mac, ...day })),
    }),
  );
}

describe('sandbox faults', () => {
  it('should fail the repeat-once device with -100 on its first call only', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    expect((await call(sandbox, FAULT_MACS.repeatOnce)).stat.code).toBe(-100);
    const second = await call(sandbox, FAULT_MACS.repeatOnce);
    expect(second.stat.code).toBe(0);
    expect(second.data).toHaveLength(2);
    // Another sandbox has its own first call.
    expect((await call(createSandbox({ now: () => NOW }), FAULT_MACS.repeatOnce)).stat.code).toBe(
      -100,
    );
  });

  it('should fail the error devices on every call', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    for (let i = 0; i < 3; i++) {
      expect((await call(sandbox, FAULT_MACS.serverError)).stat.code).toBe(-500);
      expect((await call(sandbox, FAULT_MACS.unknownError)).stat.code).toBe(-999);
    }
  });

  it('should answer the slow device after its delay, and stop waiting once the caller aborts', async () => {
    const sandbox = createSandbox({ now: () => NOW, slowDelayMs: 60 });
    const started = performance.now();
    expect((await call(sandbox, FAULT_MACS.slow)).stat.code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);

    const patient = createSandbox({ now: () => NOW, slowDelayMs: 60_000 });
    const controller = new AbortController();
    const request = new Request(SANDBOX_GATEWAY_URL, {
      method: 'POST',
      body: new URLSearchParams(passengerParams({ mac: FAULT_MACS.slow, ...day })),
      signal: controller.signal,
    });
    const pending = patient.fetch(request);
    setTimeout(() => {
      controller.abort();
    }, 10);
    await expect(pending).resolves.toBeInstanceOf(Response);
  });

  it('should answer the malformed device with a body that is not JSON', async () => {
    const response = await rawCall(createSandbox({ now: () => NOW }), FAULT_MACS.malformed);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('should answer the wrapped and epoch devices in their shapes', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const wrapped = await call(sandbox, FAULT_MACS.wrapped);
    const records = z
      .object({ records: z.array(stringRow), total: z.number() })
      .parse(wrapped.data);
    expect(records.total).toBe(2);
    expect(records.records[0]?.time).toBe('2024-03-13 10:00:00');
    const epoch = await call(sandbox, FAULT_MACS.epochLabels);
    expect(epoch.data).toMatchObject([
      { time: fromWall(Date.UTC(2024, 2, 13, 10), 'Asia/Shanghai') },
      { time: Date.UTC(2024, 2, 13, 3) },
    ]);
  });

  it('should apply a queued fault to the next calls, in order, then answer normally', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ code: -500, times: 2 });
    sandbox.faults.push({ code: 16 });
    expect(sandbox.faults.pending).toBe(3);
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await call(sandbox)).stat.code);
    expect(codes).toEqual([-500, -500, 16, 0]);
    expect(sandbox.faults.pending).toBe(0);
  });

  it('should apply a fault for one device only to that device', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ mac: FACE, code: -999 });
    expect((await call(sandbox, MAIN)).stat.code).toBe(0);
    expect((await call(sandbox, FACE)).stat.code).toBe(-999);
    expect((await call(sandbox, FACE)).stat.code).toBe(0);
  });

  it('should not apply a fault to a call that fails the common checks', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ code: -500 });
    const unsigned = passengerParams({ mac: MAIN, ...day });
    expect((await post(sandbox, { ...unsigned, _sig: 'X' })).stat.code).toBe(7);
    expect((await call(sandbox)).stat.code).toBe(-500);
  });

  it('should keep faults to their own sandbox and forget them on reset', async () => {
    const one = createSandbox({ now: () => NOW });
    const other = createSandbox({ now: () => NOW });
    one.faults.push({ code: -500, times: 5 });
    expect((await call(other)).stat.code).toBe(0);
    expect((await call(one)).stat.code).toBe(-500);
    one.faults.reset();
    expect(one.faults.pending).toBe(0);
    expect((await call(one)).stat.code).toBe(0);
    expect(() => {
      one.faults.push({ code: -500, times: 0 });
    }).toThrow(RangeError);
  });

  it('should delay a call by a queued delay', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ delayMs: 50 });
    const started = performance.now();
    expect((await call(sandbox)).stat.code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('should answer rows a client cannot read for a bad-rows fault', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ malformed: 'bad-rows' });
    const envelope = await call(sandbox);
    expect(envelope.stat.code).toBe(0);
    expect(envelope.data).toEqual([{ time: 'yesterday', passengerFlow: 'many' }]);
  });

  it('should send the code as a string and null walk-outs when asked', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ code: -500, shape: { codeAsString: true } });
    sandbox.faults.push({ shape: { nullWalkOut: true } });
    expect((await call(sandbox)).stat.code).toBe('-500');
    const face = envelopeSchema.parse(await (await rawCall(sandbox, FACE)).json());
    expect(face.data).toMatchObject([{ outFlowCount: null }, { outFlowCount: null }]);
  });

  it.each<[LabelFormat, string, string | number]>([
    ['yyyy-MM-dd HH:mm:ss', '1', '2024-03-13 10:00:00'],
    ['yyyy-MM-dd HH:mm', '1', '2024-03-13 10:00'],
    ['yyyy-MM-dd HH', '1', '2024-03-13 10'],
    ['yyyy-MM-dd', '2', '2024-03-13'],
    ['yyyy-MM', '4', '2024-03'],
    ['yyyy', '6', '2024'],
    ['epoch-ms', '1', Date.UTC(2024, 2, 13, 2)],
    ['epoch-ms-string', '1', String(Date.UTC(2024, 2, 13, 2))],
  ])('should label rows as %s', async (label, timeType, first) => {
    const sandbox = createSandbox({ now: () => NOW });
    sandbox.faults.push({ shape: { label } });
    const envelope = await call(sandbox, MAIN, { timeType });
    const rows = z.array(z.looseObject({ time: z.unknown() })).parse(envelope.data);
    expect(rows[0]?.time).toEqual(first);
  });

  it.each<ListKey>(['list', 'records', 'rows', 'dataList'])(
    'should wrap the rows under %s',
    async (wrap) => {
      const sandbox = createSandbox({ now: () => NOW });
      sandbox.faults.push({ shape: { wrap, stringCounts: true } });
      const envelope = await call(sandbox);
      const data = z.record(z.string(), z.unknown()).parse(envelope.data);
      expect(z.array(stringRow).length(2).safeParse(data[wrap]).success).toBe(true);
    },
  );
});

describe('sandbox faults through the opretail client', () => {
  function clientFor(sandbox: Sandbox) {
    return createOpretailClient({
      ...SANDBOX_ACCOUNT,
      gatewayUrl: SANDBOX_GATEWAY_URL,
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
      now: () => NOW,
      sleep: () => Promise.resolve(),
    });
  }
  const query = {
    mac: FACE,
    startTime: '2024-03-01 00:00:00',
    endTime: '2024-03-13 23:59:59',
    timeType: 2,
    isOnBusinessTime: false,
    timezone: 'Asia/Shanghai',
  };

  it('should read the same rows from every alternative shape', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const client = clientFor(sandbox);
    const plain = await client.listDevicePassengerIndicator(query);
    expect(plain.rows).toHaveLength(13);
    expect(plain.rows[0]).toMatchObject({ start: Date.UTC(2024, 2, 1), walkOut: null });
    expect(plain.rows[0]?.walkIn).toBeGreaterThan(0);
    const shapes = [
      { wrap: 'dataList' as const, stringCounts: true, nullWalkOut: true },
      { label: 'yyyy-MM-dd' as const, codeAsString: true },
      { label: 'epoch-ms-string' as const },
    ];
    for (const shape of shapes) {
      sandbox.faults.push({ shape });
      expect((await client.listDevicePassengerIndicator(query)).rows).toEqual(plain.rows);
    }
  });

  it('should let the client retry through -100, -500 and -999 and report what stays broken', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const client = clientFor(sandbox);
    sandbox.faults.push({ code: -100 });
    sandbox.faults.push({ code: -999 });
    expect((await client.listDevicePassengerIndicator(query)).attempts).toBe(3);
    const failure: unknown = await client
      .listDevicePassengerIndicator({ ...query, mac: FAULT_MACS.serverError })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpretailError);
    expect(failure).toMatchObject({ kind: 'gateway', gatewayCode: -500 });
    const bad: unknown = await client
      .listDevicePassengerIndicator({ ...query, mac: FAULT_MACS.malformed })
      .catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(OpretailError);
    expect(bad).toMatchObject({ kind: 'not-json' });
  });
});
