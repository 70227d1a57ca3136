/**
 * The view — subject (a store or a device), range, granularity, business hours and the range it is
 * compared with — as it lives in the URL: `?store=<id>&…` or `?device=<mac>&…`. Parsing is lenient (a bad field falls back to its
 * default) so an edited or old link still opens. Runs in the page's first script: no zod here.
 */
import {
  allowsGranularity,
  DAY_MS,
  formatDate,
  GRANULARITIES,
  isComparison,
  isGranularity,
  type Comparison,
  parseDate,
  type Granularity,
} from '@footfall/buckets';
import type { Device, Store, Subject } from '@footfall/contract';
import { normalizeMac } from '@footfall/contract';
import { presetRange, todayIn, type DateRange } from './presets.ts';

export interface View {
  subject: Subject;
  from: string; // YYYY-MM-DD
  to: string;
  granularity: Granularity;
  businessHours: boolean;
  /** The earlier range drawn beside it (`compare=`); absent: no comparison. */
  compare?: Comparison;
}

/** What the server lists: the stores and their doors. */
export interface Catalog {
  stores: readonly Store[];
  devices: readonly Device[];
}

/** The part of a query string a day range and the business-hours switch come from. */
export function parseRange(
  params: URLSearchParams,
): Partial<DateRange & { businessHours: boolean }> {
  const range: Partial<DateRange & { businessHours: boolean }> = {};
  const from = params.get('from');
  if (from !== null && parseDate(from) !== undefined) range.from = from;
  const to = params.get('to');
  if (to !== null && parseDate(to) !== undefined) range.to = to;
  const businessHours = params.get('businessHours');
  if (businessHours === 'true' || businessHours === 'false') {
    range.businessHours = businessHours === 'true';
  }
  return range;
}

/**
 * The fields of a view present and well-formed in a query string. `store=` wins over `device=`.
 *
 * @example parseView('?store=nanjing-road&granularity=day') // { subject: { kind: 'store', id: 'nanjing-road' }, granularity: 'day' }
 */
export function parseView(search: string): Partial<View> {
  const params = new URLSearchParams(search);
  const view: Partial<View> = parseRange(params);
  const store = params.get('store');
  const device = params.get('device');
  if (store) view.subject = { kind: 'store', id: store };
  else if (device) view.subject = { kind: 'device', mac: device };
  const granularity = params.get('granularity');
  if (isGranularity(granularity)) view.granularity = granularity;
  const compare = params.get('compare');
  if (isComparison(compare)) view.compare = compare;
  return view;
}

/** The query string of a view, fields in a fixed order so equal views give equal URLs. */
export function serializeView(view: View): string {
  const { subject } = view;
  const params = new URLSearchParams(
    subject.kind === 'store' ? { store: subject.id } : { device: subject.mac },
  );
  params.set('from', view.from);
  params.set('to', view.to);
  params.set('granularity', view.granularity);
  params.set('businessHours', String(view.businessHours));
  if (view.compare !== undefined) params.set('compare', view.compare);
  return `?${params.toString()}`;
}

/** The finest granularity the range allows: the requested one if allowed. */
function fitGranularity(from: string, to: string, wanted: Granularity): Granularity {
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

/** A MAC as the server lists it, or the text itself when it is no MAC (it matches nothing). */
const normalMac = (mac: string): string => normalizeMac(mac) ?? mac;

/** The store or device a subject names, if the catalog has it. */
export function findSubject(
  subject: Subject,
  catalog: Catalog,
): { kind: 'store'; store: Store } | { kind: 'device'; device: Device } | undefined {
  if (subject.kind === 'store') {
    const store = catalog.stores.find((s) => s.id === subject.id);
    return store && { kind: 'store', store };
  }
  const mac = normalMac(subject.mac);
  const device = catalog.devices.find((d) => d.mac === mac);
  return device && { kind: 'device', device };
}

/**
 * A day range from a partial one in `timeZone`: one end alone keeps a week's span from it;
 * neither gives the last 7 days.
 */
export function resolveRange(
  partial: Partial<DateRange>,
  timeZone: string,
  now: number,
): DateRange {
  const week = 6 * DAY_MS;
  const fallback = presetRange('last7', todayIn(timeZone, now));
  const fromWall = partial.from === undefined ? undefined : parseDate(partial.from);
  const toWall = partial.to === undefined ? undefined : parseDate(partial.to);
  const from = partial.from ?? (toWall === undefined ? fallback.from : formatDate(toWall - week));
  const to = partial.to ?? (fromWall === undefined ? fallback.to : formatDate(fromWall + week));
  return { from, to };
}

/**
 * A whole view from a partial one: the default subject is the first store (the first device when
 * no device belongs to a store), over the last 7 days in its time zone, by hour, all day.
 * `undefined` when nothing is configured.
 */
export function resolveView(
  partial: Partial<View>,
  catalog: Catalog,
  now: number,
): View | undefined {
  const wanted = partial.subject && findSubject(partial.subject, catalog);
  const firstStore = catalog.stores[0];
  const firstDevice = catalog.devices[0];
  const found =
    wanted ??
    (firstStore
      ? { kind: 'store' as const, store: firstStore }
      : firstDevice && { kind: 'device' as const, device: firstDevice });
  if (!found) return undefined;
  const [subject, timeZone]: [Subject, string] =
    found.kind === 'store'
      ? [{ kind: 'store', id: found.store.id }, found.store.timezone]
      : [{ kind: 'device', mac: found.device.mac }, found.device.timezone];
  return normalizeView({
    subject,
    ...resolveRange(partial, timeZone, now),
    granularity: partial.granularity ?? 'hour',
    businessHours: partial.businessHours ?? false,
    ...(partial.compare && { compare: partial.compare }),
  });
}

/**
 * The view a link names in full (subject and both dates), before the lists are known, so its
 * traffic can be fetched alongside them. `undefined` when the link relies on defaults.
 */
export function viewFromLink(search: string): View | undefined {
  const { subject, from, to, granularity, businessHours, compare } = parseView(search);
  if (subject === undefined || from === undefined || to === undefined) return undefined;
  return normalizeView({
    subject: subject.kind === 'device' ? { kind: 'device', mac: normalMac(subject.mac) } : subject,
    from,
    to,
    granularity: granularity ?? 'hour',
    businessHours: businessHours ?? false,
    ...(compare && { compare }),
  });
}
