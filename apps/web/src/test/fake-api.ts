/**
 * An in-memory `/api` shaped per DESIGN.md, for component tests: `fetch` is stubbed with it, so
 * nothing touches the network. Traffic answers can be overridden per test.
 */
import { vi } from 'vitest';
import type { Device } from '@footfall/contract';
import type { Traffic } from '../api/schemas.ts';

export const SHANGHAI_DOOR: Device = {
  mac: 'd47c44906f14',
  name: 'Main entrance',
  store: 'Flagship',
  storeId: 'flagship',
  timezone: 'Asia/Shanghai',
  countsWalkOut: true,
  entrance: true,
};

export const FACE_CAMERA: Device = {
  mac: 'aabbccddeeff',
  name: 'Face camera',
  store: 'Outlet',
  storeId: 'outlet',
  timezone: 'Asia/Shanghai',
  countsWalkOut: false,
  entrance: true,
};

export const DEVICES = [SHANGHAI_DOOR, FACE_CAMERA];

export interface TrafficQuery {
  mac: string;
  from: string;
  to: string;
  granularity: string;
  businessHours: string;
}

/** Two hourly buckets on 2023-03-29 in Shanghai, or the same with walk-outs not counted. */
export function sampleTraffic(query: TrafficQuery): Traffic {
  const device = DEVICES.find((d) => d.mac === query.mac) ?? SHANGHAI_DOOR;
  const out = (n: number): number | null => (device.countsWalkOut ? n : null);
  return {
    device,
    granularity: 'hour',
    businessHours: query.businessHours === 'true',
    from: query.from,
    to: query.to,
    timezone: device.timezone,
    buckets: [
      { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: out(10) },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 1234, walkOut: out(1200) },
    ],
    totals: { walkIn: 1246, walkOut: out(1210) },
  };
}

export type TrafficHandler = (query: TrafficQuery) => { status: number; body: unknown };

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Stubs `fetch`; returns the mock, whose calls list the traffic URLs asked for. */
export function mockApi(
  traffic: TrafficHandler = (query) => ({ status: 200, body: sampleTraffic(query) }),
  mode: 'sandbox' | 'live' = 'sandbox',
) {
  const handler = vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    await Promise.resolve();
    const raw = input instanceof Request ? input.url : String(input);
    const url = new URL(raw, 'http://localhost');
    switch (url.pathname) {
      case '/api/health':
        return json({ status: 'ok', mode });
      case '/api/devices':
        return json({ devices: DEVICES });
      case '/api/traffic': {
        const q = Object.fromEntries(url.searchParams);
        const answer = traffic({
          mac: q.mac ?? '',
          from: q.from ?? '',
          to: q.to ?? '',
          granularity: q.granularity ?? 'hour',
          businessHours: q.businessHours ?? 'false',
        });
        return json(answer.body, answer.status);
      }
      default:
        return json({ error: { code: 'NOT_FOUND', message: 'No such API route.' } }, 404);
    }
  });
  vi.stubGlobal('fetch', handler);
  return handler;
}

/** The traffic URLs fetched so far. */
export function trafficCalls(mock: ReturnType<typeof mockApi>): URL[] {
  return mock.mock.calls
    .map(
      ([input]) =>
        new URL(input instanceof Request ? input.url : String(input), 'http://localhost'),
    )
    .filter((url) => url.pathname === '/api/traffic');
}
