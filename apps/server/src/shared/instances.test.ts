/**
 * Three server processes on one real `redis-server`, signed in (`AUTH=local`, the sandbox's demo
 * users), under load from a client that spreads requests over the instances it believes alive,
 * as a load balancer does. One instance is killed (SIGKILL: no goodbye) mid-load; the others
 * carry on with its users' sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../test-process.ts';
import { startTestRedis, type TestRedis } from '../test-redis.ts';

let redis: TestRedis;
const processes: ServerProcess[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
}, 20_000);

afterAll(async () => {
  for (const server of processes) server.child.kill('SIGKILL');
  await Promise.all(processes.map((server) => server.exited));
  await redis.stop();
});

async function startInstances(count: number): Promise<{ server: ServerProcess; url: string }[]> {
  // No rate limit: the load is as fast as the instances answer, and the test is about sessions.
  const started = Array.from({ length: count }, () =>
    startServerProcess({
      PORT: '0',
      AUTH: 'local',
      REDIS_URL: redis.url,
      RATE_LIMIT_PER_MINUTE: '0',
    }),
  );
  processes.push(...started);
  return Promise.all(started.map(async (server) => ({ server, url: await server.url })));
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'manager', password: 'footfall-manager' }),
  });
  expect(response.status).toBe(200);
  const cookie = /^(footfall_session=[^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (cookie === undefined) throw new Error('no session cookie');
  return cookie;
}

/** A day of hours for the manager's store; each `i` a different past day, so the platform works. */
const trafficPath = (i: number): string => {
  const day = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
  return `/api/traffic?store=nanjing-road&from=${day}&to=${day}&granularity=hour`;
};

describe('an instance killed mid-load', () => {
  it("should leave the others serving its users' sessions, with no error but the dead instance's", async () => {
    const instances = await startInstances(3);
    const [first] = instances;
    // The session is made on the instance that will die.
    const cookie = await signIn(first!.url);
    const alive = instances.map(({ url }) => url);
    const answers: { url: string; status: number }[] = [];
    const lost: string[] = [];
    let running = true;
    let sent = 0;
    const worker = async () => {
      while (running) {
        const i = sent++;
        const url = alive[i % alive.length]!;
        try {
          const response = await fetch(`${url}${trafficPath(i)}`, { headers: { cookie } });
          await response.arrayBuffer();
          answers.push({ url, status: response.status });
        } catch {
          lost.push(url);
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const before = answers.length;
    first!.server.child.kill('SIGKILL');
    // The balancer notices and sends the rest to the survivors.
    alive.splice(alive.indexOf(first!.url), 1);
    expect(await first!.server.exited).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    running = false;
    await load;

    const survivors = answers.filter(({ url }) => url !== first!.url);
    expect(before).toBeGreaterThan(5);
    expect(survivors.length).toBeGreaterThan(10);
    expect(answers.filter(({ status }) => status !== 200)).toEqual([]);
    // The only requests that got no answer were in flight on the killed instance.
    expect(lost.every((url) => url === first!.url)).toBe(true);
    for (const { url } of instances.slice(1)) {
      const session = (await (
        await fetch(`${url}/api/session`, { headers: { cookie } })
      ).json()) as {
        user: { username: string } | null;
      };
      expect(session.user?.username).toBe('manager');
    }
  }, 60_000);
});
