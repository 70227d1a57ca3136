/**
 * Shows the page, or the sign-in page when the server has sign-in and nobody is signed in. The
 * page is never held back for the session's answer: with `AUTH=none` (or a live session) it draws
 * at once, and without a session its requests answer 401, which ends the session here too.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { sessionQuery } from '../api/queries.ts';
import { SignInPage } from './sign-in-page.tsx';

export function SessionGate({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQuery());
  const auth = session.data?.auth;
  if (auth !== undefined && auth !== 'none' && session.data?.user === null) {
    return <SignInPage auth={auth} />;
  }
  return children;
}
