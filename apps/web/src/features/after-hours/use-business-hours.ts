import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Traffic } from '@footfall/contract';
import { trafficQuery } from '../../api/queries.ts';
import type { TrafficParams } from '../../domain/queries.ts';
import { trafficParams } from '../../api/requests.ts';

/** A range asked all day and in business hours only, and both answers once they describe it. */
export interface AllDayAndBusinessHours {
  allDay: UseQueryResult<Traffic>;
  business: UseQueryResult<Traffic>;
  /** Both answers, when both are this range's own (not a previous view's placeholder). */
  answers: { allDay: Traffic; business: Traffic } | undefined;
}

/**
 * What the platform counts as business hours, learnt by asking: the same subject, range and
 * granularity all day and in business hours only (`isOnBusinessTime`). Given the chart's own
 * query (`chart`), the side it covers is asked exactly as the chart asks (its comparison too), so
 * the two share one answer through the cache. The after-hours card subtracts the two; the
 * weekday × hour map outlines the hours the business-hours answer covers.
 *
 * @example const { answers } = useAllDayAndBusinessHours({ subject, from, to, granularity: 'hour' })
 */
export function useAllDayAndBusinessHours(
  params: Omit<TrafficParams, 'businessHours' | 'compare'>,
  enabled = true,
  chart?: TrafficParams,
): AllDayAndBusinessHours {
  const side = (businessHours: boolean): TrafficParams =>
    chart?.businessHours === businessHours ? trafficParams(chart) : { ...params, businessHours };
  const allDay = useQuery({ ...trafficQuery(side(false)), enabled });
  const business = useQuery({ ...trafficQuery(side(true)), enabled });
  const answers =
    allDay.data && business.data && !allDay.isPlaceholderData && !business.isPlaceholderData
      ? { allDay: allDay.data, business: business.data }
      : undefined;
  return { allDay, business, answers };
}
