import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { startTestRedis, until, type TestRedis } from '../test-redis.ts';
import { memoryRecords, redisRecords, type Records } from './records.ts';
import { connectRedis, type SharedRedis } from './redis.ts';

interface Note {
  text: string;
}

const parseNote = (value: unknown): Note | undefined =>
  typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string'
    ? { text: value.text }
    : undefined;

let redis: TestRedis;
let shared: SharedRedis;

const quiet = () => createLogger({ level: 'error', write: () => undefined });

beforeAll(async () => {
  redis = await startTestRedis();
  shared = connectRedis(redis.url, quiet());
  await until(() => shared.ready());
}, 20_000);

afterAll(async () => {
  await shared.close();
  await redis.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The same behaviour from both stores: sessions and sign-ins must not care where they live.
const stores: [string, () => Records<Note>][] = [
  ['in memory', () => memoryRecords<Note>(Date.now, 100)],
  [
    'in Redis',
    () => redisRecords(shared, `test-${Math.random().toString(36).slice(2)}`, parseNote),
  ],
];

describe.each(stores)('records %s', (_, make) => {
  it('should keep a record until it is deleted', async () => {
    const records = make();
    await records.set('a', { text: 'one' }, 60_000);
    expect(await records.get('a')).toEqual({ text: 'one' });
    expect(await records.get('a')).toEqual({ text: 'one' });
    await records.delete('a');
    expect(await records.get('a')).toBeUndefined();
  });

  it('should drop a record when its time to live ends', async () => {
    const records = make();
    await records.set('short', { text: 'brief' }, 40);
    await records.set('long', { text: 'kept' }, 60_000);
    await sleep(120);
    expect(await records.get('short')).toBeUndefined();
    expect(await records.get('long')).toEqual({ text: 'kept' });
  });

  it('should give a taken record to one caller only', async () => {
    const records = make();
    await records.set('once', { text: 'flow' }, 60_000);
    const takes = await Promise.all([records.take('once'), records.take('once')]);
    expect(takes.filter((value) => value !== undefined)).toEqual([{ text: 'flow' }]);
    expect(await records.get('once')).toBeUndefined();
  });
});

describe('redisRecords', () => {
  it('should be seen by every connection, as instances see each other', async () => {
    const other = connectRedis(redis.url, quiet());
    await until(() => other.ready());
    try {
      await redisRecords(shared, 'shared', parseNote).set('k', { text: 'from A' }, 60_000);
      expect(await redisRecords(other, 'shared', parseNote).get('k')).toEqual({ text: 'from A' });
      await redisRecords(other, 'shared', parseNote).delete('k');
      expect(await redisRecords(shared, 'shared', parseNote).get('k')).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('should keep records apart by kind, under footfall:<kind>:', async () => {
    await redisRecords(shared, 'session', parseNote).set('same', { text: 'session' }, 60_000);
    expect(await redisRecords(shared, 'sign-in-flow', parseNote).get('same')).toBeUndefined();
    expect(await shared.client.exists('footfall:session:same')).toBe(1);
  });

  it('should read a record it cannot parse as missing', async () => {
    await shared.client.set('footfall:odd:a', 'not json');
    await shared.client.set('footfall:odd:b', JSON.stringify({ other: 1 }));
    const records = redisRecords(shared, 'odd', parseNote);
    expect(await records.get('a')).toBeUndefined();
    expect(await records.get('b')).toBeUndefined();
  });

  it('should refuse with 503 SESSION_STORE_UNAVAILABLE while Redis is away, and work once it is back', async () => {
    const records = redisRecords(shared, 'outage', parseNote);
    await redis.kill();
    await until(() => !shared.ready());
    for (const call of [
      () => records.get('k'),
      () => records.set('k', { text: 'x' }, 1000),
      () => records.delete('k'),
      () => records.take('k'),
    ]) {
      const refusal: unknown = await call().then(
        () => 'resolved',
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ApiError);
      expect(refusal).toMatchObject({ status: 503, code: 'SESSION_STORE_UNAVAILABLE' });
    }
    await redis.restart();
    await until(() => shared.ready(), 10_000);
    await records.set('k', { text: 'back' }, 60_000);
    expect(await records.get('k')).toEqual({ text: 'back' });
  }, 20_000);
});
