// @vitest-environment node
import { trafficSchema } from '@footfall/contract';
import { describe, expect, it } from 'vitest';
import { FACE_CAMERA, sampleTraffic, SHANGHAI_DOOR as device } from '../../test/sample-traffic.ts';
import { drawableTraffic } from './drawable.ts';

const day = {
  store: '',
  from: '2023-03-29',
  to: '2023-03-29',
  granularity: 'hour',
  businessHours: 'false',
};
const deviceAnswer = sampleTraffic({ mac: device.mac, ...day });
const { buckets, totals } = deviceAnswer;
/** A copy of `object` without `key`. */
const without = (object: object, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
const fields = without(deviceAnswer, 'device');
const door = { mac: device.mac, name: device.name, entrance: true, countsWalkOut: true };
const storeAnswer = {
  store: {
    id: 'flagship',
    name: 'Flagship',
    timezone: 'Asia/Shanghai',
    countsWalkOut: true,
    devices: [device.mac, 'd47c44906f16'],
  },
  ...fields,
  doors: [
    { ...door, buckets, totals },
    { ...door, mac: 'd47c44906f16', entrance: false, countsWalkOut: false, buckets: [], totals },
  ],
};
const withBucket = (bucket: unknown) => ({ ...deviceAnswer, buckets: [...buckets, bucket] });

const comparison = { kind: 'week', from: '2023-03-22', to: '2023-03-22', buckets, totals };

/** Answers the contract takes. */
const VALID: [string, unknown][] = [
  ['a device', deviceAnswer],
  ['a face camera, walk-outs not counted', sampleTraffic({ mac: FACE_CAMERA.mac, ...day })],
  ['a store with its doors', storeAnswer],
  ['a stale copy with its age', { ...deviceAnswer, stale: true, staleAgeSeconds: 300 }],
  ['no buckets', { ...deviceAnswer, buckets: [], totals: { walkIn: 0, walkOut: 0 } }],
  ['a field this version does not know', { ...deviceAnswer, footfallNext: { kind: 'week' } }],
  ['an inner door as the device', { ...deviceAnswer, device: { ...device, entrance: false } }],
  ['a comparison', { ...deviceAnswer, comparison }],
  ['a comparison with no buckets', { ...deviceAnswer, comparison: { ...comparison, buckets: [] } }],
  [
    'a bucket the range cuts',
    withBucket({ start: 'x', walkIn: 5, walkOut: 4, partial: true, days: 5 }),
  ],
];

/** Answers the contract refuses. */
const INVALID: [string, unknown][] = [
  ['null', null],
  ['an array', [deviceAnswer]],
  ['a string', 'traffic'],
  ['an error body', { error: { code: 'RANGE_TOO_LONG', message: 'too long' } }],
  ['an unknown granularity', { ...deviceAnswer, granularity: 'minute' }],
  ['business hours as text', { ...deviceAnswer, businessHours: 'false' }],
  ['no time zone', without(deviceAnswer, 'timezone')],
  ['buckets that are not a list', { ...deviceAnswer, buckets: {} }],
  ['a count as text', withBucket({ start: buckets[0]?.start, walkIn: '12', walkOut: null })],
  ['a negative count', withBucket({ start: 'x', walkIn: -1, walkOut: null })],
  ['a fractional count', withBucket({ start: 'x', walkIn: 1.5, walkOut: null })],
  ['a count past safe integers', withBucket({ start: 'x', walkIn: 2 ** 53, walkOut: null })],
  ['a bucket without walk-outs', withBucket({ start: 'x', walkIn: 1 })],
  ['a bucket without a start', withBucket({ walkIn: 1, walkOut: 1 })],
  ['no totals', { ...deviceAnswer, totals: undefined }],
  ['totals with a fractional walk-out', { ...deviceAnswer, totals: { walkIn: 1, walkOut: 0.5 } }],
  ['a yes/no as text', { ...deviceAnswer, device: { ...device, countsWalkOut: 'no' } }],
  ['a device without its store id', { ...deviceAnswer, device: without(device, 'storeId') }],
  ['a device without entrance', { ...deviceAnswer, device: { ...device, entrance: undefined } }],
  ['no subject', fields],
  ['stale: false', { ...deviceAnswer, stale: false }],
  ['a negative stale age', { ...deviceAnswer, stale: true, staleAgeSeconds: -1 }],
  ['a store without doors', without(storeAnswer, 'doors')],
  ['a door without totals', { ...storeAnswer, doors: [{ ...door, buckets, totals: undefined }] }],
  [
    'a door with a bad bucket',
    { ...storeAnswer, doors: [{ ...door, buckets: [{ start: 'x', walkIn: -2 }], totals }] },
  ],
  [
    'a store listing a device that is not a MAC string',
    { ...storeAnswer, store: { ...storeAnswer.store, devices: [42] } },
  ],
  [
    'a comparison of an unknown kind',
    { ...deviceAnswer, comparison: { ...comparison, kind: 'month' } },
  ],
  ['a comparison without totals', { ...deviceAnswer, comparison: without(comparison, 'totals') }],
  [
    'a comparison with a bad bucket',
    { ...deviceAnswer, comparison: { ...comparison, buckets: [{ start: 'x', walkIn: -1 }] } },
  ],
  ['a comparison as null', { ...deviceAnswer, comparison: null }],
  ['partial: false', withBucket({ start: 'x', walkIn: 5, walkOut: 4, partial: false })],
  ['partial as text', withBucket({ start: 'x', walkIn: 5, walkOut: 4, partial: 'true' })],
  ['0 days', withBucket({ start: 'x', walkIn: 5, walkOut: 4, partial: true, days: 0 })],
  ['a fraction of a day', withBucket({ start: 'x', walkIn: 5, walkOut: 4, days: 1.5 })],
];

describe('drawableTraffic', () => {
  it.each(VALID)('should take %s, as the contract does', (_name, body) => {
    expect(trafficSchema.safeParse(body).success).toBe(true);
    expect(drawableTraffic(body)).toBe(body);
  });

  it.each(INVALID)('should refuse %s, as the contract does', (_name, body) => {
    expect(trafficSchema.safeParse(body).success).toBe(false);
    expect(drawableTraffic(body)).toBeUndefined();
  });
});
