/**
 * Who may see what, decided here and nowhere else: every route resolves the devices and stores
 * it answers about through {@link Access}, which takes the user, so no route can forget to ask.
 * A user sees the stores their list names (`*`: every store, and the devices outside any store);
 * anything else is answered exactly as a device or store that does not exist, so a 404 tells
 * nobody what is configured. It runs before any cache read or platform call.
 */
import { ALL_STORES, type Device, type SessionUser, type Subject } from '@footfall/contract';
import { ApiError } from '../errors.ts';
import type { StoreDoors } from '../stores.ts';

/** Everything, for `AUTH=none`: the open server's one user. */
export const OPEN_USER: SessionUser = {
  // Stryker disable next-line StringLiteral: nothing reads the open user's name; its stores decide
  username: '',
  // Stryker disable next-line StringLiteral: nothing reads the open user's name; its stores decide
  name: '',
  // Stryker disable next-line BooleanLiteral: nothing reads the open user's role; its stores decide
  admin: false,
  stores: [ALL_STORES],
};

export interface Access {
  /** The devices `user` may see, in file order. */
  devices(user: SessionUser): Device[];
  /** The stores `user` may see, in file order. */
  stores(user: SessionUser): StoreDoors[];
  /** The device, if `user` may see it; else 404 `UNKNOWN_DEVICE`, as for one not configured. */
  device(user: SessionUser, mac: string): Device;
  /** The store, if `user` may see it; else 404 `UNKNOWN_STORE`, as for one not configured. */
  store(user: SessionUser, id: string): StoreDoors;
  /** Whether `user` may see a subject (the cached-answer fast path asks this). */
  sees: (user: SessionUser, subject: Subject) => boolean;
}

/**
 * The refusal of a device or store that exists but is not the user's: its answer is exactly a
 * not-configured one's, and the audit trail hears of it (`auditHidden`).
 */
export class HiddenSubjectError extends ApiError {
  constructor(
    code: UnknownCode,
    message: string,
    /** What was asked for, as the audit line names it (`store ginza`, `device d47c44906f14`). */
    readonly subject: string,
  ) {
    super(404, code, message);
  }
}

type UnknownCode = 'UNKNOWN_DEVICE' | 'UNKNOWN_STORE';

/** The 404 for a subject the user may not see: audited when it exists (`subject`), plain if not. */
const refusal = (code: UnknownCode, message: string, subject: string | undefined): ApiError =>
  subject === undefined
    ? new ApiError(404, code, message)
    : new HiddenSubjectError(code, message, subject);

const seesAll = (user: SessionUser): boolean => user.stores.includes(ALL_STORES);

/** A device outside any store (empty `storeId`) is for `*` users only. */
const seesStore = (user: SessionUser, storeId: string): boolean =>
  seesAll(user) || (storeId !== '' && user.stores.includes(storeId));

/**
 * @example createAccess(devices, groupStores(devices)).device(user, 'd47c44906f14')
 */
export function createAccess(devices: readonly Device[], stores: readonly StoreDoors[]): Access {
  const byMac = new Map(devices.map((device) => [device.mac, device]));
  const byId = new Map(stores.map((store) => [store.store.id, store]));
  const visibleDevice = (user: SessionUser, mac: string): Device | undefined => {
    const device = byMac.get(mac);
    return device && seesStore(user, device.storeId) ? device : undefined;
  };
  const visibleStore = (user: SessionUser, id: string): StoreDoors | undefined => {
    const store = byId.get(id);
    return store && seesStore(user, id) ? store : undefined;
  };
  return {
    devices: (user) => devices.filter((device) => seesStore(user, device.storeId)),
    stores: (user) => stores.filter(({ store }) => seesStore(user, store.id)),
    device(user, mac) {
      const device = visibleDevice(user, mac);
      if (device) return device;
      const message = `No device with mac ${mac} is configured.`;
      throw refusal('UNKNOWN_DEVICE', message, byMac.has(mac) ? `device ${mac}` : undefined);
    },
    store(user, id) {
      const store = visibleStore(user, id);
      if (store) return store;
      const message = `No store with id ${id} is configured.`;
      throw refusal('UNKNOWN_STORE', message, byId.has(id) ? `store ${id}` : undefined);
    },
    sees: (user, subject) =>
      subject.kind === 'device'
        ? visibleDevice(user, subject.mac) !== undefined
        : visibleStore(user, subject.id) !== undefined,
  };
}
