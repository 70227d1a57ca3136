/** One `queryOptions` factory per resource, shared by `useQuery` and prefetching. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  ApiError,
  fetchDevices,
  fetchHealth,
  fetchOverview,
  fetchSession,
  fetchStores,
  fetchTraffic,
} from './client.ts';
import type { OverviewParams, TrafficParams } from '../domain/queries.ts';

/** The server already retries the platform; only a lost connection is worth another try here. */
const retryNetworkOnly = (failureCount: number, error: Error): boolean =>
  !(error instanceof ApiError) && failureCount < 2;

export const healthQuery = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    staleTime: Infinity,
    retry: retryNetworkOnly,
  });

/**
 * Who is signed in, and the mode. It changes only by signing in or out (which set it) or by a
 * session ending (a 401 anywhere marks it, see `app.tsx`).
 */
export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
    retry: retryNetworkOnly,
  });

export const devicesQuery = () =>
  queryOptions({
    queryKey: ['devices'],
    queryFn: ({ signal }) => fetchDevices(signal),
    staleTime: 5 * 60_000,
    retry: retryNetworkOnly,
  });

export const storesQuery = () =>
  queryOptions({
    queryKey: ['stores'],
    queryFn: ({ signal }) => fetchStores(signal),
    staleTime: 5 * 60_000,
    retry: retryNetworkOnly,
  });

// The server caches past ranges for good and today's for a minute; traffic and the overview
// match the latter.
export const trafficQuery = (params: TrafficParams) =>
  queryOptions({
    queryKey: ['traffic', params],
    queryFn: ({ signal }) => fetchTraffic(params, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    retry: retryNetworkOnly,
  });

export const overviewQuery = (params: OverviewParams) =>
  queryOptions({
    queryKey: ['overview', params],
    queryFn: ({ signal }) => fetchOverview(params, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    retry: retryNetworkOnly,
  });
