/**
 * The page's first requests, sent by its small first script while the large one (React, recharts)
 * still downloads, compiles and runs: health, the device list and, when the link names its view,
 * that view's traffic. Each body is read once, here: the first paint draws the traffic from it, and
 * the app checks and adopts all three rather than asking again (`boot.tsx`).
 */
import { viewFromLink } from '../view/view-state.ts';
import {
  readAnswer,
  requestDevices,
  requestHealth,
  requestTraffic,
  type Answer,
  type TrafficParams,
} from './requests.ts';

export interface EarlyRequests {
  health: Promise<Answer>;
  devices: Promise<Answer>;
  /** Only for a link naming device and both dates. */
  traffic?: { params: TrafficParams; answer: Promise<Answer> };
}

// The app reads a failure when it adopts the answer; until then it is not "unhandled".
const quiet = (response: Promise<Response>): Promise<Answer> => {
  const answer = readAnswer(response);
  answer.catch(() => undefined);
  return answer;
};

/**
 * Sends the requests a page at `search` starts with.
 *
 * @example const early = sendEarlyRequests(window.location.search)
 */
export function sendEarlyRequests(search: string): EarlyRequests {
  const early: EarlyRequests = {
    health: quiet(requestHealth()),
    devices: quiet(requestDevices()),
  };
  const linked = viewFromLink(search);
  if (linked) {
    const params: TrafficParams = {
      mac: linked.device,
      from: linked.from,
      to: linked.to,
      granularity: linked.granularity,
      businessHours: linked.businessHours,
    };
    early.traffic = { params, answer: quiet(requestTraffic(params)) };
  }
  return early;
}
