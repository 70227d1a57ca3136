import { act, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { sendEarlyRequests } from './api/early.ts';
import { boot } from './boot.tsx';
import {
  allDayTrafficCalls,
  inEnglish,
  mockApi,
  trafficAnswer,
  trafficCalls,
} from './test/app-api.ts';

const VIEW =
  '?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

/**
 * The paths asked for, leaving out the after-hours card's own query (the view's range in business
 * hours, which these all-day views do not draw from the early answer).
 */
const paths = (mock: ReturnType<typeof mockApi>): string[] =>
  mock.mock.calls.flatMap(([input]) => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://localhost');
    return url.searchParams.get('businessHours') === 'true' ? [] : [url.pathname];
  });

/** What the page asks first for a linked view, sorted. */
const EARLY_PATHS = ['/api/devices', '/api/health', '/api/session', '/api/stores', '/api/traffic'];

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

async function start(path: string): Promise<void> {
  window.history.replaceState(null, '', path);
  const container = document.createElement('div');
  document.body.append(container);
  const early = sendEarlyRequests(window.location.pathname, window.location.search);
  await act(async () => {
    root = await boot(container, early);
  });
}

describe('boot', () => {
  it('should draw a linked view from the early answers without asking again', async () => {
    const mock = mockApi();
    await start(`/${VIEW}`);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const { totals } = await trafficAnswer(mock, allDayTrafficCalls(mock)[0]);
    expect(within(summary).getByText(inEnglish(totals.walkIn))).toBeTruthy();
    expect(paths(mock).sort()).toEqual(EARLY_PATHS);
    expect(trafficCalls(mock)[0]?.searchParams.get('from')).toBe('2023-03-29');
  });

  it("should send the view's traffic at once, never waiting for the session's answer", () => {
    const mock = mockApi();
    window.history.replaceState(null, '', `/${VIEW}`);
    sendEarlyRequests(window.location.pathname, window.location.search);
    // Every early request is sent in the same tick, before any answer can arrive.
    expect(paths(mock).sort()).toEqual(EARLY_PATHS);
  });

  it('should leave traffic to the dashboard when the link does not name the view', async () => {
    const mock = mockApi();
    await start('/?granularity=day');
    await screen.findByRole('region', { name: 'Summary' });
    // Only the view the dashboard completed is asked for (StrictMode may ask twice in development).
    const asked = new Set(allDayTrafficCalls(mock).map((url) => url.search));
    expect([...asked]).toEqual([window.location.search]);
  });

  it('should draw a linked store view from the early answers, doors included', async () => {
    const mock = mockApi();
    await start('/?store=nanjing-road&from=2023-03-29&to=2023-03-29');
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const { totals } = await trafficAnswer(mock, allDayTrafficCalls(mock)[0]);
    expect(within(summary).getByText(inEnglish(totals.walkIn))).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Doors' })).toBeTruthy();
    expect(allDayTrafficCalls(mock)).toHaveLength(1);
    expect(allDayTrafficCalls(mock)[0]?.searchParams.get('store')).toBe('nanjing-road');
  });

  it('should ask for the overview, and no traffic, on the overview page', async () => {
    const mock = mockApi();
    await start('/overview?from=2023-03-29&to=2023-03-29&businessHours=false');
    await screen.findByRole('table', { name: 'All stores' });
    expect(paths(mock).filter((path) => path === '/api/overview')).toHaveLength(1);
    expect(trafficCalls(mock)).toHaveLength(0);
  });
});
