import type { Totals } from '@footfall/contract';

/** Walk-ins outside business hours, and their share of the whole day (`null` for an empty day). */
export interface AfterHours {
  walkIn: number;
  share: number | null;
}

/**
 * All day minus business hours, for the same subject and range: deliveries, staff, early birds.
 *
 * @example afterHours({ walkIn: 120, walkOut: 0 }, { walkIn: 90, walkOut: 0 }) // { walkIn: 30, share: 0.25 }
 */
export function afterHours(allDay: Totals, businessHours: Totals): AfterHours {
  // Never below 0: the two answers may come from the platform at different moments of today.
  const walkIn = Math.max(0, allDay.walkIn - businessHours.walkIn);
  return { walkIn, share: allDay.walkIn > 0 ? walkIn / allDay.walkIn : null };
}
