// @vitest-environment node
import type { Bucket, Door, Traffic } from '@footfall/contract';
import { describe, expect, it } from 'vitest';
import {
  sampleDeviceTraffic,
  sampleStoreTraffic,
  type TrafficQuery,
} from '../test/sample-traffic.ts';
import { dayFlags, flagParams } from './day-flags.ts';

const query: TrafficQuery = {
  mac: '',
  store: 'nanjing-road',
  from: '2023-03-27',
  to: '2023-03-30',
  granularity: 'day',
  businessHours: 'true',
};
/** After the range, in Shanghai. */
const LATER = Date.UTC(2023, 3, 5);
/** 2023-03-30 12:00 in Shanghai: the range's last day is still running. */
const LAST_DAY_NOON = Date.UTC(2023, 2, 30, 4);

const day = (date: string, walkIn: number, walkOut: number | null): Bucket => ({
  start: `${date}T00:00:00+08:00`,
  walkIn,
  walkOut,
});
const hour = (date: string, h: number, walkIn: number, walkOut: number | null): Bucket => ({
  start: `${date}T${String(h).padStart(2, '0')}:00:00+08:00`,
  walkIn,
  walkOut,
});

const door = (
  mac: string,
  name: string,
  buckets: Bucket[],
  countsWalkOut = true,
  entrance = true,
): Door => ({ mac, name, entrance, countsWalkOut, buckets, totals: { walkIn: 0, walkOut: 0 } });

function storeAnswer(doors: Door[], granularity: 'hour' | 'day' = 'day'): Traffic {
  return { ...sampleStoreTraffic(query), granularity, businessHours: true, doors };
}

/** The main entrance's business-hours answer, by day unless told. */
const deviceAnswer = (
  fields: Partial<Traffic> & Pick<Traffic, 'from' | 'to' | 'buckets'>,
): Traffic => ({
  ...sampleDeviceTraffic({ ...query, mac: 'd47c44906f14', store: '' }),
  granularity: 'day',
  businessHours: true,
  ...fields,
});

const summary = (traffic: Traffic, now = LATER) =>
  dayFlags(traffic, now).map((f) => `${f.kind} ${f.door} ${f.day}`);

describe('dayFlags', () => {
  const front = door('3c5a8b1e7d01', 'Front door', [
    day('2023-03-27', 300, 290),
    day('2023-03-28', 250, 230),
    day('2023-03-30', 400, 380),
  ]);
  const garden = door('3c5a8b1e7d02', 'Garden door', [
    day('2023-03-27', 100, 110),
    day('2023-03-28', 100, 111),
    day('2023-03-29', 100, 95),
    day('2023-03-30', 0, 1),
  ]);

  it('should flag a door silent through a whole business day, and walk-outs over 10 % above walk-ins, naming the door', () => {
    expect(summary(storeAnswer([front, garden]))).toEqual([
      'offline Front door 2023-03-29',
      'disagree Garden door 2023-03-28',
      'disagree Garden door 2023-03-30',
    ]);
    const [offline, disagree] = dayFlags(storeAnswer([front, garden]), LATER);
    expect(offline).toMatchObject({ mac: '3c5a8b1e7d01', wall: Date.UTC(2023, 2, 29) });
    expect(disagree).toMatchObject({ walkIn: 100, walkOut: 111 });
  });

  it('should not flag a day that is still running, nor a day to come', () => {
    const silentToday = door('3c5a8b1e7d01', 'Front door', [day('2023-03-27', 1, 1)]);
    expect(summary(storeAnswer([silentToday, garden]), LAST_DAY_NOON)).toEqual([
      'offline Front door 2023-03-28',
      'offline Front door 2023-03-29',
      'disagree Garden door 2023-03-28',
    ]);
  });

  it('should never say the counts disagree for a door that does not count walk-outs', () => {
    const camera = door('d47c44906f16', 'VIP camera', [day('2023-03-27', 5, null)], false, false);
    expect(summary(storeAnswer([camera]))).toEqual([
      'offline VIP camera 2023-03-28',
      'offline VIP camera 2023-03-29',
      'offline VIP camera 2023-03-30',
    ]);
  });

  it('should add up the hours of a business-hours answer by hour, day by day', () => {
    const hourly = door('3c5a8b1e7d02', 'Garden door', [
      hour('2023-03-27', 10, 10, 10),
      hour('2023-03-27', 11, 10, 14),
      hour('2023-03-28', 10, 10, 10),
      hour('2023-03-28', 11, 10, 11),
      hour('2023-03-30', 10, 1, 1),
    ]);
    // 27th: 24 out for 20 in (+20 %); 28th: 21 for 20 (+5 %); 29th: silent.
    expect(summary(storeAnswer([hourly], 'hour'))).toEqual([
      'disagree Garden door 2023-03-27',
      'offline Garden door 2023-03-29',
    ]);
    expect(dayFlags(storeAnswer([hourly], 'hour'), LATER)[0]).toMatchObject({
      walkIn: 20,
      walkOut: 24,
    });
  });

  it('should flag a device as its own door', () => {
    const traffic = deviceAnswer({
      from: '2023-03-29',
      to: '2023-03-30',
      buckets: [day('2023-03-29', 10, 12)],
    });
    expect(summary(traffic)).toEqual([
      'disagree Main entrance 2023-03-29',
      'offline Main entrance 2023-03-30',
    ]);
  });

  it('should flag nothing from an answer that counts all day or has coarser buckets', () => {
    expect(dayFlags({ ...storeAnswer([front]), businessHours: false }, LATER)).toEqual([]);
    expect(dayFlags({ ...storeAnswer([front]), granularity: 'week' }, LATER)).toEqual([]);
  });

  it('should see one business day in a day that DST shortens', () => {
    const berlin = deviceAnswer({
      granularity: 'hour',
      timezone: 'Europe/Berlin',
      from: '2026-03-29',
      to: '2026-03-29',
      buckets: [
        { start: '2026-03-29T01:00:00+01:00', walkIn: 10, walkOut: 10 },
        { start: '2026-03-29T03:00:00+02:00', walkIn: 10, walkOut: 13 },
      ],
    });
    expect(dayFlags(berlin, Date.UTC(2026, 4, 1))).toEqual([
      expect.objectContaining({ kind: 'disagree', day: '2026-03-29', walkIn: 20, walkOut: 23 }),
    ]);
  });
});

describe('flagParams', () => {
  const view = {
    subject: { kind: 'store', id: 'xintiandi-popup' },
    from: '2023-03-27',
    to: '2023-04-02',
    businessHours: false,
  } as const;

  it("should ask an hourly or daily view's own granularity in business hours", () => {
    expect(flagParams({ ...view, granularity: 'hour' })).toEqual({
      ...view,
      granularity: 'hour',
      businessHours: true,
    });
    expect(flagParams({ ...view, granularity: 'day' })?.granularity).toBe('day');
  });

  it('should ask a coarser view by day, unless the range is too long for days', () => {
    expect(flagParams({ ...view, granularity: 'month' })).toEqual({
      ...view,
      granularity: 'day',
      businessHours: true,
    });
    expect(
      flagParams({ ...view, from: '2019-01-01', to: '2023-12-31', granularity: 'year' }),
    ).toBeUndefined();
  });
});
