import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { OpretailError, gatewayError, type OpretailErrorDetails } from './errors.ts';
import {
  MAX_BACKOFF_MS,
  backoffDelay,
  retryPolicyOf,
  withRetries,
  type RetryOptions,
} from './retry.ts';

function fault(kind: OpretailErrorDetails['kind'], extra: Partial<OpretailErrorDetails> = {}) {
  return (attempt: number) =>
    new OpretailError({ kind, message: `${kind} fault`, attempts: attempt, ...extra });
}

const gateway = (code: number) => (attempt: number) => gatewayError(code, undefined, attempt);

/** A call that fails with the given faults in turn, then answers 'rows'. */
function failing(...faults: ((attempt: number) => Error)[]) {
  return vi.fn((attempt: number) => {
    const makeFault = faults[attempt - 1];
    return makeFault ? Promise.reject(makeFault(attempt)) : Promise.resolve('rows');
  });
}

function options(overrides: Partial<RetryOptions> = {}) {
  const sleep = vi.fn<(ms: number) => Promise<void>>(() => Promise.resolve());
  return {
    maxAttempts: 4,
    backoffMs: 200,
    sleep,
    random: () => 0.5,
    ...overrides,
    sleepMock: sleep,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('retryPolicyOf', () => {
  it.each([
    ['code -100', gateway(-100)(1), 'backoff'],
    ['code -500', gateway(-500)(1), 'backoff'],
    ['code -999', gateway(-999)(1), 'backoff'],
    ['code 16', gateway(16)(1), 'once-fresh-timestamp'],
    ['code 7', gateway(7)(1), 'never'],
    ['an undocumented code', gateway(42)(1), 'never'],
    ['a network fault', fault('network')(1), 'backoff'],
    ['a timeout', fault('timeout')(1), 'backoff'],
    ['HTTP 500', fault('http-status', { httpStatus: 500 })(1), 'backoff'],
    ['HTTP 503', fault('http-status', { httpStatus: 503 })(1), 'backoff'],
    ['HTTP 499', fault('http-status', { httpStatus: 499 })(1), 'never'],
    ['a gateway fault without a code', fault('gateway')(1), 'never'],
    ['HTTP 404', fault('http-status', { httpStatus: 404 })(1), 'never'],
    ['a non-JSON body', fault('not-json')(1), 'never'],
    ['a malformed body', fault('malformed')(1), 'never'],
  ])('should treat %s as %s', (_case, error, policy) => {
    expect(retryPolicyOf(error)).toBe(policy);
  });
});

describe('backoffDelay', () => {
  it('should double its ceiling with every retry, drawing uniformly below it', () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, 200, () => 0.5))).toEqual([
      100, 200, 400, 800,
    ]);
    expect(backoffDelay(3, 200, () => 0)).toBe(0);
    expect(backoffDelay(3, 200, () => 0.999)).toBe(799);
  });

  it('should never wait longer than the cap', () => {
    expect(backoffDelay(30, 200, () => 0.999)).toBeLessThan(MAX_BACKOFF_MS);
  });
});

describe('withRetries', () => {
  it('should return the first success and count one attempt', async () => {
    const opts = options();
    await expect(withRetries(failing(), opts)).resolves.toEqual({ value: 'rows', attempts: 1 });
    expect(opts.sleepMock).not.toHaveBeenCalled();
  });

  it('should back off with growing pauses and stop after maxAttempts', async () => {
    const opts = options();
    const call = failing(gateway(-500), gateway(-100), gateway(-999), gateway(-500), gateway(-500));
    const error = await rejection(withRetries(call, opts));
    expect(error).toMatchObject({ kind: 'gateway', gatewayCode: -500, attempts: 4 });
    expect(call).toHaveBeenCalledTimes(4);
    expect(opts.sleepMock.mock.calls.map(([ms]) => ms)).toEqual([100, 200, 400]);
  });

  it('should recover when a retryable fault clears', async () => {
    const call = failing(fault('network'), fault('http-status', { httpStatus: 502 }));
    await expect(withRetries(call, options())).resolves.toEqual({ value: 'rows', attempts: 3 });
  });

  it('should honour a smaller maxAttempts', async () => {
    const call = failing(fault('network'), fault('network'), fault('network'));
    const error = await rejection(withRetries(call, options({ maxAttempts: 2 })));
    expect(error).toMatchObject({ kind: 'network', attempts: 2 });
  });

  it('should retry code 16 exactly once, at once', async () => {
    const opts = options();
    await expect(withRetries(failing(gateway(16)), opts)).resolves.toEqual({
      value: 'rows',
      attempts: 2,
    });
    expect(opts.sleepMock).not.toHaveBeenCalled();
    const twice = failing(gateway(16), gateway(16), gateway(16));
    expect(await rejection(withRetries(twice, opts))).toMatchObject({
      gatewayCode: 16,
      attempts: 2,
    });
    expect(twice).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a key error', gateway(2)],
    ['HTTP 400', fault('http-status', { httpStatus: 400 })],
    ['a non-JSON body', fault('not-json')],
    ['a malformed body', fault('malformed')],
  ])('should fail at once on %s', async (_case, makeFault) => {
    const opts = options();
    const call = failing(makeFault, makeFault);
    expect(await rejection(withRetries(call, opts))).toMatchObject({ attempts: 1 });
    expect(call).toHaveBeenCalledTimes(1);
    expect(opts.sleepMock).not.toHaveBeenCalled();
  });

  it('should retry a timeout only once', async () => {
    const call = failing(fault('timeout'), fault('timeout'), fault('timeout'));
    expect(await rejection(withRetries(call, options()))).toMatchObject({
      kind: 'timeout',
      attempts: 2,
    });
  });

  it('should give a timeout after other faults its one retry', async () => {
    const call = failing(fault('network'), fault('timeout'));
    await expect(withRetries(call, options())).resolves.toEqual({ value: 'rows', attempts: 3 });
  });

  it('should rethrow anything that is not an OpretailError at once, whatever it looks like', async () => {
    const bug = Object.assign(new TypeError('bug'), { kind: 'network' });
    const call = failing(() => bug);
    expect(await rejection(withRetries(call, options()))).toBe(bug);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('should stop a backoff pause when the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const sleep = vi.fn(() => {
      controller.abort(reason);
      return new Promise<void>(() => undefined);
    });
    const call = failing(fault('network'), fault('network'));
    const error = await rejection(withRetries(call, options({ sleep, signal: controller.signal })));
    expect(error).toBe(reason);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it("should leave no listener on the caller's signal after its pauses", async () => {
    const { signal } = new AbortController();
    const call = failing(fault('network'), fault('network'));
    await withRetries(call, options({ signal }));
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});
