/**
 * Where "Sign in with …" goes: the server's `/auth/login`, which sends the browser to the OpenID
 * Connect provider and, from `/auth/callback`, back to `returnTo` — the view the user was on.
 */

/** The query parameter of `/auth/login` naming the view to come back to (a same-site path). */
export const RETURN_TO_PARAM = 'returnTo';

/**
 * @example signInLink('/?store=ginza&from=2023-03-27') // '/auth/login?returnTo=%2F%3Fstore%3D…'
 */
export function signInLink(view: string): string {
  return `/auth/login?${new URLSearchParams({ [RETURN_TO_PARAM]: view }).toString()}`;
}
