/**
 * The configured devices: the only MACs the server will ask the platform about. Loaded from
 * DEVICES_FILE (validated entry by entry, then store by store) or, in sandbox mode, the sandbox's
 * demo devices. The rules are DESIGN's "Devices and stores"; files written before stores existed
 * (no `storeId`, no `entrance`) stay valid.
 */
import { isValidTimeZone } from '@footfall/buckets';
import { MAX_STORE_ID_LENGTH, normalizeMac, type Device } from '@footfall/contract';
import { z } from 'zod';
import { ConfigError } from './env.ts';
import { describeEntry, parseEntry, readJsonFile } from './json-file.ts';

export type { Device } from '@footfall/contract';

const STORE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const entrySchema = z.object({
  mac: z.string({ error: 'mac must be a string' }),
  name: z.string({ error: 'name must be a string' }).trim().min(1, 'name must not be empty'),
  // A store reached by its name (no storeId) must fit in a query's `store=`.
  store: z
    .string({ error: 'store must be a string' })
    .trim()
    .max(MAX_STORE_ID_LENGTH, `store must be at most ${MAX_STORE_ID_LENGTH} characters`)
    .optional(),
  storeId: z
    .string({ error: 'storeId must be a string' })
    .regex(STORE_ID, 'storeId must be 1 to 64 letters, digits, "_" or "-"')
    .optional(),
  timezone: z.string({ error: 'timezone must be a string' }).trim().optional(),
  countsWalkOut: z.boolean({ error: 'countsWalkOut must be true or false' }).optional(),
  entrance: z.boolean({ error: 'entrance must be true or false' }).optional(),
});

type Entry = z.infer<typeof entrySchema>;

/** The first entry of a store, which every later entry of the store must agree with. */
interface StoreFirst {
  index: number;
  storeId: string | undefined;
  timezone: string;
}

const shown = (storeId: string | undefined): string =>
  storeId === undefined ? 'no storeId' : `storeId "${storeId}"`;

/** Holds the store rules across entries: one id per store, ids unique, one zone per store. */
function storeRules() {
  const byName = new Map<string, StoreFirst>();
  const byId = new Map<string, { name: string; index: number }>();
  return {
    /** The store id of an entry's store, or a message naming the rule it breaks. */
    check(entry: Entry, timezone: string, index: number): { id: string } | { problem: string } {
      const name = entry.store ?? '';
      if (name === '') {
        return entry.storeId === undefined
          ? { id: '' }
          : { problem: 'storeId is given without a store (its display name)' };
      }
      const first = byName.get(name);
      if (first !== undefined) {
        if (entry.storeId !== first.storeId) {
          return {
            problem: `${shown(entry.storeId)} differs from entry ${first.index + 1} of store "${name}" (${shown(first.storeId)}): every device of a store gives the same one`,
          };
        }
        if (timezone !== first.timezone) {
          return {
            problem: `time zone "${timezone}" differs from entry ${first.index + 1} of store "${name}" ("${first.timezone}"): a store has one time zone`,
          };
        }
        return { id: entry.storeId ?? name };
      }
      const id = entry.storeId ?? name;
      const other = byId.get(id);
      if (other !== undefined) {
        return {
          problem: `store id "${id}" of store "${name}" is already the id of store "${other.name}" (entry ${other.index + 1})`,
        };
      }
      byName.set(name, { index, storeId: entry.storeId, timezone });
      byId.set(id, { name, index });
      return { id };
    },
  };
}

/**
 * Validates the devices of a DEVICES_FILE: MACs are normalised; duplicates, unknown time zones
 * and broken store rules are refused, naming the entry (and the entry it clashes with). Devices
 * without a time zone take `defaultTimezone`; devices count walk-outs and are entrances unless
 * they say otherwise; a store's id is its `storeId`, else its name.
 *
 * @example parseDevices([{ mac: 'D4-7C-44-90-6F-14', name: 'Door' }], 'Asia/Shanghai')[0]?.mac // 'd47c44906f14'
 */
export function parseDevices(raw: unknown, defaultTimezone: string): Device[] {
  if (!Array.isArray(raw)) {
    throw new ConfigError('DEVICES_FILE: must hold a JSON array of devices');
  }
  const seen = new Map<string, number>();
  const stores = storeRules();
  const devices = raw.map((item: unknown, index): Device => {
    const where = describeEntry('DEVICES_FILE', index, item, 'mac');
    const entry = parseEntry(entrySchema, item, where);
    const mac = normalizeMac(entry.mac);
    if (mac === undefined) {
      throw new ConfigError(`${where}: mac must be 12 hex digits, e.g. d47c44906f14`);
    }
    const earlier = seen.get(mac);
    if (earlier !== undefined) {
      throw new ConfigError(`${where}: duplicate mac ${mac} (also entry ${earlier + 1})`);
    }
    seen.set(mac, index);
    const timezone = entry.timezone ?? defaultTimezone;
    if (!isValidTimeZone(timezone)) {
      throw new ConfigError(`${where}: unknown time zone "${timezone}"`);
    }
    const store = stores.check(entry, timezone, index);
    if ('problem' in store) throw new ConfigError(`${where}: ${store.problem}`);
    return {
      mac,
      name: entry.name,
      store: entry.store ?? '',
      storeId: store.id,
      timezone,
      countsWalkOut: entry.countsWalkOut ?? true,
      entrance: entry.entrance ?? true,
    };
  });
  refuseStoresWithoutEntrance(devices, raw);
  return devices;
}

/** A store whose doors are all inner doors would have no total at all. */
function refuseStoresWithoutEntrance(devices: readonly Device[], raw: readonly unknown[]): void {
  const entrances = new Set(devices.filter((d) => d.entrance).map((d) => d.storeId));
  const index = devices.findIndex((d) => d.storeId !== '' && !entrances.has(d.storeId));
  const device = devices[index];
  if (device === undefined) return;
  throw new ConfigError(
    `${describeEntry('DEVICES_FILE', index, raw[index], 'mac')}: store "${device.store}" has no entrance door (each of its devices says entrance: false)`,
  );
}

/**
 * Reads and validates DEVICES_FILE at start-up.
 *
 * @example loadDevicesFile('/etc/footfall/devices.json', 'Asia/Shanghai')
 */
export function loadDevicesFile(path: string, defaultTimezone: string): Device[] {
  const raw = readJsonFile('DEVICES_FILE', path);
  return parseDevices(raw, defaultTimezone);
}
