/**
 * The devices one sandbox answers for: the demo estate (five stores) or a generated one, plus the
 * fault devices, which every sandbox knows. Each sandbox holds its own estate, so two sandboxes
 * in one process can serve different ones.
 *
 * A generated estate of any size, for tests, benchmarks and a curious user: store `n` (from 1)
 * has three doors, two entrances that count walk-outs and one inner door past them. Every 4th
 * store's inner door is a member-lounge face camera (so the face de-duplication shows up in any
 * estate of 4 stores or more), the others' a fitting-room counter. Seven stores in ten are in
 * Asia/Shanghai, the rest in Asia/Singapore, Asia/Tokyo and Europe/Berlin (with DST). Business
 * hours, rushes and door sizes vary with the store's number, deterministically: the same `n`
 * always gives the same store, whatever the estate's size.
 *
 * MACs are `5e` + the store number in 8 hex digits + the door (`01`–`03`): 12 lowercase hex
 * digits that no demo or fault device uses (theirs never start with `5e`).
 */
import {
  DEMO_DEVICES,
  deviceProfile,
  FAULT_PROFILES,
  profileOf as demoProfileOf,
  type DemoDevice,
  type DeviceProfile,
  type DoorTraffic,
  type Peak,
  type StoreProfile,
} from './devices.ts';

/** The most stores an estate may have (29,997 doors); store numbers have four digits. */
export const MAX_GENERATED_STORES = 9_999;

const ZONES = [
  ...Array.from({ length: 7 }, () => 'Asia/Shanghai'),
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/Berlin',
];
const CITIES: Readonly<Record<string, readonly string[]>> = {
  'Asia/Shanghai': ['Shanghai', 'Hangzhou', 'Suzhou', 'Nanjing', 'Ningbo'],
  'Asia/Singapore': ['Singapore'],
  'Asia/Tokyo': ['Tokyo', 'Osaka'],
  'Europe/Berlin': ['Berlin', 'Munich'],
};

/** A well-mixed value in [0, 1) for a store number and a purpose (`salt`). */
function pick(n: number, salt: number): number {
  let h = Math.imul(n ^ Math.imul(salt, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return (h >>> 0) / 4_294_967_296;
}

/** A number in [low, high] for store `n`, in steps of `step`. */
function between(n: number, salt: number, low: number, high: number, step = 1): number {
  const steps = Math.round((high - low) / step);
  return low + Math.floor(pick(n, salt) * (steps + 1)) * step;
}

function storeOf(n: number): StoreProfile {
  const timezone = ZONES[(n - 1) % ZONES.length] ?? 'Asia/Shanghai';
  const cities = CITIES[timezone] ?? ['Shanghai'];
  const city = cities[Math.floor(pick(n, 1) * cities.length)] ?? 'Shanghai';
  const number = String(n).padStart(4, '0');
  const peaks: Peak[] = [
    { at: between(n, 2, 11.5, 13.5, 0.25), width: between(n, 3, 0.8, 1.6, 0.1), weight: 0.7 },
    { at: between(n, 4, 17, 19.5, 0.25), width: between(n, 5, 1, 1.8, 0.1), weight: 1 },
  ];
  // One store in five has a morning rush, as a commuter shop does.
  if (n % 5 === 2) peaks.unshift({ at: 8.5, width: 0.8, weight: 0.8 });
  return {
    id: `store-${number}`,
    name: `${city} Store ${number}`,
    timezone,
    opens: n % 5 === 2 ? 7 : between(n, 6, 9, 11),
    closes: between(n, 7, 20, 22),
    baseline: between(n, 8, 0.2, 0.35, 0.05),
    peaks,
  };
}

function doorsOf(n: number, store: StoreProfile): DeviceProfile[] {
  const mac = (door: number): string =>
    `5e${n.toString(16).padStart(8, '0')}${door.toString(16).padStart(2, '0')}`;
  const main = between(n, 9, 60, 160, 5);
  const door = (scale: number, traffic: Omit<DoorTraffic, 'scale' | 'dwellHours'> = {}) => ({
    scale,
    dwellHours: between(n, 10, 0.3, 1.2, 0.05),
    ...traffic,
  });
  const inner: [string, DoorTraffic] =
    n % 4 === 0
      ? [
          'Member lounge face camera',
          door(Math.round(main / 6), { entrance: false, countsWalkOut: false }),
        ]
      : ['Fitting rooms', door(Math.round(main / 4), { entrance: false })];
  return [
    deviceProfile(mac(1), 'Main entrance', store, door(main)),
    deviceProfile(mac(2), 'Side entrance', store, door(Math.round(main * 0.35))),
    deviceProfile(mac(3), inner[0], store, inner[1]),
  ];
}

/**
 * The profiles of a generated estate of `stores` stores (1 to {@link MAX_GENERATED_STORES}).
 *
 * @example generatedProfiles(2).map((p) => p.device.mac) // ['5e0000000101', …, '5e0000000203']
 */
function generatedProfiles(stores: number): DeviceProfile[] {
  if (!Number.isInteger(stores) || stores < 1 || stores > MAX_GENERATED_STORES) {
    throw new RangeError(
      `A generated estate has a whole number of stores from 1 to ${MAX_GENERATED_STORES}.`,
    );
  }
  return Array.from({ length: stores }, (_, i) => doorsOf(i + 1, storeOf(i + 1))).flat();
}

/**
 * The devices of a generated estate, in the shape of `DEMO_DEVICES` (DEVICES_FILE entries): what
 * the server lists when it runs on a sandbox created with the same `stores`.
 *
 * @example generatedDevices(300).length // 900
 */
export function generatedDevices(stores: number): DemoDevice[] {
  return generatedProfiles(stores).map((profile) => profile.device);
}

export interface Estate {
  /** The devices a server lists for this estate (the fault devices are never listed). */
  devices: readonly DemoDevice[];
  /** The traffic profile of a MAC of this estate or a fault device, else `undefined`. */
  profileOf: (mac: string) => DeviceProfile | undefined;
}

/**
 * The demo estate when `stores` is absent, else a generated estate of that many stores (whose
 * devices replace the demo's: a demo MAC then has no rows, like any unknown device).
 *
 * @example createEstate(3).devices.length // 9
 */
export function createEstate(stores?: number): Estate {
  if (stores === undefined) return { devices: DEMO_DEVICES, profileOf: demoProfileOf };
  const generated = generatedProfiles(stores);
  const profiles = new Map(
    [...generated, ...FAULT_PROFILES].map((profile) => [profile.device.mac, profile]),
  );
  return {
    devices: generated.map((profile) => profile.device),
    profileOf: (mac) => profiles.get(mac),
  };
}
