/**
 * The traffic model: walk-ins and walk-outs of one device for a run of wall-clock hours.
 * Deterministic for a MAC and an hour (a seeded hash, never `Math.random`), so tests can pin
 * numbers and the same request always gets the same answer. Arithmetic only, with one calendar
 * lookup per day: a year of hours takes a few milliseconds.
 */
import { bucketStart, HOUR_MS, isoWeekday, wallParts, type WallMs } from '@footfall/buckets';
import type { DeviceProfile, StoreProfile } from './devices.ts';

/** Walk-ins and walk-outs for consecutive hours starting at `start`. */
export interface HourlySeries {
  start: WallMs;
  walkIn: Int32Array;
  walkOut: Int32Array;
}

// Monday … Sunday: Friday evening picks up, weekends are the busiest days.
const WEEKDAY_FACTORS = [0.88, 0.9, 0.93, 1, 1.12, 1.42, 1.3];
// January … December: a new-year lift, a quiet February, a December run-up.
const MONTH_FACTORS = [1.05, 0.9, 0.95, 0.98, 1.04, 1, 0.97, 0.99, 1, 1.06, 1.02, 1.15];
const NOISE = 0.15;

/** FNV-1a: a stable 32-bit seed for a MAC. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** A well-mixed value in [0, 1) for a seed and an hour (murmur3's finaliser). */
function unitNoise(seed: number, hour: number): number {
  let h = Math.imul(seed ^ hour, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4_294_967_296;
}

/** The share of the busiest level at each hour of the day, 1 at the busiest open hour. */
function dailyCurve(store: StoreProfile): Float64Array {
  const curve = new Float64Array(24);
  let max = 0;
  for (let hour = store.opens; hour < store.closes; hour++) {
    const middle = hour + 0.5;
    let level = store.baseline;
    for (const peak of store.peaks) {
      const z = (middle - peak.at) / peak.width;
      level += peak.weight * Math.exp(-0.5 * z * z);
    }
    curve[hour] = level;
    max = Math.max(max, level);
  }
  return curve.map((level) => level / max);
}

/** Walk-ins in an hour the store is closed: now and then a cleaner, staff before opening. */
function closedHourWalkIns(store: StoreProfile, hourOfDay: number, noise: number): number {
  if (hourOfDay === store.opens - 1) return noise < 0.5 ? Math.floor(noise * 6) : 0;
  return noise < 0.03 ? 1 : 0;
}

/**
 * The device's walk-ins and walk-outs for `count` hours from `start` (a wall hour in the device's
 * zone). Walk-outs are the walk-ins of `dwellHours` earlier, spread over the two hours that
 * straddle that lag, so they trail walk-ins and a day's totals nearly balance (unless the
 * device miscounts walk-outs by its `walkOutFactor`).
 *
 * @example hourlyTraffic(profile, Date.UTC(2024, 0, 1), 24).walkIn.length // 24
 */
export function hourlyTraffic(profile: DeviceProfile, start: WallMs, count: number): HourlySeries {
  const { store } = profile;
  const lag = Math.floor(profile.dwellHours);
  const spill = profile.dwellHours - lag;
  const lead = lag + 1;
  const walkOutFactor = profile.walkOutFactor ?? 1;
  const seed = seedOf(profile.device.mac);
  const curve = dailyCurve(store);

  const walkIns = new Float64Array(count + lead);
  let dayStart = Number.NaN;
  let nextDay = Number.NEGATIVE_INFINITY;
  let dayLevel = 0;
  for (let i = 0; i < walkIns.length; i++) {
    const hour = start + (i - lead) * HOUR_MS;
    if (hour >= nextDay) {
      dayStart = bucketStart(hour, 'day');
      nextDay = dayStart + 24 * HOUR_MS;
      const month = wallParts(dayStart).month;
      dayLevel =
        profile.scale *
        (WEEKDAY_FACTORS[isoWeekday(dayStart)] ?? 1) *
        (MONTH_FACTORS[month - 1] ?? 1);
    }
    const hourOfDay = Math.round((hour - dayStart) / HOUR_MS);
    const noise = unitNoise(seed, Math.round(hour / HOUR_MS));
    const share = curve[hourOfDay] ?? 0;
    walkIns[i] =
      share > 0
        ? Math.round(dayLevel * share * (1 - NOISE + 2 * NOISE * noise))
        : closedHourWalkIns(store, hourOfDay, noise);
  }

  const walkIn = new Int32Array(count);
  const walkOut = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const at = i + lead;
    walkIn[i] = walkIns[at] ?? 0;
    walkOut[i] = Math.round(
      ((walkIns[at - lag] ?? 0) * (1 - spill) + (walkIns[at - lag - 1] ?? 0) * spill) *
        walkOutFactor,
    );
  }
  return { start, walkIn, walkOut };
}
