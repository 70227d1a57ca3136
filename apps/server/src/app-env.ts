/** The Hono environment shared by the app and its routes. */
import type { CacheOutcome } from './traffic-service.ts';

/** What a request did, filled in by handlers and written in its log line. */
export interface RequestStats {
  upstreamCalls: number;
  cache: CacheOutcome | undefined;
}

export interface AppEnv {
  Variables: { stats: RequestStats };
}
