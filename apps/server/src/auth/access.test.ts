import type { SessionUser } from '@footfall/contract';
import { FAULT_MACS } from '@footfall/sandbox';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupStores } from '../stores.ts';
import { createAccess, OPEN_USER } from './access.ts';
import {
  ADMIN,
  BOUTIQUE,
  createHarness,
  FLAGSHIP,
  localAuth,
  MAIN_DOOR,
  MANAGER,
  signIn,
  TEST_DEVICES,
} from '../test-kit.ts';
import type { AuthSetup } from './setup.ts';
import type { SessionStore } from './sessions.ts';

const day = 'from=2024-05-06&to=2024-05-06';
const json = async (response: Response): Promise<unknown> => response.json();

let auth: AuthSetup;
beforeAll(async () => {
  auth = await localAuth();
});

async function asManager() {
  const harness = createHarness({ auth });
  const { cookie } = await signIn(harness.app, MANAGER);
  const get = (path: string) => harness.app.request(path, { headers: { Cookie: cookie } });
  return { ...harness, get };
}

describe('access', () => {
  it("should list only a store manager's store, its doors and its overview row", async () => {
    const { get } = await asManager();
    const stores = (await json(await get('/api/stores'))) as { stores: { id: string }[] };
    expect(stores.stores.map((store) => store.id)).toEqual([FLAGSHIP]);
    const devices = (await json(await get('/api/devices'))) as { devices: { storeId: string }[] };
    expect(devices.devices).toHaveLength(3);
    expect(devices.devices.every((device) => device.storeId === FLAGSHIP)).toBe(true);
    const overview = (await json(await get(`/api/overview?${day}`))) as {
      stores: { id: string }[];
    };
    expect(overview.stores.map((row) => row.id)).toEqual([FLAGSHIP]);
  });

  it("should answer a store or device outside one's access exactly as one not configured, with no platform call", async () => {
    const { get, calls } = await asManager();
    const cases = [
      [
        `/api/traffic?store=${BOUTIQUE}&${day}`,
        'UNKNOWN_STORE',
        `No store with id ${BOUTIQUE} is configured.`,
      ],
      [
        `/api/traffic?store=${BOUTIQUE}&${day}&compare=week`,
        'UNKNOWN_STORE',
        `No store with id ${BOUTIQUE} is configured.`,
      ],
      [
        '/api/traffic?store=atlantis&' + day,
        'UNKNOWN_STORE',
        'No store with id atlantis is configured.',
      ],
      [
        `/api/traffic?mac=0c8e7d6f5a41&${day}`,
        'UNKNOWN_DEVICE',
        'No device with mac 0c8e7d6f5a41 is configured.',
      ],
      [
        `/api/traffic?mac=${FAULT_MACS.serverError}&${day}`,
        'UNKNOWN_DEVICE',
        `No device with mac ${FAULT_MACS.serverError} is configured.`,
      ],
      [
        '/api/traffic?mac=001122334455&' + day,
        'UNKNOWN_DEVICE',
        'No device with mac 001122334455 is configured.',
      ],
    ];
    for (const [path = '', code, message] of cases) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code, message } });
    }
    expect(calls()).toBe(0);
    expect((await get(`/api/traffic?mac=${MAIN_DOOR}&${day}`)).status).toBe(200);
  });

  it('should audit who asked for a store or device that exists but is not theirs, and nothing else', async () => {
    const { get, lines } = await asManager();
    const audited = () => lines.filter((line) => line.includes(' AUDIT '));
    const before = audited().length;
    for (const path of [
      `/api/traffic?mac=${MAIN_DOOR}&${day}`,
      '/api/traffic?store=atlantis&' + day,
      '/api/traffic?mac=001122334455&' + day,
      `/api/traffic?store=${FLAGSHIP}&to=nonsense`,
    ]) {
      await get(path);
    }
    expect(audited()).toHaveLength(before);
    expect((await get(`/api/traffic?store=${BOUTIQUE}&${day}&compare=week`)).status).toBe(404);
    expect((await get(`/api/traffic?mac=0c8e7d6f5a41&${day}`)).status).toBe(404);
    expect(audited().slice(before)).toEqual([
      expect.stringMatching(
        /WARN AUDIT refused outcome=not-permitted user="mei" address="local" subject="store ginza"$/,
      ),
      expect.stringMatching(
        /WARN AUDIT refused outcome=not-permitted user="mei" address="local" subject="device 0c8e7d6f5a41"$/,
      ),
    ]);
  });

  it('should not hand a kept answer to a user who may not see it', async () => {
    const harness = createHarness({ auth });
    const admin = await signIn(harness.app, ADMIN);
    const manager = await signIn(harness.app, MANAGER);
    const url = `/api/traffic?store=${BOUTIQUE}&${day}`;
    expect((await harness.app.request(url, { headers: { Cookie: admin.cookie } })).status).toBe(
      200,
    );
    const before = harness.calls();
    const refused = await harness.app.request(url, { headers: { Cookie: manager.cookie } });
    expect(refused.status).toBe(404);
    expect((await harness.app.request(url)).status).toBe(401);
    expect(harness.calls()).toBe(before);
  });

  it('should show devices outside any store to "*" users only', async () => {
    const harness = createHarness({ auth });
    const { cookie } = await signIn(harness.app, ADMIN);
    const response = await harness.app.request('/api/devices', { headers: { Cookie: cookie } });
    const devices = ((await response.json()) as { devices: { mac: string }[] }).devices;
    expect(devices.map((device) => device.mac)).toContain(FAULT_MACS.serverError);
  });
});

describe('access (property)', () => {
  const stores = groupStores(TEST_DEVICES).map(({ store }) => store.id);
  const macs = TEST_DEVICES.map((device) => device.mac);
  const storeOf = new Map(TEST_DEVICES.map((device) => [device.mac, device.storeId]));
  const model = (user: SessionUser, storeId: string | undefined): boolean =>
    storeId !== undefined &&
    (user.stores.includes('*') || (storeId !== '' && user.stores.includes(storeId)));

  it('should decide access the same way on every route, for random users, devices and stores', async () => {
    // Every well-formed session id is the current run's user: no sign-in per run.
    let current: SessionUser = MANAGER.user;
    const sessionStore: SessionStore = {
      get: () => Promise.resolve({ user: current, createdAt: Date.now(), lastSeenAt: Date.now() }),
      set: () => Promise.resolve(),
      delete: () => Promise.resolve(),
    };
    const { app, calls } = createHarness({ auth, sessionStore, slowDelayMs: 1, timeoutMs: 200 });
    const headers = { Cookie: `footfall_session=${'A'.repeat(43)}` };
    const get = async (path: string) => {
      const response = await app.request(path, { headers });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const users: fc.Arbitrary<SessionUser> = fc.record({
      username: fc.constant('someone'),
      name: fc.constant('Someone'),
      admin: fc.boolean(),
      stores: fc.oneof(fc.constant<string[]>(['*']), fc.subarray(stores)),
    });
    const subjects = fc.record({
      macs: fc.subarray([...macs, '001122334455'], { maxLength: 3 }),
      stores: fc.subarray([...stores, 'atlantis'], { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(users, subjects, async (user, picked) => {
        current = user;
        const listedDevices = ((await get('/api/devices')).body.devices as { mac: string }[]).map(
          (device) => device.mac,
        );
        const listedStores = ((await get('/api/stores')).body.stores as { id: string }[]).map(
          (store) => store.id,
        );
        const overviewRows = ((await get(`/api/overview?${day}`)).body.stores as { id: string }[])
          .map((row) => row.id)
          .sort();
        expect(listedDevices).toEqual(macs.filter((mac) => model(user, storeOf.get(mac))));
        expect(listedStores).toEqual(stores.filter((id) => model(user, id)));
        expect(overviewRows).toEqual([...listedStores].sort());
        for (const mac of picked.macs) {
          const before = calls();
          const { status, body } = await get(`/api/traffic?mac=${mac}&${day}`);
          expect(status !== 404).toBe(listedDevices.includes(mac));
          if (status === 404) {
            expect(body).toEqual({
              error: {
                code: 'UNKNOWN_DEVICE',
                message: `No device with mac ${mac} is configured.`,
              },
            });
            expect(calls()).toBe(before);
          }
        }
        for (const id of picked.stores) {
          const before = calls();
          const { status, body } = await get(`/api/traffic?store=${id}&${day}`);
          expect(status !== 404).toBe(listedStores.includes(id));
          if (status === 404) {
            expect(body).toEqual({
              error: { code: 'UNKNOWN_STORE', message: `No store with id ${id} is configured.` },
            });
            expect(calls()).toBe(before);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('createAccess', () => {
  const access = createAccess(TEST_DEVICES, groupStores(TEST_DEVICES));
  const outside = FAULT_MACS.serverError;
  const user = (stores: string[]): SessionUser => ({ ...MANAGER.user, stores });

  it('should let the open user see every store and every device, outside any store too', () => {
    expect(access.devices(OPEN_USER)).toEqual(TEST_DEVICES);
    expect(access.sees(OPEN_USER, { kind: 'device', mac: outside })).toBe(true);
    expect(access.sees(OPEN_USER, { kind: 'store', id: BOUTIQUE })).toBe(true);
  });

  it("should decide the cached-answer fast path as the routes do: one's own store only", () => {
    const manager = user([FLAGSHIP]);
    expect(access.sees(manager, { kind: 'device', mac: MAIN_DOOR })).toBe(true);
    expect(access.sees(manager, { kind: 'store', id: FLAGSHIP })).toBe(true);
    expect(access.sees(manager, { kind: 'store', id: BOUTIQUE })).toBe(false);
    expect(access.sees(manager, { kind: 'device', mac: outside })).toBe(false);
    expect(access.sees(manager, { kind: 'device', mac: '001122334455' })).toBe(false);
    expect(access.sees(manager, { kind: 'store', id: 'atlantis' })).toBe(false);
  });

  it('should keep the devices outside any store from a user whose list holds an empty id', () => {
    const odd = user(['']);
    expect(access.devices(odd)).toEqual([]);
    expect(access.sees(odd, { kind: 'device', mac: outside })).toBe(false);
    expect(() => access.device(odd, outside)).toThrow(
      expect.objectContaining({ status: 404, code: 'UNKNOWN_DEVICE' }),
    );
  });
});
