/**
 * Where "Sign in with …" goes: the server's `/auth/login`, which sends the browser to the OpenID
 * Connect provider and, from `/auth/callback`, back to `return` — the view the user was on. A
 * sign-in the provider refused comes back as `/?signin=failed`.
 */

/** The query parameter of `/auth/login` naming the view to come back to (a same-site path). */
export const RETURN_TO_PARAM = 'return';

/** The query the server adds when a sign-in with the provider failed. */
export const SIGN_IN_FAILED_PARAM = 'signin';

/**
 * @example signInLink('/?store=ginza&from=2023-03-27') // '/auth/login?return=%2F%3Fstore%3D…'
 */
export function signInLink(view: string): string {
  return `/auth/login?${new URLSearchParams({ [RETURN_TO_PARAM]: view }).toString()}`;
}

/** Whether the address says a sign-in with the provider has just failed. */
export function signInFailed(search: string): boolean {
  return new URLSearchParams(search).get(SIGN_IN_FAILED_PARAM) === 'failed';
}
