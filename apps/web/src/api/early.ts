/**
 * The page's first requests, sent by its small first script while the large one (React, recharts)
 * still downloads, compiles and runs: health, the session, the device and store lists and, when the link names
 * its view, that view's traffic (or, on the overview page, the overview). Each body is read once,
 * here: the first paint draws the traffic from it, and the app checks and adopts them rather than
 * asking again (`boot.tsx`). The session is asked alongside, never first: with `AUTH=none` the
 * chart waits for nothing, and without a session the others answer 401, which leads to sign-in.
 */
import { OVERVIEW_PATH, overviewFromLink, overviewParams } from '../domain/overview-view.ts';
import { viewFromLink } from '../domain/view-state.ts';
import {
  readAnswer,
  requestDevices,
  requestHealth,
  requestOverview,
  requestSession,
  requestStores,
  requestTraffic,
  trafficParams,
  type Answer,
} from './requests.ts';
import type { OverviewParams, TrafficParams } from '../domain/queries.ts';

export interface EarlyRequests {
  health: Promise<Answer>;
  session: Promise<Answer>;
  devices: Promise<Answer>;
  stores: Promise<Answer>;
  /** Only on the dashboard, for a link naming its subject and both dates. */
  traffic?: { params: TrafficParams; answer: Promise<Answer> };
  /** Only on the overview page, for a link naming both dates. */
  overview?: { params: OverviewParams; answer: Promise<Answer> };
}

// The app reads a failure when it adopts the answer; until then it is not "unhandled".
const quiet = (response: Promise<Response>): Promise<Answer> => {
  const answer = readAnswer(response);
  answer.catch(() => undefined);
  return answer;
};

/**
 * Sends the requests a page at `pathname` + `search` starts with.
 *
 * @example const early = sendEarlyRequests(window.location.pathname, window.location.search)
 */
export function sendEarlyRequests(pathname: string, search: string): EarlyRequests {
  const early: EarlyRequests = {
    health: quiet(requestHealth()),
    session: quiet(requestSession()),
    devices: quiet(requestDevices()),
    stores: quiet(requestStores()),
  };
  if (pathname === OVERVIEW_PATH) {
    const linked = overviewFromLink(search);
    const params = linked && overviewParams(linked);
    if (params) early.overview = { params, answer: quiet(requestOverview(params)) };
    return early;
  }
  const linked = viewFromLink(search);
  if (linked) {
    // With its comparison, when the link asks for one: one answer draws both series.
    const params: TrafficParams = trafficParams(linked);
    early.traffic = { params, answer: quiet(requestTraffic(params)) };
  }
  return early;
}
