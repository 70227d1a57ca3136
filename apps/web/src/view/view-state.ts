/**
 * The view — device, range, granularity, business hours — as it lives in the URL. Parsing is
 * lenient (a bad field falls back to its default) so an edited or old link still opens.
 */
import {
  allowsGranularity,
  DAY_MS,
  formatDate,
  GRANULARITIES,
  isGranularity,
  parseDate,
  type Granularity,
} from '@footfall/buckets';
import type { Device } from '../api/schemas.ts';
import { presetRange, todayIn } from './presets.ts';

export interface View {
  device: string; // MAC, 12 lowercase hex digits as the server lists it
  from: string; // YYYY-MM-DD
  to: string;
  granularity: Granularity;
  businessHours: boolean;
}

/**
 * The fields of a view present and well-formed in a query string.
 *
 * @example parseView('?device=d47c44906f14&granularity=day') // { device: 'd47c44906f14', granularity: 'day' }
 */
export function parseView(search: string): Partial<View> {
  const params = new URLSearchParams(search);
  const view: Partial<View> = {};
  const device = params.get('device');
  if (device) view.device = device;
  const from = params.get('from');
  if (from !== null && parseDate(from) !== undefined) view.from = from;
  const to = params.get('to');
  if (to !== null && parseDate(to) !== undefined) view.to = to;
  const granularity = params.get('granularity');
  if (isGranularity(granularity)) view.granularity = granularity;
  const businessHours = params.get('businessHours');
  if (businessHours === 'true' || businessHours === 'false') {
    view.businessHours = businessHours === 'true';
  }
  return view;
}

/** The query string of a view, fields in a fixed order so equal views give equal URLs. */
export function serializeView(view: View): string {
  const params = new URLSearchParams({
    device: view.device,
    from: view.from,
    to: view.to,
    granularity: view.granularity,
    businessHours: String(view.businessHours),
  });
  return `?${params.toString()}`;
}

/** The finest granularity the range allows: the requested one if allowed. */
export function fitGranularity(from: string, to: string, wanted: Granularity): Granularity {
  const fromWall = parseDate(from);
  const toWall = parseDate(to);
  if (fromWall === undefined || toWall === undefined) return wanted;
  if (allowsGranularity(fromWall, toWall, wanted)) return wanted;
  return GRANULARITIES.find((g) => allowsGranularity(fromWall, toWall, g)) ?? wanted;
}

/** Keeps a view coherent: `from` not after `to`, and a granularity the range allows. */
export function normalizeView(view: View): View {
  const [from, to] = view.from <= view.to ? [view.from, view.to] : [view.to, view.from];
  return { ...view, from, to, granularity: fitGranularity(from, to, view.granularity) };
}

const normalMac = (mac: string): string => mac.replace(/[:-]/g, '').toLowerCase();

/**
 * A whole view from a partial one: the default is the first device, the last 7 days in its time
 * zone, by hour, all day. `undefined` when there are no devices.
 */
export function resolveView(
  partial: Partial<View>,
  devices: readonly Device[],
  now: number,
): View | undefined {
  const wanted = partial.device === undefined ? undefined : normalMac(partial.device);
  const device = devices.find((d) => normalMac(d.mac) === wanted) ?? devices[0];
  if (!device) return undefined;
  // One end alone keeps a week's span from it; neither gives the last 7 days.
  const week = 6 * DAY_MS;
  const fallback = presetRange('last7', todayIn(device.timezone, now));
  const fromWall = partial.from === undefined ? undefined : parseDate(partial.from);
  const toWall = partial.to === undefined ? undefined : parseDate(partial.to);
  const from = partial.from ?? (toWall === undefined ? fallback.from : formatDate(toWall - week));
  const to = partial.to ?? (fromWall === undefined ? fallback.to : formatDate(fromWall + week));
  return normalizeView({
    device: device.mac,
    from,
    to,
    granularity: partial.granularity ?? 'hour',
    businessHours: partial.businessHours ?? false,
  });
}

/**
 * The view a link names in full (device and both dates), before the device list is known, so its
 * traffic can be fetched alongside the devices. `undefined` when the link relies on defaults.
 */
export function viewFromLink(search: string): View | undefined {
  const partial = parseView(search);
  if (partial.device === undefined || partial.from === undefined || partial.to === undefined) {
    return undefined;
  }
  return normalizeView({
    device: normalMac(partial.device),
    from: partial.from,
    to: partial.to,
    granularity: partial.granularity ?? 'hour',
    businessHours: partial.businessHours ?? false,
  });
}
