/**
 * The connection to Redis, when `REDIS_URL` is set: one node-redis client per instance, which
 * reconnects by itself (backing off to one attempt a second) and never queues a command while
 * disconnected. Every caller asks `ready()` first and treats a failed command as "Redis is away":
 * the instance keeps serving (see `/api/health`'s `degraded`), and recovers when Redis returns.
 */
import { createClient } from 'redis';
import type { Logger } from '../logger.ts';

/** How long one Redis command may take before it counts as failed. */
export const COMMAND_TIMEOUT_MS = 1000;
const MAX_RECONNECT_DELAY_MS = 1000;

const newClient = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: COMMAND_TIMEOUT_MS,
      reconnectStrategy: (retries: number) =>
        Math.min(50 * 2 ** Math.min(retries, 5), MAX_RECONNECT_DELAY_MS),
    },
  });

export type RedisClient = ReturnType<typeof newClient>;

export interface SharedRedis {
  client: RedisClient;
  /** Connected and answering. */
  ready(): boolean;
  close(): Promise<void>;
}

/**
 * Connects in the background: the instance starts (and serves) whether or not Redis is up.
 *
 * @example const shared = connectRedis('redis://127.0.0.1:6379/0', logger);
 */
export function connectRedis(url: string, logger: Logger): SharedRedis {
  const client = newClient(url);
  // Log an outage once, and its end once, not every reconnect attempt.
  let away = false;
  client.on('error', (error: unknown) => {
    if (away) return;
    away = true;
    logger.warn(
      `Redis is unreachable (${error instanceof Error ? error.message : String(error)}): serving from this instance's memory until it returns.`,
    );
  });
  client.on('ready', () => {
    if (away) logger.info('Redis is reachable again: sharing resumes.');
    away = false;
  });
  client.connect().catch(() => {
    // The first attempt failed: the reconnect strategy keeps trying, and `error` has logged it.
  });
  return {
    client,
    ready: () => client.isReady,
    close: async () => {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
