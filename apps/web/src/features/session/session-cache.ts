/**
 * The session as the query cache holds it: set by signing in and out, and marked ended by any
 * answer that says the session is gone (401 `UNAUTHENTICATED`), wherever it came from.
 */
import type { Session, SessionUser } from '@footfall/contract';
import type { QueryClient } from '@tanstack/react-query';
import { sessionQuery } from '../../api/queries.ts';

const SESSION_KEY = sessionQuery().queryKey;

/** Everything cached but the session itself: what one user saw, which the next must not. */
export function forgetViews(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
}

/** The session has ended (a 401, or sign-out): nobody is signed in, and the server says so. */
export function endSession(client: QueryClient): void {
  client.setQueryData(SESSION_KEY, (session: Session | undefined) =>
    session === undefined ? undefined : { ...session, user: null },
  );
  // Before the session's answer is in, ask again: it comes back with nobody signed in.
  if (client.getQueryData(SESSION_KEY) === undefined) {
    void client.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

/** `user` has just signed in: the views start afresh, as theirs. */
export function startSession(client: QueryClient, user: SessionUser): void {
  forgetViews(client);
  client.setQueryData(SESSION_KEY, (session: Session | undefined) => ({
    auth: session?.auth ?? 'local',
    user,
  }));
}
