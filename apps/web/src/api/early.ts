/**
 * The page's first requests, sent by its small first script while the large one (React, recharts)
 * still downloads, compiles and runs: health, the device list and, when the link names its view,
 * that view's traffic. The app adopts these answers rather than asking again (`boot.tsx`).
 */
import { viewFromLink } from '../view/view-state.ts';
import { requestDevices, requestHealth, requestTraffic, type TrafficParams } from './requests.ts';

export interface EarlyRequests {
  health: Promise<Response>;
  devices: Promise<Response>;
  /** Only for a link naming device and both dates. */
  traffic?: { params: TrafficParams; response: Promise<Response> };
}

// The app reads a failure when it adopts the answer; until then it is not "unhandled".
const quiet = (response: Promise<Response>): Promise<Response> => {
  response.catch(() => undefined);
  return response;
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
    early.traffic = { params, response: quiet(requestTraffic(params)) };
  }
  return early;
}
