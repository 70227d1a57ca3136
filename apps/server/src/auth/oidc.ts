/**
 * `AUTH=oidc` through `openid-client`: the authorization code flow with PKCE, `state` and
 * `nonce`. `/auth/login` keeps the flow's secrets server-side (10 minutes, keyed by the hash of
 * `state`; in Redis when instances share, so the callback may reach any of them) and
 * binds them to the browser with a short `HttpOnly` cookie holding the state; `/auth/callback`
 * checks all three, reads the stores claim (from the ID token, else from userinfo) and hands back
 * the user and the view to return to: a same-origin path only, never another site.
 */
import { ALL_STORES, type SessionUser } from '@footfall/contract';
import * as client from 'openid-client';
import { z } from 'zod';
import { memoryRecords, redisRecords, secretKey, type Records } from '../shared/records.ts';
import type { SharedRedis } from '../shared/redis.ts';
import { safeReturnPath } from './return-path.ts';
import { storesFromClaim } from './store-claim.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  storesClaim: string;
}

const pendingSchema = z.object({ verifier: z.string(), nonce: z.string(), returnTo: z.string() });
type Pending = z.infer<typeof pendingSchema>;

export interface OidcLogin {
  /** Starts a sign-in: the provider's address to redirect to, and the state for the cookie. */
  start(returnTo: string | undefined): Promise<{ url: string; state: string }>;
  /**
   * Finishes one: `search` is the callback's query, `state` the cookie's. The user and where to
   * send them, or `undefined` for anything that does not check out.
   */
  finish(
    search: string,
    state: string | undefined,
  ): Promise<{ user: SessionUser; returnTo: string } | undefined>;
}

const FLOW_MS = 10 * 60_000;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** http:// is refused by openid-client; it is allowed for a provider on this machine (tests). */
const isLoopback = (url: URL): boolean =>
  url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';

/**
 * Where sign-ins wait for their callback, keyed by the state's hash: in memory, or in Redis
 * (`footfall:sign-in-flow:*`) so the callback may reach any instance.
 */
export function pendingSignIns(shared?: SharedRedis): Records<Pending> {
  return shared
    ? redisRecords(shared, 'sign-in-flow', (value) => pendingSchema.safeParse(value).data)
    : memoryRecords<Pending>(Date.now, 10_000);
}

/**
 * Reads the provider's discovery document and makes this app's client.
 *
 * @example const oidc = await createOidcLogin(config.auth, pendingSignIns(shared));
 */
export async function createOidcLogin(
  settings: OidcSettings,
  pending: Records<Pending> = pendingSignIns(),
): Promise<OidcLogin> {
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
  const config = await client.discovery(
    issuer,
    settings.clientId,
    { redirect_uris: [settings.redirectUrl], response_types: ['code'] },
    client.ClientSecretPost(settings.clientSecret),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- flagged only to stand out; loopback http alone
    insecure ? { execute: [client.allowInsecureRequests] } : undefined,
  );

  const storesOf = async (
    claims: Record<string, unknown>,
    accessToken: string,
    subject: string,
  ): Promise<{ stores: string[]; info: Record<string, unknown> }> => {
    const fromToken = storesFromClaim(claims[settings.storesClaim]);
    if (fromToken !== undefined) return { stores: fromToken, info: claims };
    const info = await client.fetchUserInfo(config, accessToken, subject);
    return {
      stores: storesFromClaim(info[settings.storesClaim]) ?? [],
      info: { ...claims, ...info },
    };
  };

  return {
    async start(returnTo) {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await pending.set(
        secretKey(state),
        { verifier, nonce, returnTo: safeReturnPath(returnTo) },
        FLOW_MS,
      );
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state };
    },
    async finish(search, state) {
      if (state === undefined) return undefined;
      // One use: a replayed callback finds nothing.
      const flow = await pending.take(secretKey(state));
      if (flow === undefined) return undefined;
      try {
        const tokens = await client.authorizationCodeGrant(
          config,
          new URL(`${settings.redirectUrl}${search}`),
          {
            pkceCodeVerifier: flow.verifier,
            expectedState: state,
            expectedNonce: flow.nonce,
            idTokenExpected: true,
          },
        );
        const claims = tokens.claims();
        if (!claims) return undefined;
        const { stores, info } = await storesOf(claims, tokens.access_token, claims.sub);
        const username = text(info.preferred_username) ?? text(info.email) ?? claims.sub;
        const user: SessionUser = {
          username,
          name: text(info.name) ?? username,
          admin: stores.includes(ALL_STORES),
          stores,
        };
        return { user, returnTo: flow.returnTo };
      } catch {
        return undefined;
      }
    },
  };
}
