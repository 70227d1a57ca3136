/**
 * Validation of the passenger-flow method's business parameters. A bad value gets
 * {@link PARAM_INVALID} and a message naming it: never a crash, never silent zeros.
 */
import {
  granularityOfTimeType,
  HOUR_MS,
  parsePlatformTime,
  PLATFORM_TIME_PATTERN,
  type Granularity,
} from '@footfall/buckets';
import { isPlatformMac } from '@footfall/contract';
import { z } from 'zod';
import { MAX_RANGE_HOURS } from './aggregate.ts';
import type { Params } from './checks.ts';

/**
 * The code the sandbox answers for an invalid business parameter. The platform documents no
 * code for this; 40 is outside its table, so clients treat it as undocumented and never retry —
 * retrying a bad parameter cannot help.
 */
export const PARAM_INVALID = { code: 40, name: 'PARAM_INVALID' } as const;

export interface PassengerParams {
  mac: string;
  start: number;
  end: number;
  granularity: Granularity;
  businessHoursOnly: boolean;
}

const required = (name: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${name} is required.` : `${name} must be a string.`;

const wallTime = (name: string) =>
  z
    .string({ error: required(name) })
    .regex(PLATFORM_TIME_PATTERN, `${name} must be yyyy-MM-dd HH:mm:ss.`)
    .transform((text, ctx) => {
      const wall = parsePlatformTime(text);
      if (wall === undefined) {
        ctx.addIssue({ code: 'custom', message: `${name} is not a real date and time: ${text}.` });
        return z.NEVER;
      }
      return wall;
    });

const schema = z
  .object({
    mac: z
      .string({ error: required('mac') })
      .refine(isPlatformMac, 'mac must be 12 lowercase hexadecimal digits.'),
    startTime: wallTime('startTime'),
    endTime: wallTime('endTime'),
    timeType: z
      .enum(['1', '2', '3', '4', '5', '6'], 'timeType must be 1 (hour) to 6 (year).')
      .default('1'),
    isOnBusinessTime: z.enum(['0', '1'], 'isOnBusinessTime must be 0 or 1.').default('0'),
  })
  .refine((p) => p.startTime <= p.endTime, 'startTime must not be after endTime.')
  .refine(
    (p) => p.endTime - p.startTime < MAX_RANGE_HOURS * HOUR_MS,
    'The range from startTime to endTime must not exceed 11 years.',
  );

/**
 * Reads the business parameters, or the message of the first that is wrong.
 *
 * @example parsePassengerParams({ mac: 'D4' }) // { ok: false, message: 'mac must be …' }
 */
export function parsePassengerParams(
  params: Params,
): { ok: true; value: PassengerParams } | { ok: false; message: string } {
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid parameters.' };
  }
  const { mac, startTime, endTime, timeType, isOnBusinessTime } = parsed.data;
  return {
    ok: true,
    value: {
      mac,
      start: startTime,
      end: endTime,
      granularity: granularityOfTimeType(Number(timeType)) ?? 'hour',
      businessHoursOnly: isOnBusinessTime === '1',
    },
  };
}
