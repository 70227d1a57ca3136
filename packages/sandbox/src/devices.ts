/**
 * The sandbox's demo estate: five stores with different hours and rhythms, their counting
 * devices, and the fault devices that tests and e2e runs point a DEVICES_FILE at. Between them
 * the stores show every case a store can be: two entrances and an inner door (Nanjing Road), an
 * entrance that cannot count walk-outs (Lujiazui), a single door (Ginza), a door that goes
 * offline and one whose walk-outs run high (Xintiandi), and a zone with DST (Berlin, open round
 * the clock, so the hours DST skips and repeats have visitors).
 */

import { DAY_MS, HOUR_MS, type WallMs } from '@footfall/buckets';

/** A counting device as a DEVICES_FILE entry lists it. */
export interface DemoDevice {
  mac: string;
  name: string;
  /** The store's display name. */
  store: string;
  /** The store's id, the same for every device of the store. */
  storeId: string;
  timezone: string;
  /** `false` for face-recognition cameras: they send no `outFlowCount`. */
  countsWalkOut: boolean;
  /** `false` for an inner door (a lounge, an upper floor): not counted in the store's total. */
  entrance: boolean;
}

/** A rush of visitors around an hour of the day (a Gaussian bump on the daily curve). */
export interface Peak {
  /** Hour of day (fractional) at which the rush is strongest. */
  at: number;
  /** Spread in hours. */
  width: number;
  /** Height relative to the store's busiest level. */
  weight: number;
}

/** What shapes a store's traffic. */
export interface StoreProfile {
  id: string;
  name: string;
  timezone: string;
  /** Business hours as whole hours of the day: open ≤ hour < close. */
  opens: number;
  closes: number;
  /** Share of the busiest level that trickles in between the rushes. */
  baseline: number;
  peaks: readonly Peak[];
}

/** What shapes one device's traffic within its store. */
export interface DeviceProfile {
  device: DemoDevice;
  store: StoreProfile;
  /** Walk-ins in an average weekday's busiest hour. */
  scale: number;
  /** How long visitors stay, in hours: walk-outs trail walk-ins by this much. */
  dwellHours: number;
  /** The device is offline at times: it sends no rows then (see {@link isOffline}). */
  outages?: boolean;
  /** Walk-outs are miscounted by this factor (1.3: 30 % more walk-outs than walk-ins). */
  walkOutFactor?: number;
}

const FLAGSHIP: StoreProfile = {
  id: 'nanjing-road',
  name: 'Nanjing Road Flagship',
  timezone: 'Asia/Shanghai',
  opens: 10,
  closes: 22,
  baseline: 0.3,
  peaks: [
    { at: 12.5, width: 1.3, weight: 0.75 },
    { at: 19, width: 1.6, weight: 1 },
  ],
};

// A commuter kiosk: opens early, closes early, with a morning rush the flagship never sees.
const KIOSK: StoreProfile = {
  id: 'lujiazui-kiosk',
  name: 'Lujiazui Metro Kiosk',
  timezone: 'Asia/Shanghai',
  opens: 7,
  closes: 20,
  baseline: 0.2,
  peaks: [
    { at: 8.3, width: 0.8, weight: 0.9 },
    { at: 12.3, width: 1, weight: 0.6 },
    { at: 18.2, width: 1, weight: 1 },
  ],
};

const BOUTIQUE: StoreProfile = {
  id: 'ginza',
  name: 'Ginza Boutique',
  timezone: 'Asia/Tokyo',
  opens: 11,
  closes: 20,
  baseline: 0.35,
  peaks: [
    { at: 13, width: 1.2, weight: 0.8 },
    { at: 17.5, width: 1.4, weight: 1 },
  ],
};

// A pop-up with a troubled estate: one door drops offline, the other overcounts walk-outs.
const POPUP: StoreProfile = {
  id: 'xintiandi-popup',
  name: 'Xintiandi Pop-up',
  timezone: 'Asia/Shanghai',
  opens: 10,
  closes: 21,
  baseline: 0.3,
  peaks: [
    { at: 13, width: 1.5, weight: 0.7 },
    { at: 19.5, width: 1.2, weight: 1 },
  ],
};

// A station shop open round the clock, in a zone with DST: its nights have visitors, so the hour
// DST skips (2026-03-29 02:00) and the one it repeats (2026-10-25 02:00) carry counts.
const STATION: StoreProfile = {
  id: 'berlin-hbf',
  name: 'Berlin Hauptbahnhof',
  timezone: 'Europe/Berlin',
  opens: 0,
  closes: 24,
  baseline: 0.2,
  peaks: [
    { at: 8, width: 1.2, weight: 1 },
    { at: 17.5, width: 1.5, weight: 0.9 },
  ],
};

// The fault devices' bench: the flagship's hours and rhythm, but no store of the demo, so a
// store's total or the overview never includes a device that always fails.
const LAB: StoreProfile = { ...FLAGSHIP, id: 'lab', name: 'Lab' };

/** What shapes one door's traffic, with defaults for an entrance that counts walk-outs. */
export interface DoorTraffic {
  scale: number;
  dwellHours: number;
  countsWalkOut?: boolean;
  entrance?: boolean;
  outages?: boolean;
  walkOutFactor?: number;
}

/**
 * One door's profile in a store: the DEVICES_FILE entry and what shapes its traffic.
 *
 * @example deviceProfile('d47c44906f14', 'Main entrance', store, { scale: 140, dwellHours: 0.75 })
 */
export function deviceProfile(
  mac: string,
  name: string,
  store: StoreProfile,
  door: DoorTraffic,
): DeviceProfile {
  return {
    device: {
      mac,
      name,
      store: store.name,
      storeId: store.id,
      timezone: store.timezone,
      countsWalkOut: door.countsWalkOut ?? true,
      entrance: door.entrance ?? true,
    },
    store,
    scale: door.scale,
    dwellHours: door.dwellHours,
    ...(door.outages ? { outages: true } : {}),
    ...(door.walkOutFactor === undefined ? {} : { walkOutFactor: door.walkOutFactor }),
  };
}

const DEMO_PROFILES: readonly DeviceProfile[] = [
  deviceProfile('d47c44906f14', 'Main entrance', FLAGSHIP, { scale: 140, dwellHours: 0.75 }),
  deviceProfile('d47c44906f15', 'East side door', FLAGSHIP, { scale: 45, dwellHours: 0.6 }),
  // Inside the store, past the entrances: its visitors are already counted at the door.
  deviceProfile('d47c44906f16', 'VIP lounge face camera', FLAGSHIP, {
    scale: 18,
    dwellHours: 0.5,
    countsWalkOut: false,
    entrance: false,
  }),
  deviceProfile('a0b1c2d3e4f5', 'Station concourse door', KIOSK, { scale: 90, dwellHours: 0.2 }),
  // An entrance that cannot count walk-outs: the kiosk's walk-outs are not counted as a store.
  deviceProfile('a0b1c2d3e4f6', 'Street door face camera', KIOSK, {
    scale: 35,
    dwellHours: 0.25,
    countsWalkOut: false,
  }),
  deviceProfile('0c8e7d6f5a41', 'Entrance', BOUTIQUE, { scale: 30, dwellHours: 1.25 }),
  deviceProfile('3c5a8b1e7d01', 'Front door', POPUP, { scale: 60, dwellHours: 0.5, outages: true }),
  deviceProfile('3c5a8b1e7d02', 'Garden door', POPUP, {
    scale: 25,
    dwellHours: 0.5,
    walkOutFactor: 1.3,
  }),
  deviceProfile('b8d81209e4c1', 'Concourse entrance', STATION, { scale: 80, dwellHours: 0.3 }),
];

/** The demo devices the server lists in sandbox mode. */
export const DEMO_DEVICES: readonly DemoDevice[] = DEMO_PROFILES.map((p) => p.device);

/**
 * Devices whose calls always fault in a fixed way, for tests and e2e runs (via a DEVICES_FILE).
 * They are not in {@link DEMO_DEVICES} and belong to no demo store (their profile's store is
 * "Lab"); their traffic follows the flagship's hours, in Asia/Shanghai.
 */
export const FAULT_MACS = {
  /** Always answers -500 API_SYSTEM_CALL_ERROR. */
  serverError: 'fa0000000500',
  /** Always answers -999 UNKNOWN_ERROR. */
  unknownError: 'fa0000000999',
  /** Answers -100 API_CALL_REPEAT on its first call in a sandbox, then traffic. */
  repeatOnce: 'fa0000000100',
  /** Answers traffic after the sandbox's slow delay (`slowDelayMs`, default 2 s). */
  slow: 'fa000000051e',
  /** Answers HTTP 200 with a body that is not JSON. */
  malformed: 'fa0000000bad',
  /** Answers traffic wrapped under `data.records`, with counts as strings. */
  wrapped: 'fa00000000aa',
  /** Answers traffic labelled with epoch milliseconds (as numbers). */
  epochLabels: 'fa00000000e0',
} as const;

export type FaultDevice = keyof typeof FAULT_MACS;

/** The fault devices' profiles: every sandbox knows them, whatever its estate. */
export const FAULT_PROFILES: readonly DeviceProfile[] = Object.entries(FAULT_MACS).map(
  ([key, mac]) => deviceProfile(mac, `Fault device (${key})`, LAB, { scale: 60, dwellHours: 0.5 }),
);

const PROFILES = new Map<string, DeviceProfile>(
  [...DEMO_PROFILES, ...FAULT_PROFILES].map((p) => [p.device.mac, p]),
);

/**
 * The traffic profile of a demo or fault device, or `undefined` (a sandbox then sends no rows).
 * A sandbox reads its own estate (`estate.ts`); this is the demo estate's.
 */
export function profileOf(mac: string): DeviceProfile | undefined {
  return PROFILES.get(mac);
}

/** The fault device a MAC names, if any. */
export function faultDeviceOf(mac: string): FaultDevice | undefined {
  for (const [key, value] of Object.entries(FAULT_MACS)) {
    if (value === mac && isFaultDevice(key)) return key;
  }
  return undefined;
}

function isFaultDevice(key: string): key is FaultDevice {
  return key in FAULT_MACS;
}

/**
 * Every 6th day an outage device is silent all day: the days counted from 1970-01-01 that leave 1
 * when divided by 6 (odd days, so never an afternoon-outage day). Any 6 days in a row hold one, so
 * the last 7 days (today still running) always show a door silent through a whole business day.
 */
const SILENT_DAY_EVERY = 6;
const SILENT_DAY_REMAINDER = 1;
/** Every 4th day it is silent through an afternoon's three hours: 13:00 to 16:00. */
const OUTAGE_DAY_EVERY = 4;
const OUTAGE_HOURS = [13, 14, 15];

/**
 * Whether a device with outages sends no row for the wall hour starting at `hour`: all day on
 * every 6th day, 13:00–16:00 on every 4th. Plain arithmetic, so tests and the demo can name the
 * days (in the week of 2024-05-06, Monday 6 and Sunday 12 May are silent and Thursday 9 May has
 * the afternoon outage).
 *
 * @example isOffline(outageProfile, Date.UTC(2024, 4, 12, 12)) // true
 */
export function isOffline(profile: DeviceProfile, hour: WallMs): boolean {
  if (!profile.outages) return false;
  const day = Math.floor(hour / DAY_MS);
  if (day % SILENT_DAY_EVERY === SILENT_DAY_REMAINDER) return true;
  const hourOfDay = Math.floor((hour - day * DAY_MS) / HOUR_MS);
  return day % OUTAGE_DAY_EVERY === 0 && OUTAGE_HOURS.includes(hourOfDay);
}
