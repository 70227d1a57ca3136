/**
 * The queries the web app asks, typed from the contract's (`@footfall/contract`): the same fields,
 * its days as the URL writes them (`yyyy-MM-dd`) rather than parsed.
 */
import type { OverviewQuery, Subject, TrafficQuery } from '@footfall/contract';

interface Days {
  from: string;
  to: string;
}

/** `GET /api/traffic`'s query (`compare` absent: none). */
export type TrafficParams = Omit<TrafficQuery, 'from' | 'to' | 'subject'> &
  Days & {
    subject: Subject;
  };

/** `GET /api/overview`'s query. */
export type OverviewParams = Omit<OverviewQuery, 'from' | 'to'> & Days;
