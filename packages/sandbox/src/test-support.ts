/**
 * Helpers for the sandbox's own tests: signed requests built with `@footfall/opretail`'s `sign`,
 * and zod readers for the answers.
 */
import { formatCompact, toWall } from '@footfall/buckets';
import { PASSENGER_METHOD, sign, type SignMethod } from '@footfall/opretail';
import { z } from 'zod';
import { SANDBOX_ACCOUNT, type SandboxAccount } from './accounts.ts';
import type { Sandbox } from './app.ts';
import { GATEWAY_TIMEZONE } from './checks.ts';

/** Thursday 14 March 2024, 14:30 in Shanghai. */
export const NOW = Date.UTC(2024, 2, 14, 6, 30);

export const envelopeSchema = z.object({
  stat: z.object({
    cid: z.string(),
    code: z.union([z.number(), z.string()]),
    codename: z.string(),
    systime: z.number(),
  }),
  result: z.unknown(),
  data: z.unknown(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export const rowsSchema = z.array(
  z.object({ time: z.string(), passengerFlow: z.number(), outFlowCount: z.number().optional() }),
);

export type Row = z.infer<typeof rowsSchema>[number];

/** The common parameters of a valid passenger-flow call at `now`, unsigned. */
export function commonParams(
  account: SandboxAccount = SANDBOX_ACCOUNT,
  now = NOW,
  signMethod: SignMethod = 'md5',
): Record<string, string> {
  return {
    _aid: account.aid,
    _akey: account.akey,
    _mt: PASSENGER_METHOD,
    _sm: signMethod,
    _requestMode: 'post',
    _version: 'v1',
    _timestamp: formatCompact(toWall(now, GATEWAY_TIMEZONE)),
    _format: 'json',
  };
}

/** Adds `_sig` to the parameters (which must hold `_sm` unless `signMethod` says otherwise). */
export function signed(
  params: Record<string, string>,
  secret = SANDBOX_ACCOUNT.secret,
  signMethod: SignMethod = params._sm === 'sha1' ? 'sha1' : 'md5',
): Record<string, string> {
  return { ...params, _sig: sign(params, secret, signMethod) };
}

/** A signed passenger-flow call for a device and a range. */
export function passengerParams(
  business: Record<string, string>,
  now = NOW,
): Record<string, string> {
  return signed({
    ...commonParams(undefined, now),
    timeType: '1',
    isOnBusinessTime: '0',
    ...business,
  });
}

export async function post(sandbox: Sandbox, params: Record<string, string>): Promise<Envelope> {
  const response = await sandbox.fetch(
    new Request('http://sandbox.invalid/m.api', {
      method: 'POST',
      body: new URLSearchParams(params),
    }),
  );
  return envelopeSchema.parse(await response.json());
}

/** The rows of a successful passenger-flow answer (default shape). */
export async function rowsOf(
  sandbox: Sandbox,
  business: Record<string, string>,
  now = NOW,
): Promise<Row[]> {
  const envelope = await post(sandbox, passengerParams(business, now));
  if (envelope.stat.code !== 0) throw new Error(`code ${String(envelope.stat.code)}`);
  return rowsSchema.parse(envelope.data);
}
