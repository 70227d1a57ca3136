/**
 * Where "Sign in with …" goes: the server's `/auth/login`, which sends the browser to the OpenID
 * Connect provider and, from `/auth/callback`, back to `return` — the view the user was on. A
 * sign-in the provider refused comes back as `/?signin=failed`; one tried while the server's
 * session store could not be reached, as `/?signin=unavailable`.
 */

/** The query parameter of `/auth/login` naming the view to come back to (a same-site path). */
const RETURN_TO_PARAM = 'return';

/** The query the server adds when a sign-in with the provider did not succeed. */
const SIGN_IN_OUTCOME_PARAM = 'signin';

/**
 * @example signInLink('/?store=ginza&from=2023-03-27') // '/auth/login?return=%2F%3Fstore%3D…'
 */
export function signInLink(view: string): string {
  return `/auth/login?${new URLSearchParams({ [RETURN_TO_PARAM]: view }).toString()}`;
}

/** Why the address says a sign-in with the provider has just not succeeded, if it does. */
export type SignInOutcome = 'failed' | 'unavailable';

/**
 * @example signInOutcome('?signin=unavailable') // 'unavailable'
 */
export function signInOutcome(search: string): SignInOutcome | undefined {
  const outcome = new URLSearchParams(search).get(SIGN_IN_OUTCOME_PARAM);
  return outcome === 'failed' || outcome === 'unavailable' ? outcome : undefined;
}
