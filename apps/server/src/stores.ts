/**
 * The stores of the configured devices, built once at start-up: the devices that share a store
 * id, in the order the devices file lists them. The devices are already checked against the
 * store rules (`devices.ts`), so a store here has one name, one time zone and an entrance.
 */
import type { Device, Store } from '@footfall/contract';

/** A store as the API lists it, with the devices behind its doors. */
export interface StoreDoors {
  store: Store;
  /** Every device of the store, entrances and inner doors, in file order. */
  doors: readonly Device[];
}

/**
 * Groups devices into stores; a device with no store (empty `storeId`) is in none.
 * `countsWalkOut` is true when every entrance door counts walk-outs.
 *
 * @example groupStores(devices).map(({ store }) => store.id) // ['nanjing-road', 'ginza']
 */
export function groupStores(devices: readonly Device[]): StoreDoors[] {
  const byId = new Map<string, Device[]>();
  for (const device of devices) {
    if (device.storeId === '') continue;
    const doors = byId.get(device.storeId);
    if (doors) doors.push(device);
    else byId.set(device.storeId, [device]);
  }
  return [...byId.entries()].map(([id, doors]) => {
    const [first] = doors;
    const store: Store = {
      id,
      name: first?.store ?? id,
      timezone: first?.timezone ?? '',
      countsWalkOut: doors.every((door) => !door.entrance || door.countsWalkOut),
      devices: doors.map((door) => door.mac),
    };
    return { store, doors };
  });
}
