import { HOUR_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { profileOf, type DeviceProfile } from './devices.ts';
import { hourlyTraffic } from './traffic.ts';

function profile(mac: string): DeviceProfile {
  const found = profileOf(mac);
  if (!found) throw new Error(`no profile for ${mac}`);
  return found;
}

const MAIN = profile('d47c44906f14');
const KIOSK = profile('a0b1c2d3e4f5');
// Eight whole weeks from Monday 4 March 2024.
const FROM = Date.UTC(2024, 2, 4);
const HOURS = 8 * 7 * 24;

function sum(values: ArrayLike<number>, pick: (index: number) => boolean): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) if (pick(i)) total += values[i] ?? 0;
  return total;
}

const hourOfDay = (i: number): number => i % 24;
const weekday = (i: number): number => Math.floor(i / 24) % 7; // FROM is a Monday

describe('hourlyTraffic', () => {
  const main = hourlyTraffic(MAIN, FROM, HOURS);
  const meanAt = (series: Int32Array, hour: number): number =>
    sum(series, (i) => hourOfDay(i) === hour) / (HOURS / 24);

  it('should give the same numbers for the same device and hours, whatever the window', () => {
    const again = hourlyTraffic(MAIN, FROM, HOURS);
    const inner = hourlyTraffic(MAIN, FROM + 30 * HOUR_MS, 48);
    expect(again).toEqual(main);
    expect([...inner.walkIn]).toEqual([...main.walkIn.slice(30, 78)]);
    expect([...inner.walkOut]).toEqual([...main.walkOut.slice(30, 78)]);
    expect(hourlyTraffic(profile('d47c44906f15'), FROM, HOURS).walkIn).not.toEqual(main.walkIn);
  });

  it('should peak at lunch and in the evening, the evening busiest', () => {
    const byHour = Array.from({ length: 24 }, (_, hour) => meanAt(main.walkIn, hour));
    expect(byHour.indexOf(Math.max(...byHour))).toBe(19);
    expect(byHour[12]).toBeGreaterThan(1.3 * (byHour[15] ?? 0));
    expect(byHour[19]).toBeGreaterThan(1.5 * (byHour[15] ?? 0));
  });

  it('should give the commuter kiosk its morning rush and its own hours', () => {
    const kiosk = hourlyTraffic(KIOSK, FROM, HOURS);
    expect(meanAt(kiosk.walkIn, 8)).toBeGreaterThan(2 * meanAt(kiosk.walkIn, 10));
    expect(meanAt(kiosk.walkIn, 7)).toBeGreaterThan(10);
    expect(meanAt(main.walkIn, 8)).toBeLessThan(1);
  });

  it('should be busier on weekends than on weekdays', () => {
    const weekendDaily = sum(main.walkIn, (i) => weekday(i) >= 5) / (8 * 2);
    const weekdayDaily = sum(main.walkIn, (i) => weekday(i) < 5) / (8 * 5);
    expect(weekendDaily).toBeGreaterThan(1.2 * weekdayDaily);
  });

  it('should see almost nobody outside business hours', () => {
    const { opens, closes } = MAIN.store;
    const closed = (i: number): boolean => hourOfDay(i) < opens || hourOfDay(i) >= closes;
    const total = sum(main.walkIn, () => true);
    expect(sum(main.walkIn, closed)).toBeGreaterThan(0);
    expect(sum(main.walkIn, closed) / total).toBeLessThan(0.01);
  });

  it('should have walk-outs trail walk-ins by about the dwell time', () => {
    const centre = (series: Int32Array): number =>
      sum(
        series.map((count, i) => count * i),
        () => true,
      ) / sum(series, () => true);
    const lag = centre(main.walkOut) - centre(main.walkIn);
    expect(lag).toBeGreaterThan(MAIN.dwellHours - 0.15);
    expect(lag).toBeLessThan(MAIN.dwellHours + 0.15);
    const totalIn = sum(main.walkIn, () => true);
    expect(Math.abs(sum(main.walkOut, () => true) - totalIn) / totalIn).toBeLessThan(0.01);
  });

  it('should vary from hour to hour and day to day by a little seeded noise', () => {
    const lunches = Array.from({ length: 5 }, (_, day) => main.walkIn[day * 24 + 12] ?? 0);
    expect(new Set(lunches).size).toBeGreaterThan(2);
    const mean = lunches.reduce((a, b) => a + b, 0) / lunches.length;
    for (const lunch of lunches) expect(Math.abs(lunch - mean) / mean).toBeLessThan(0.3);
  });
});
