import { gatewayError, OpretailError } from '@footfall/opretail';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { ApiError, createErrorHandler, refuseBadRange } from './errors.ts';
import { createMemoryLogger } from './test-kit.ts';

const day = (text: string): number => Date.parse(`${text}T00:00:00Z`);

/** What a client sees when a handler throws `error`, and what the log says. */
async function answerTo(error: unknown) {
  const logger = createMemoryLogger();
  const app = new Hono()
    .get('/api/x', () => {
      throw error;
    })
    .onError(createErrorHandler(logger));
  const response = await app.request('/api/x');
  const body: unknown = await response.json();
  return { status: response.status, body, lines: logger.lines };
}

describe('the JSON error a thrown error answers with', () => {
  it('should answer a platform timeout with 504 UPSTREAM_TIMEOUT, saying to try again', async () => {
    const { status, body } = await answerTo(
      new OpretailError({ kind: 'timeout', message: 'late', attempts: 2 }),
    );
    expect(status).toBe(504);
    expect(body).toEqual({
      error: {
        code: 'UPSTREAM_TIMEOUT',
        message: 'The Opretail platform did not answer in time; try again shortly.',
      },
    });
  });

  it("should answer a gateway refusal with 502 UPSTREAM_ERROR, the gateway's code and name", async () => {
    const refusal = gatewayError(3, undefined, 1);
    const { status, body } = await answerTo(refusal);
    expect(status).toBe(502);
    expect(body).toEqual({
      error: {
        code: 'UPSTREAM_ERROR',
        message: refusal.message,
        upstreamCode: 3,
        upstreamName: 'KEY_HAS_EXPIRED',
      },
    });
  });

  it('should answer a failure that is no gateway answer with upstreamCode null and no name', async () => {
    const { status, body } = await answerTo(
      new OpretailError({ kind: 'network', message: 'The platform is unreachable.', attempts: 3 }),
    );
    expect(status).toBe(502);
    expect(body).toEqual({
      error: {
        code: 'UPSTREAM_ERROR',
        message: 'The platform is unreachable.',
        upstreamCode: null,
      },
    });
  });

  it("should answer Hono's own refusals by their status, never with their text", async () => {
    const notFound = await answerTo(new HTTPException(404, { message: 'secret detail' }));
    expect([notFound.status, notFound.body]).toEqual([
      404,
      { error: { code: 'NOT_FOUND', message: 'Bad request.' } },
    ]);
    const refused = await answerTo(new HTTPException(400, { message: 'secret detail' }));
    expect([refused.status, refused.body]).toEqual([
      400,
      { error: { code: 'BAD_REQUEST', message: 'Bad request.' } },
    ]);
  });

  it('should answer an API error as it was thrown, its details beside code and message', async () => {
    const thrown = new ApiError(429, 'RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 3 });
    const { status, body } = await answerTo(thrown);
    expect(status).toBe(429);
    expect(body).toEqual({
      error: { retryAfterSeconds: 3, code: 'RATE_LIMITED', message: 'Slow down.' },
    });
  });
});

describe('ApiError', () => {
  it('should never let details override the code or the message', () => {
    const thrown = new ApiError(400, 'INVALID_QUERY', 'Bad from.', { code: 'X', message: 'Y' });
    expect(thrown.toBody()).toEqual({ error: { code: 'INVALID_QUERY', message: 'Bad from.' } });
  });
});

describe('createErrorHandler', () => {
  it('should answer a bug with a JSON 500 and log its stack, never send it', async () => {
    const { status, body, lines } = await answerTo(new Error('boom'));
    expect(status).toBe(500);
    expect(body).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server.' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('ERROR GET /api/x failed: Error: boom');
    expect(lines[0]).toContain('errors.test.ts');
  });

  it('should not log an answer given on purpose, however grave its status', async () => {
    const platform = await answerTo(gatewayError(-500, undefined, 3));
    expect(platform.status).toBe(502);
    const away = await answerTo(new ApiError(503, 'SESSION_STORE_UNAVAILABLE', 'Away.'));
    expect(away.status).toBe(503);
    const refused = await answerTo(new ApiError(404, 'UNKNOWN_DEVICE', 'No device.'));
    expect(refused.status).toBe(404);
    expect([...platform.lines, ...away.lines, ...refused.lines]).toEqual([]);
  });
});

describe('refuseBadRange', () => {
  it('should take a one-day range', () => {
    expect(() => {
      refuseBadRange(day('2024-05-15'), day('2024-05-15'), 'hour');
    }).not.toThrow();
  });

  it("should refuse a range over the granularity's limit with 400 RANGE_TOO_LONG, worded by the caller", () => {
    const refuse = () => {
      refuseBadRange(day('2024-01-01'), day('2024-06-01'), 'hour', (text) => `Compared: ${text}`);
    };
    expect(refuse).toThrow(ApiError);
    expect(refuse).toThrow(
      expect.objectContaining({
        status: 400,
        code: 'RANGE_TOO_LONG',
        message: expect.stringMatching(
          /^Compared: Charts by hour cover at most 92 days;/,
        ) as unknown,
      }),
    );
  });

  it('should word the message as it is when the caller does not', () => {
    expect(() => {
      refuseBadRange(day('2024-05-16'), day('2024-05-15'), 'day');
    }).toThrow(
      expect.objectContaining({
        code: 'INVALID_QUERY',
        message: '`from` must not be after `to`.',
      }),
    );
  });
});
