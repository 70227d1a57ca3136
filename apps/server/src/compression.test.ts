import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerBytes, createAnswerCache } from './answer-cache.ts';
import { acceptedEncodings, compress, type Encoding, preferredEncoding } from './compression.ts';
import { createHarness, FLAGSHIP, MAIN_DOOR } from './test-kit.ts';

const WEEK = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-12`;
const QUARTER = `/api/traffic?store=${FLAGSHIP}&from=2024-01-01&to=2024-03-31`;

/** The body as a client reads it: decoded as its `Content-Encoding` says. */
async function decoded(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(bytes).toString();
  if (encoding === 'gzip') return gunzipSync(bytes).toString();
  if (encoding !== null) throw new Error(`unexpected encoding ${encoding}`);
  return bytes.toString();
}

const asking = (encoding: string) => ({ headers: { 'Accept-Encoding': encoding } });

describe('acceptedEncodings', () => {
  it('should read names, ignore case and spaces, and drop q=0', () => {
    expect([...acceptedEncodings('gzip, deflate, br;q=0')]).toEqual(['gzip', 'deflate']);
    expect([...acceptedEncodings(' BR ; q=0.5 ,gzip;q=1.0')]).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});

describe('preferredEncoding', () => {
  it('should take brotli over gzip, gzip alone, and nothing for identity, q=0 or no header', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(preferredEncoding(undefined)).toBeUndefined();
  });
});

describe('compressed answers', () => {
  it('should send brotli, gzip or plain bytes as asked, each decoding to the plain JSON', async () => {
    const { app } = createHarness();
    // A miss, then hits of the kept answer, in each encoding.
    const plain = await app.request(WEEK);
    const json = await plain.text();
    expect(Buffer.byteLength(json)).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    for (const [asked, sent] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      for (let time = 0; time < 2; time += 1) {
        const response = await app.request(WEEK, asking(asked));
        expect(response.status).toBe(200);
        expect(response.headers.get('content-encoding')).toBe(sent);
        expect(response.headers.get('vary')).toBe('Accept-Encoding');
        expect(response.headers.get('content-type')).toBe('application/json');
        const length = Number(response.headers.get('content-length'));
        const body = await decoded(response.clone());
        expect(body).toBe(json);
        if (sent !== null) {
          expect(length).toBe((await response.arrayBuffer()).byteLength);
          expect(length).toBeLessThan(Buffer.byteLength(json) / 4);
        }
      }
    }
  });

  it('should compress a first answer (a miss) as asked, equal to what a plain ask gets', async () => {
    const { app } = createHarness();
    const compressed = await app.request(QUARTER, asking('br'));
    expect(compressed.headers.get('content-encoding')).toBe('br');
    const plain = await createHarness().app.request(QUARTER);
    expect(await decoded(compressed)).toBe(await plain.text());
  });

  it('should compress an answer that is not kept (served stale) too', async () => {
    const { app, clock, sandbox } = createHarness();
    const today = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-09&to=2024-05-15`;
    const fresh = await (await app.request(today)).json();
    clock.now += 120_000;
    sandbox.faults.push({ code: -500, times: 8 });
    const stale = await app.request(today, asking('gzip'));
    expect(stale.headers.get('content-encoding')).toBe('gzip');
    expect(stale.headers.get('vary')).toBe('Accept-Encoding');
    const body = JSON.parse(await decoded(stale)) as Record<string, unknown>;
    expect(body.stale).toBeDefined();
    expect(body.buckets).toEqual((fresh as Record<string, unknown>).buckets);
  });

  it('should send errors and small answers as plain JSON', async () => {
    const { app } = createHarness();
    const error = await app.request('/api/traffic?mac=nope&from=2024-05-06', asking('br, gzip'));
    expect(error.status).toBe(400);
    expect(error.headers.get('content-encoding')).toBeNull();
    expect(await error.json()).toMatchObject({ error: { code: expect.any(String) as unknown } });
    const small = await app.request(
      `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-06&granularity=day`,
      asking('br'),
    );
    expect(small.status).toBe(200);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toBeNull();
    expect(await small.json()).toMatchObject({ granularity: 'day' });
  });
});

describe('createAnswerCache', () => {
  const keep = async (squeeze: (bytes: Uint8Array, encoding: Encoding) => Promise<Uint8Array>) => {
    const cache = createAnswerCache(1 << 20, () => 0, Promise.resolve({}), { compress: squeeze });
    await Promise.resolve();
    const json = JSON.stringify({ buckets: Array.from({ length: 200 }, (_, i) => ({ i })) });
    const answer = cache.set('/api/traffic?x=1', { kind: 'device', mac: MAIN_DOOR }, json, 60_000);
    if (!answer) throw new Error('not kept');
    return { cache, answer, json };
  };

  it('should compress a kept answer once per encoding, however many ask and however at once', async () => {
    const made: Encoding[] = [];
    const { cache, json } = await keep((bytes, encoding) => {
      made.push(encoding);
      return compress(bytes, encoding);
    });
    const ask = async (encoding: string) => {
      const answer = cache.get('/api/traffic?x=1');
      if (!answer) throw new Error('not kept');
      return answerBytes(answer, encoding);
    };
    const first = await Promise.all([ask('br'), ask('br'), ask('gzip, br'), ask('gzip')]);
    const later = await Promise.all([ask('br'), ask('gzip')]);
    expect(made.sort()).toEqual(['br', 'gzip']);
    expect(brotliDecompressSync(later[0].body).toString()).toBe(json);
    expect(gunzipSync(later[1].body).toString()).toBe(json);
    expect(first[0].body).toEqual(later[0].body);
  });

  it('should send a failed compression plain, and try again on the next ask', async () => {
    let fail = true;
    const { answer, json } = await keep((bytes, encoding) => {
      if (fail) return Promise.reject(new Error('zlib away'));
      return compress(bytes, encoding);
    });
    const failed = await answerBytes(answer, 'br');
    expect(failed.headers['content-encoding']).toBeUndefined();
    expect(Buffer.from(failed.body).toString()).toBe(json);
    fail = false;
    const retried = await answerBytes(answer, 'br');
    expect(retried.headers['content-encoding']).toBe('br');
  });
});
