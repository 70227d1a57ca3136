/**
 * Sample answers for the unit tests of pure modules (no fetch, no server): typed by and parsed
 * with the contract's schemas, so a sample that drifts from the API fails at once. Component tests
 * ask the real server app instead (app-api.ts), and never see these. The estate is the demo's:
 * three stores, an inner door, face cameras. Every answer is hourly: two hours of 2023-03-29.
 */
import { comparisonRange, formatDate, isComparison, parseDate } from '@footfall/buckets';
import {
  deviceSchema,
  overviewSchema,
  storeSchema,
  storeTrafficSchema,
  deviceTrafficSchema,
  type Bucket,
  type Device,
  type DeviceTraffic,
  type Overview,
  type Store,
  type StoreTraffic,
  type Traffic,
} from '@footfall/contract';
import type { OverviewQuery, TrafficQuery } from './app-api.ts';

export type { OverviewQuery, TrafficQuery };

const device = (
  mac: string,
  name: string,
  store: [id: string, name: string, timezone: string],
  options: Partial<Pick<Device, 'countsWalkOut' | 'entrance'>> = {},
): Device =>
  deviceSchema.parse({
    mac,
    name,
    storeId: store[0],
    store: store[1],
    timezone: store[2],
    countsWalkOut: options.countsWalkOut ?? true,
    entrance: options.entrance ?? true,
  });

const NANJING = ['nanjing-road', 'Nanjing Road Flagship', 'Asia/Shanghai'] as const;
const LUJIAZUI = ['lujiazui-kiosk', 'Lujiazui Metro Kiosk', 'Asia/Shanghai'] as const;
const GINZA = ['ginza', 'Ginza Boutique', 'Asia/Tokyo'] as const;

export const SHANGHAI_DOOR = device('d47c44906f14', 'Main entrance', [...NANJING]);
export const SIDE_DOOR = device('d47c44906f15', 'East side door', [...NANJING]);
export const INNER_DOOR = device('d47c44906f16', 'VIP lounge face camera', [...NANJING], {
  countsWalkOut: false,
  entrance: false,
});
export const KIOSK_DOOR = device('a0b1c2d3e4f5', 'Station concourse door', [...LUJIAZUI]);
export const FACE_CAMERA = device('a0b1c2d3e4f6', 'Street door face camera', [...LUJIAZUI], {
  countsWalkOut: false,
});
export const GINZA_DOOR = device('0c8e7d6f5a41', 'Entrance', [...GINZA]);

export const DEVICES: readonly Device[] = [
  SHANGHAI_DOOR,
  SIDE_DOOR,
  INNER_DOOR,
  KIOSK_DOOR,
  FACE_CAMERA,
  GINZA_DOOR,
];

/** The stores of DEVICES, as `/api/stores` lists them. */
export const STORES: readonly Store[] = [NANJING, LUJIAZUI, GINZA].map(([id, name, timezone]) => {
  const doors = DEVICES.filter((d) => d.storeId === id);
  return storeSchema.parse({
    id,
    name,
    timezone,
    countsWalkOut: doors.filter((d) => d.entrance).every((d) => d.countsWalkOut),
    devices: doors.map((d) => d.mac),
  });
});
export const [NANJING_ROAD, LUJIAZUI_KIOSK, GINZA_BOUTIQUE] = STORES as [Store, Store, Store];

/** Each device's two hourly buckets on 2023-03-29 (walk-in, walk-out), before "not counted". */
const SAMPLE_COUNTS: Record<string, [[number, number], [number, number]]> = {
  [SHANGHAI_DOOR.mac]: [
    [12, 10],
    [1234, 1200],
  ],
  [SIDE_DOOR.mac]: [
    [8, 6],
    [400, 390],
  ],
  [INNER_DOOR.mac]: [
    [3, 0],
    [50, 0],
  ],
  [KIOSK_DOOR.mac]: [
    [5, 4],
    [300, 280],
  ],
  [FACE_CAMERA.mac]: [
    [7, 0],
    [90, 0],
  ],
  [GINZA_DOOR.mac]: [
    [2, 2],
    [150, 140],
  ],
};

const HOURS = ['10', '11'];

/** A door's sample buckets: its two hours of 2023-03-29. */
function sampleBuckets(door: Device): Bucket[] {
  const counts = SAMPLE_COUNTS[door.mac] ?? SAMPLE_COUNTS[SHANGHAI_DOOR.mac] ?? [];
  const offset = door.timezone === 'Asia/Tokyo' ? '+09:00' : '+08:00';
  return counts.map(([walkIn, walkOut], i) => ({
    start: `2023-03-29T${HOURS[i] ?? '00'}:00:00${offset}`,
    walkIn,
    walkOut: door.countsWalkOut ? walkOut : null,
  }));
}

function totalsOf(buckets: readonly Bucket[], counted: boolean): Traffic['totals'] {
  const walkIn = buckets.reduce((sum, b) => sum + b.walkIn, 0);
  const walkOut = buckets.reduce((sum, b) => sum + (b.walkOut ?? 0), 0);
  return { walkIn, walkOut: counted ? walkOut : null };
}

/** The sum of the doors' buckets, bucket by bucket; walk-outs `null` unless `counted`. */
function sumBuckets(doors: readonly Bucket[][], counted: boolean): Bucket[] {
  const byStart = new Map<string, Bucket>();
  for (const bucket of doors.flat()) {
    const sum = byStart.get(bucket.start) ?? { start: bucket.start, walkIn: 0, walkOut: 0 };
    sum.walkIn += bucket.walkIn;
    sum.walkOut = (sum.walkOut ?? 0) + (bucket.walkOut ?? 0);
    byStart.set(bucket.start, sum);
  }
  return [...byStart.values()]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((b) => (counted ? b : { ...b, walkOut: null }));
}

const view = (query: TrafficQuery) => ({
  granularity: 'hour' as const,
  businessHours: query.businessHours === 'true',
  from: query.from,
  to: query.to,
});

/** A device's two hourly buckets on 2023-03-29, walk-outs `null` where it does not count them. */
export function sampleDeviceTraffic(query: TrafficQuery): DeviceTraffic {
  const found = DEVICES.find((d) => d.mac === query.mac) ?? SHANGHAI_DOOR;
  const buckets = sampleBuckets(found);
  return deviceTrafficSchema.parse({
    device: found,
    ...view(query),
    timezone: found.timezone,
    buckets,
    totals: totalsOf(buckets, found.countsWalkOut),
  });
}

/** A store's answer: its entrance doors summed, and every door with its own buckets. */
export function sampleStoreTraffic(query: TrafficQuery): StoreTraffic {
  const store = STORES.find((s) => s.id === query.store) ?? NANJING_ROAD;
  const doors = store.devices.flatMap((mac) => DEVICES.filter((d) => d.mac === mac));
  const doorAnswers = doors.map((door) => {
    const buckets = sampleBuckets(door);
    return {
      mac: door.mac,
      name: door.name,
      entrance: door.entrance,
      countsWalkOut: door.countsWalkOut,
      buckets,
      totals: totalsOf(buckets, door.countsWalkOut),
    };
  });
  const buckets = sumBuckets(
    doorAnswers.filter((d) => d.entrance).map((d) => d.buckets),
    store.countsWalkOut,
  );
  return storeTrafficSchema.parse({
    store,
    ...view(query),
    timezone: store.timezone,
    buckets,
    totals: totalsOf(buckets, store.countsWalkOut),
    doors: doorAnswers,
  });
}

/** The earlier range's walk-ins as a share of the sample's, by store or device (else 80%). */
const EARLIER_SHARE: Record<string, number> = {
  'nanjing-road': 0.8,
  'lujiazui-kiosk': 1.25,
  ginza: 0.5,
};

/**
 * The earlier range a `compare=` asks for, as the API answers it: the sample's buckets moved to
 * that range, with a share of their walk-ins (rounded; `EARLIER_SHARE`) and the same walk-outs.
 */
function sampleComparison(
  query: Pick<TrafficQuery, 'store' | 'from' | 'to' | 'compare'>,
  buckets: readonly Bucket[],
  counted: boolean,
): Traffic['comparison'] {
  const share = EARLIER_SHARE[query.store] ?? 0.8;
  const from = parseDate(query.from);
  const to = parseDate(query.to);
  if (!isComparison(query.compare) || from === undefined || to === undefined) return undefined;
  const range = comparisonRange(from, to, query.compare);
  const back = from - range.from;
  const earlier = buckets.map((bucket) => {
    const day = parseDate(bucket.start.slice(0, 10)) ?? 0;
    return {
      ...bucket,
      start: `${formatDate(day - back)}${bucket.start.slice(10)}`,
      walkIn: Math.round(bucket.walkIn * share),
    };
  });
  return {
    kind: query.compare,
    from: formatDate(range.from),
    to: formatDate(range.to),
    buckets: earlier,
    totals: totalsOf(earlier, counted),
  };
}

/** The answer to a traffic query: a store's when it names one, else a device's; its comparison when asked. */
export function sampleTraffic(query: TrafficQuery): Traffic {
  const traffic = query.store === '' ? sampleDeviceTraffic(query) : sampleStoreTraffic(query);
  const comparison = sampleComparison(query, traffic.buckets, traffic.totals.walkOut !== null);
  return comparison ? { ...traffic, comparison } : traffic;
}

/** `/api/overview` over the sample stores, busiest first; with `compare`, each one's earlier totals. */
export function sampleOverview(query: OverviewQuery): Overview {
  let comparison: Overview['comparison'];
  const stores = STORES.map((store) => {
    const traffic = sampleTraffic({ ...query, mac: '', store: store.id, granularity: 'hour' });
    if (traffic.comparison) {
      const { kind, from, to } = traffic.comparison;
      comparison = { kind, from, to };
    }
    return {
      id: store.id,
      name: store.name,
      timezone: store.timezone,
      totals: traffic.totals,
      ...(traffic.comparison && { comparisonTotals: traffic.comparison.totals }),
    };
  }).sort((a, b) => b.totals.walkIn - a.totals.walkIn);
  return overviewSchema.parse({
    from: query.from,
    to: query.to,
    businessHours: query.businessHours === 'true',
    ...(comparison && { comparison }),
    stores,
  });
}
