/** The Hono environment shared by the app and its routes. */
import type { SessionUser } from '@footfall/contract';
import type { CacheOutcome } from './traffic-service.ts';

/** What a request did, filled in by handlers and written in its log line. */
export interface RequestStats {
  upstreamCalls: number;
  cache: CacheOutcome | undefined;
}

export interface AppEnv {
  Variables: {
    stats: RequestStats;
    /** The signed-in user, set for every `/api` route that needs one (see `auth/guard.ts`). */
    user: SessionUser;
  };
}
