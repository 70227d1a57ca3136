/**
 * The signed parameters of one listDevicePassengerIndicator call: the common parameters DESIGN
 * lists, the business parameters of the query, and `_sig` over all of them. Built afresh for every
 * attempt, because `_timestamp` must be current or the gateway answers code 16.
 */
import {
  formatCompact,
  granularityOfTimeType,
  isValidTimeZone,
  parsePlatformTime,
  toWall,
  type Granularity,
} from '@footfall/buckets';
import { isPlatformMac } from '@footfall/contract';
import { SIGNATURE_PARAM, sign, type SignMethod } from './sign.ts';

/**
 * The `_mt` of the passenger-flow method.
 *
 * @example params._mt === PASSENGER_METHOD // true
 */
export const PASSENGER_METHOD =
  'open.shopwebpassengerflow.customerflow.listDevicePassengerIndicator';

/**
 * What to ask the gateway for: one device, one time span, one bucket size.
 *
 * @example const query: PassengerQuery = { mac: 'd47c44906f14', startTime: '2023-03-29 00:00:00', endTime: '2023-03-29 23:59:59', timeType: 1, isOnBusinessTime: false, timezone: 'Asia/Shanghai' };
 */
export interface PassengerQuery {
  /** 12 lowercase hex digits, e.g. `d47c44906f14`. */
  mac: string;
  /** `yyyy-MM-dd HH:mm:ss`, the device's local time. */
  startTime: string;
  endTime: string;
  /** 1 hour, 2 day, 3 week, 4 month, 5 quarter, 6 year. */
  timeType: number;
  /** Sent as `'1'` (business hours only) or `'0'` (all day). */
  isOnBusinessTime: boolean;
  /** The device's IANA zone, used to read epoch-ms labels. */
  timezone: string;
}

/**
 * The account side of a request.
 *
 * @example passengerParams({ aid: 'S107', akey, secret, signMethod: 'md5', timezone: 'Asia/Shanghai' }, query, Date.now())
 */
export interface Credentials {
  aid: string;
  akey: string;
  secret: string;
  signMethod: SignMethod;
  /** The gateway's clock zone, for `_timestamp`. */
  timezone: string;
}

/**
 * Checks a query before anything is sent and returns its granularity. A bad query is the caller's
 * bug, not an upstream failure, so it throws a `RangeError` rather than an `OpretailError`.
 *
 * @example checkPassengerQuery({ ...query, timeType: 3 }) // 'week'
 */
export function checkPassengerQuery(query: PassengerQuery): Granularity {
  if (!isPlatformMac(query.mac)) {
    throw new RangeError(`mac must be 12 lowercase hex digits, got ${JSON.stringify(query.mac)}`);
  }
  for (const field of ['startTime', 'endTime'] as const) {
    const text = query[field];
    if (parsePlatformTime(text) === undefined) {
      throw new RangeError(
        `${field} must be a real yyyy-MM-dd HH:mm:ss, got ${JSON.stringify(text)}`,
      );
    }
  }
  const granularity = granularityOfTimeType(query.timeType);
  if (granularity === undefined) {
    throw new RangeError(`timeType must be a whole number 1–6, got ${query.timeType}`);
  }
  if (!isValidTimeZone(query.timezone)) {
    throw new RangeError(`timezone must be an IANA zone, got ${JSON.stringify(query.timezone)}`);
  }
  return granularity;
}

/**
 * Every parameter of the call, `_sig` included, timestamped at `nowMs` in the gateway's zone.
 *
 * @example passengerParams(credentials, query, Date.now())._sig // 32 uppercase hex digits (md5)
 */
export function passengerParams(
  credentials: Credentials,
  query: PassengerQuery,
  nowMs: number,
): Record<string, string> {
  const params: Record<string, string> = {
    _aid: credentials.aid,
    _akey: credentials.akey,
    _mt: PASSENGER_METHOD,
    _sm: credentials.signMethod,
    _requestMode: 'post',
    _version: 'v1',
    _timestamp: formatCompact(toWall(nowMs, credentials.timezone)),
    _format: 'json',
    mac: query.mac,
    startTime: query.startTime,
    endTime: query.endTime,
    timeType: String(query.timeType),
    isOnBusinessTime: query.isOnBusinessTime ? '1' : '0',
  };
  params[SIGNATURE_PARAM] = sign(params, credentials.secret, credentials.signMethod);
  return params;
}
