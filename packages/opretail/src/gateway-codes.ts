/**
 * The Opretail gateway's result codes, with what each means to whoever has to act on it and
 * whether a call that met it may be tried again. Shared by the client (to explain and retry) and
 * the sandbox (to answer with the same codes).
 */

/** How a call that met a code may be retried. */
export type RetryPolicy = 'never' | 'once-fresh-timestamp' | 'backoff';

export interface GatewayCode {
  code: number;
  name: string;
  /** Plain language for a store manager or an operator. */
  message: string;
  retry: RetryPolicy;
}

const table = [
  [1, 'KEY_NOTNULL', 'The Opretail key (_akey) is missing.', 'never'],
  [2, 'KEY_UNLAWFUL', 'The Opretail key is not valid: check OPRETAIL_AKEY.', 'never'],
  [3, 'KEY_HAS_EXPIRED', 'The Opretail key has expired: renew the service.', 'never'],
  [4, 'SIGN_METHOD_NOTNULL', 'The signing method (_sm) is missing.', 'never'],
  [5, 'SIGN_TYPE_NOTEXIST', 'The signing method is not md5 or sha1.', 'never'],
  [6, 'SIGN_NOTNULL', 'The request signature (_sig) is missing.', 'never'],
  [7, 'SIGN_WRONG', 'The request signature is wrong: check OPRETAIL_SECRET.', 'never'],
  [8, 'METHOD_NOTNULL', 'The method name (_mt) is missing.', 'never'],
  [9, 'METHOD_NOTEXIST_CODE', 'The platform does not know this method or version.', 'never'],
  [10, 'REQUESTMODE_NOTNULL', 'The request mode (_requestMode) is missing.', 'never'],
  [11, 'APPLICATIONID_NOTNULL', 'The platform system number (_aid) is missing.', 'never'],
  [
    12,
    'APPLICATIONID_NOTSAME',
    'The system number (_aid) does not match the key: check OPRETAIL_AID.',
    'never',
  ],
  [13, 'VERSION_NOTNULL', 'The method version (_version) is missing.', 'never'],
  [14, 'TIMESTAMP_NOTNULL', 'The request timestamp (_timestamp) is missing.', 'never'],
  [15, 'TIMESTAMP_FORMAT_ERROR', 'The request timestamp is malformed.', 'never'],
  [
    16,
    'TIMESTAMP_OVERTIME',
    'The request timestamp is too far from the platform clock: check the server clock and OPRETAIL_TIMEZONE.',
    'once-fresh-timestamp',
  ],
  [17, 'FORMAT_TYPE_NOTEXIST', 'The response format (_format) is unknown.', 'never'],
  [-100, 'API_CALL_REPEAT', 'The platform refused a repeated call; try again shortly.', 'backoff'],
  [
    -500,
    'API_SYSTEM_CALL_ERROR',
    'The Opretail platform had a fault; try again shortly.',
    'backoff',
  ],
  [
    -999,
    'UNKNOWN_ERROR',
    'The Opretail platform raised an exception; try again shortly.',
    'backoff',
  ],
] as const satisfies readonly (readonly [number, string, string, RetryPolicy])[];

/** Every documented gateway code, by number. */
export const GATEWAY_CODES: ReadonlyMap<number, GatewayCode> = new Map(
  table.map(([code, name, message, retry]) => [code, { code, name, message, retry }]),
);

/**
 * What a gateway code means; an undocumented code is described as such and never retried.
 *
 * @example describeGatewayCode(3).message // 'The Opretail key has expired: renew the service.'
 */
export function describeGatewayCode(code: number): GatewayCode {
  return (
    GATEWAY_CODES.get(code) ?? {
      code,
      name: 'UNDOCUMENTED',
      message: `The Opretail platform answered with undocumented code ${code}.`,
      retry: 'never',
    }
  );
}
