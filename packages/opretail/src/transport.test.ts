import { describe, expect, it } from 'vitest';
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

  it.each([404, 500, 503])('should report HTTP %i with its status', async (status) => {
    const { result } = post({ response: () => new Response('oops', { status }) });
    const error = await opretailRejection(result);
    expect(error).toMatchObject({ kind: 'http-status', httpStatus: status, attempts: 2 });
    expect(error.message).toContain(`HTTP ${status}`);
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

  it('should send nothing when the signal is already aborted', async () => {
    const { gateway, result } = post(ok([]), { signal: AbortSignal.abort() });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(gateway.calls).toHaveLength(0);
  });
});
