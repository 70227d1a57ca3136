/**
 * The one error the client throws. Its `kind` says what went wrong in terms a caller can act on
 * (map to a 502 or a 504, retry or not); its message is plain language for an operator.
 *
 * Nothing here ever holds the secret, the signature or the signed request: errors end up in logs
 * and HTTP responses, so they are built only from codes, statuses and fixed text.
 */
import { describeGatewayCode } from './gateway-codes.ts';

/**
 * What went wrong, in terms a caller can act on.
 *
 * @example const status = kind === 'timeout' ? 504 : 502;
 */
export type OpretailErrorKind =
  'gateway' | 'timeout' | 'network' | 'http-status' | 'not-json' | 'malformed';

/**
 * What an `OpretailError` is built from.
 *
 * @example new OpretailError({ kind: 'network', message: 'Could not reach the gateway.', attempts: 4 })
 */
export interface OpretailErrorDetails {
  kind: OpretailErrorKind;
  message: string;
  attempts: number;
  gatewayCode?: number;
  gatewayName?: string;
  httpStatus?: number;
}

/**
 * A failed call to the Opretail gateway.
 *
 * @example if (error instanceof OpretailError && error.kind === 'timeout') return c.json(body, 504);
 */
export class OpretailError extends Error {
  override readonly name = 'OpretailError';
  readonly kind: OpretailErrorKind;
  /** The gateway's `stat.code`, for kind `gateway`. */
  readonly gatewayCode?: number;
  /** The code's name, e.g. `KEY_HAS_EXPIRED`, for kind `gateway`. */
  readonly gatewayName?: string;
  /** The HTTP status, for kind `http-status`. */
  readonly httpStatus?: number;
  /** HTTP calls made before giving up. */
  readonly attempts: number;

  constructor(details: OpretailErrorDetails) {
    super(details.message);
    this.kind = details.kind;
    this.attempts = details.attempts;
    this.gatewayCode = details.gatewayCode;
    this.gatewayName = details.gatewayName;
    this.httpStatus = details.httpStatus;
  }
}

// An undocumented name comes from upstream: keep logs readable whatever it sends.
const MAX_NAME_LENGTH = 64;

/**
 * The error for a non-zero `stat.code`, explained from the gateway code table. An undocumented
 * code keeps the name the gateway gave it, when it gave one.
 *
 * @example gatewayError(3, undefined, 1).message // 'The Opretail key has expired: renew the service.'
 */
export function gatewayError(
  code: number,
  codename: string | undefined,
  attempts: number,
): OpretailError {
  const described = describeGatewayCode(code);
  const documented = described.name !== 'UNDOCUMENTED';
  return new OpretailError({
    kind: 'gateway',
    message: described.message,
    attempts,
    gatewayCode: code,
    gatewayName:
      documented || codename === undefined || codename === ''
        ? described.name
        : codename.slice(0, MAX_NAME_LENGTH),
  });
}
