import { describe, expect, it } from 'vitest';
import { createHarness, MAIN_DOOR } from './test-kit.ts';

const url = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-12`;

describe('cached answers', () => {
  it('should answer a kept question with the same bytes and headers as the full path', async () => {
    const { app, calls, lines } = createHarness();
    const full = await app.request(url);
    const kept = await app.request(url);
    expect(await kept.text()).toBe(await full.text());
    const headers = (response: Response) =>
      Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
    expect(headers(kept)).toEqual({
      ...headers(full),
      'content-length': expect.any(String) as unknown,
    });
    expect(kept.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(calls()).toBe(1);
    expect(lines[1]).toMatch(/INFO GET \/api\/traffic 200 \d+\.\dms upstream=0 cache=hit$/);
  });

  it('should keep an answer touching today no longer than its chunk is fresh', async () => {
    const { app, clock, calls } = createHarness();
    const today = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-15&to=2024-05-15`;
    await app.request(today);
    clock.now += 59_000;
    await app.request(today);
    expect(calls()).toBe(1);
    clock.now += 2_000;
    await app.request(today);
    expect(calls()).toBe(2);
  });

  it('should not keep an answer served stale', async () => {
    const { app, clock, sandbox, lines } = createHarness();
    const today = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-15&to=2024-05-15`;
    await app.request(today);
    clock.now += 120_000;
    sandbox.faults.push({ code: -500, times: 8 });
    await app.request(today);
    await app.request(today);
    expect(lines.slice(1).map((line) => / cache=(\w+)$/.exec(line)?.[1])).toEqual([
      'stale',
      'stale',
    ]);
  });

  it('should not serve a kept answer for a POST or another path', async () => {
    const { app } = createHarness();
    await app.request(url);
    expect((await app.request(url, { method: 'POST' })).status).toBe(404);
    expect((await app.request(url.replace('/api/traffic', '/api/traffic/'))).status).toBe(404);
  });
});
