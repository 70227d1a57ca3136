/**
 * An in-memory stand-in for the gateway, for this package's tests: it answers each call with the
 * next queued reply and records what was sent. Not exported from the package.
 */
import { OpretailError } from './errors.ts';
import type { FetchLike } from './transport.ts';

/** A JSON body (answered with HTTP 200), a ready Response, a thrown error, or no answer at all. */
export type Reply = { json: unknown } | { response: () => Response } | { fail: unknown } | 'hang';

export interface SentCall {
  url: string;
  method: string;
  contentType: string | null;
  accept: string | null;
  params: Record<string, string>;
  /** The form body exactly as sent. */
  body: string;
  signal: AbortSignal | undefined;
}

export interface FakeGateway {
  fetch: FetchLike;
  calls: SentCall[];
}

/** Success with `data`, the envelope the gateway wraps it in. */
export function ok(data: unknown): Reply {
  return {
    json: { stat: { cid: 'c1', code: 0, codename: 'SUCCESS', systime: 0 }, result: null, data },
  };
}

/** A gateway error answer (HTTP 200, non-zero code). */
export function code(value: number | string, codename = 'ERROR'): Reply {
  return { json: { stat: { cid: 'c1', code: value, codename, systime: 0 }, result: null } };
}

/** Replies in order; the last one repeats once the queue runs out. */
export function fakeGateway(...replies: Reply[]): FakeGateway {
  const calls: SentCall[] = [];
  const fetch: FetchLike = async (input, init) => {
    const body = init?.body instanceof URLSearchParams ? init.body.toString() : '';
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      contentType: new Headers(init?.headers).get('content-type'),
      accept: new Headers(init?.headers).get('accept'),
      params: Object.fromEntries(new URLSearchParams(body)),
      body,
      signal: init?.signal ?? undefined,
    });
    const reply = replies[Math.min(calls.length, replies.length) - 1];
    if (reply === undefined) throw new Error('fakeGateway needs at least one reply');
    if (reply === 'hang') return new Promise<Response>(() => undefined);
    if ('fail' in reply) throw reply.fail;
    if ('response' in reply) return reply.response();
    return Response.json(reply.json);
  };
  return { fetch, calls };
}

/** The `OpretailError` a promise rejects with; anything else fails the test. */
export async function opretailRejection(promise: Promise<unknown>): Promise<OpretailError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (error instanceof OpretailError) return error;
  throw error;
}
