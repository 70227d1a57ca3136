/**
 * The configured devices: the only MACs the server will ask the platform about. Loaded from
 * DEVICES_FILE (validated entry by entry) or, in sandbox mode, the sandbox's demo devices.
 */
import { readFileSync } from 'node:fs';
import { isValidTimeZone } from '@footfall/buckets';
import { z } from 'zod';
import { ConfigError } from './env.ts';
import { normalizeMac } from '@footfall/contract';

export interface Device {
  mac: string;
  name: string;
  store: string;
  timezone: string;
  countsWalkOut: boolean;
}

const entrySchema = z.object({
  mac: z.string({ error: 'mac must be a string' }),
  name: z.string({ error: 'name must be a string' }).trim().min(1, 'name must not be empty'),
  store: z.string({ error: 'store must be a string' }).trim().optional(),
  timezone: z.string({ error: 'timezone must be a string' }).trim().optional(),
  countsWalkOut: z.boolean({ error: 'countsWalkOut must be true or false' }).optional(),
});

function describeEntry(index: number, raw: unknown): string {
  const mac =
    typeof raw === 'object' && raw !== null && 'mac' in raw && typeof raw.mac === 'string'
      ? ` (mac "${raw.mac}")`
      : '';
  return `DEVICES_FILE entry ${index + 1}${mac}`;
}

/**
 * Validates the devices of a DEVICES_FILE: MACs are normalised, duplicates and unknown time zones
 * are refused, naming the entry. Devices without a time zone take `defaultTimezone`; devices count
 * walk-outs unless they say otherwise.
 *
 * @example parseDevices([{ mac: 'D4-7C-44-90-6F-14', name: 'Door' }], 'Asia/Shanghai')[0]?.mac // 'd47c44906f14'
 */
export function parseDevices(raw: unknown, defaultTimezone: string): Device[] {
  if (!Array.isArray(raw)) {
    throw new ConfigError('DEVICES_FILE: must hold a JSON array of devices');
  }
  const seen = new Map<string, number>();
  return raw.map((item: unknown, index) => {
    const where = describeEntry(index, item);
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) =>
        issue.path.length === 0 ? 'must be an object' : issue.message,
      );
      throw new ConfigError(`${where}: ${problems.join('; ')}`);
    }
    const entry = parsed.data;
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
    return {
      mac,
      name: entry.name,
      store: entry.store ?? '',
      timezone,
      countsWalkOut: entry.countsWalkOut ?? true,
    };
  });
}

/**
 * Reads and validates DEVICES_FILE at start-up.
 *
 * @example loadDevicesFile('/etc/footfall/devices.json', 'Asia/Shanghai')
 */
export function loadDevicesFile(path: string, defaultTimezone: string): Device[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`DEVICES_FILE: cannot read ${path}: ${reason}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError(`DEVICES_FILE: ${path} is not valid JSON`);
  }
  return parseDevices(raw, defaultTimezone);
}
