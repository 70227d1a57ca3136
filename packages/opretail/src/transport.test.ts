import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { fakeGateway, ok, opretailRejection, type Reply } from './fake-gateway.ts';
import { FORM_CONTENT_TYPE, postForm } from './transport.ts';

const URL_ = 'http://gateway.test/m.api';
const body = new URLSearchParams({ _aid: 'S107', startTime: '2023-03-29 00:00:00' });

function post(reply: Reply, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) {
  const gateway = fakeGateway(reply);
  const result = postForm({
    fetch: gateway.fetch,
    url: URL_,
    body,
    timeoutMs: extra.timeoutMs ?? 1_000,
    attempts: 2,
    signal: extra.signal,
  });
  return { gateway, result };
}

describe('postForm', () => {
  it('should POST a UTF-8 form and return the parsed JSON', async () => {
    const { gateway, result } = post(ok([]));
    await expect(result).resolves.toMatchObject({ stat: { code: 0 }, data: [] });
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]).toMatchObject({
      url: URL_,
      method: 'POST',
      contentType: FORM_CONTENT_TYPE,
      body: '_aid=S107&startTime=2023-03-29+00%3A00%3A00',
    });
  });

  it('should ask for JSON', async () => {
    const { gateway, result } = post(ok([]));
    await result;
    expect(gateway.calls[0]?.accept).toBe('application/json');
  });

  it.each([
    [404, 'the request was refused'],
    [499, 'the request was refused'],
    [500, 'a fault on its side'],
    [503, 'a fault on its side'],
  ])('should report HTTP %i with its status', async (status, side) => {
    const { result } = post({ response: () => new Response('oops', { status }) });
    const error = await opretailRejection(result);
    expect(error).toMatchObject({ kind: 'http-status', httpStatus: status, attempts: 2 });
    expect(error.message).toBe(`The Opretail gateway answered with HTTP ${status} (${side}).`);
  });

  it('should report an error status without a body by its status', async () => {
    const { result } = post({ response: () => new Response(null, { status: 503 }) });
    expect(await opretailRejection(result)).toMatchObject({ kind: 'http-status', httpStatus: 503 });
  });

  it('should name a missing or long content type of a body that is not JSON', async () => {
    const bare = new Response('plain');
    bare.headers.delete('content-type');
    expect((await opretailRejection(post({ response: () => bare }).result)).message).toBe(
      'The Opretail gateway answered with something other than JSON (no content type, 5 characters).',
    );
    const long = `text/html; ${'x'.repeat(100)}`;
    const answer = () => new Response('<p>', { headers: { 'content-type': long } });
    expect((await opretailRejection(post({ response: answer }).result)).message).toBe(
      `The Opretail gateway answered with something other than JSON (${long.slice(0, 60)}, 3 characters).`,
    );
  });

  it('should report a body that is not JSON without quoting it', async () => {
    const page = '<html>_sig=SECRETSIG</html>';
    const { result } = post({
      response: () => new Response(page, { headers: { 'content-type': 'text/html' } }),
    });
    const error = await opretailRejection(result);
    expect(error.kind).toBe('not-json');
    expect(error.message).toContain('text/html');
    expect(error.message).not.toContain('SECRETSIG');
  });

  it('should report a refused connection as a network fault with its code', async () => {
    const refused = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    const error = await opretailRejection(post({ fail: refused }).result);
    expect(error).toMatchObject({ kind: 'network', attempts: 2 });
    expect(error.message).toContain('(ECONNREFUSED)');
  });

  it.each([
    [
      'a code on the error itself',
      Object.assign(new Error('x'), { code: 'ECONNRESET' }),
      'ECONNRESET',
    ],
    [
      'a code three causes deep',
      new Error('a', { cause: { cause: { code: 'EAI_AGAIN' } } }),
      'EAI_AGAIN',
    ],
    [
      'a code four causes deep',
      new Error('a', { cause: { cause: { cause: { code: 'EPIPE' } } } }),
      undefined,
    ],
    [
      'a code that is not an upper-case word',
      new Error('a', { cause: { code: 'refused by _sig=AB' } }),
      undefined,
    ],
    [
      'a code with more after it',
      new Error('a', { cause: { code: 'ECONNRESET _sig=AB' } }),
      undefined,
    ],
    [
      'a code with more before it',
      new Error('a', { cause: { code: '_sig=AB ECONNRESET' } }),
      undefined,
    ],
    ['a numeric code', new Error('a', { cause: { code: -104 } }), undefined],
    ['a thrown string', 'ECONNRESET', undefined],
  ])('should name %s only when it is a fault code', async (_case, fail, code) => {
    const error = await opretailRejection(post({ fail }).result);
    expect(error.message).toBe(
      `Could not reach the Opretail gateway${code ? ` (${code})` : ''}: check the network and OPRETAIL_GATEWAY_URL.`,
    );
  });

  it('should not copy a fault text, which could echo the request', async () => {
    const error = await opretailRejection(
      post({ fail: new Error('failed sending _sig=ABC123') }).result,
    );
    expect(error.kind).toBe('network');
    expect(error.message).not.toContain('ABC123');
  });

  it('should report a body that breaks off as a network fault', async () => {
    const broken = new ReadableStream({
      pull(controller) {
        controller.error(new Error('socket hang up'));
      },
    });
    const error = await opretailRejection(post({ response: () => new Response(broken) }).result);
    expect(error.kind).toBe('network');
  });

  it('should time out a gateway that never answers, even if fetch ignores the signal', async () => {
    const { gateway, result } = post('hang', { timeoutMs: 20 });
    const error = await opretailRejection(result);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(error.message).toContain('20 ms');
    expect(gateway.calls[0]?.signal?.aborted).toBe(true);
  });

  it("should reject with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const { gateway, result } = post('hang', { signal: controller.signal });
    controller.abort(reason);
    await expect(result).rejects.toBe(reason);
    expect(gateway.calls[0]?.signal?.aborted).toBe(true);
  });

  it('should stop waiting at once when the caller aborts, however long the timeout', async () => {
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const { result } = post('hang', { signal: controller.signal, timeoutMs: 600_000 });
    setTimeout(() => {
      controller.abort(reason);
    }, 5);
    await expect(result).rejects.toBe(reason);
  });

  it("should leave no timer and no listener on the caller's signal behind", async () => {
    const { signal } = new AbortController();
    vi.useFakeTimers();
    try {
      await post(ok([]), { signal }).result;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('should send nothing when the signal is already aborted', async () => {
    const { gateway, result } = post(ok([]), { signal: AbortSignal.abort() });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(gateway.calls).toHaveLength(0);
  });
});
