/**
 * Starts the app on the page's early requests: their answers go into the query cache under the
 * keys the components ask for, so the first render can already draw the chart.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  parseDevices,
  parseHealth,
  parseOverview,
  parseSession,
  parseStores,
  parseTraffic,
} from './api/client.ts';
import type { EarlyRequests } from './api/early.ts';
import {
  devicesQuery,
  healthQuery,
  overviewQuery,
  sessionQuery,
  storesQuery,
  trafficQuery,
} from './api/queries.ts';
import { App, createQueryClient } from './app.tsx';

/** How long the first render waits for answers still on their way; a slow server gets the skeleton. */
const FIRST_RENDER_WAIT_MS = 150;

/** Renders the app into `container` once the early answers are in (or a short wait is over). */
export async function boot(container: HTMLElement, early: EarlyRequests): Promise<Root> {
  const queryClient = createQueryClient();
  // No retry here: a failed early answer leaves the query in error, and the component's own
  // query (with its retry) asks again when it mounts.
  const adopted: Promise<unknown>[] = [
    queryClient.query({ ...healthQuery(), queryFn: () => parseHealth(early.health), retry: false }),
    queryClient.query({
      ...sessionQuery(),
      queryFn: () => parseSession(early.session),
      retry: false,
    }),
    queryClient.query({
      ...devicesQuery(),
      queryFn: () => parseDevices(early.devices),
      retry: false,
    }),
    queryClient.query({ ...storesQuery(), queryFn: () => parseStores(early.stores), retry: false }),
  ];
  const { traffic, overview } = early;
  if (traffic) {
    adopted.push(
      queryClient.query({
        ...trafficQuery(traffic.params),
        queryFn: () => parseTraffic(traffic.answer),
        retry: false,
      }),
    );
  }
  if (overview) {
    adopted.push(
      queryClient.query({
        ...overviewQuery(overview.params),
        queryFn: () => parseOverview(overview.answer),
        retry: false,
      }),
    );
  }
  const settled = Promise.allSettled(adopted);
  await Promise.race([
    settled,
    new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
  ]);

  const root = createRoot(container);
  // A transition: React renders the first tree in slices of a few milliseconds, yielding to the
  // browser between them, instead of one long task (on a phone's CPU, the dashboard's first render
  // is most of the page's blocking time). The first paint stays on screen meanwhile.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
  return root;
}
