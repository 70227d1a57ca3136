import type { Traffic } from '@footfall/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { trafficQuery } from '../../api/queries.ts';
import type { TrafficParams } from '../../domain/queries.ts';
import { dayFlags, flagParams, type DayFlag } from '../../domain/day-flags.ts';

const NO_FLAGS: readonly DayFlag[] = [];

const subjectKey = (answer: Traffic): string =>
  'store' in answer ? `store:${answer.store.id}` : `device:${answer.device.mac}`;

/**
 * The flags of the answer on screen, from its view's business-hours answer by hour or by day
 * (`flagParams`). That query is sent only once the answer on screen has arrived, so it never
 * holds up the first chart; until it answers, and for another view's answer, there are none.
 *
 * @example const flags = useDayFlags(view, query.data, now);
 */
export function useDayFlags(
  view: TrafficParams,
  shown: Traffic | undefined,
  now: number,
): readonly DayFlag[] {
  const params = flagParams(view);
  const query = useQuery({
    ...trafficQuery(params ?? view),
    // Another view's flags are no flags for this one.
    placeholderData: undefined,
    enabled: params !== undefined && shown !== undefined,
  });
  const answer = params === undefined ? undefined : query.data;
  return useMemo(() => {
    if (!answer || !shown) return NO_FLAGS;
    const same =
      subjectKey(answer) === subjectKey(shown) &&
      answer.from === shown.from &&
      answer.to === shown.to;
    return same ? dayFlags(answer, now) : NO_FLAGS;
  }, [answer, shown, now]);
}
