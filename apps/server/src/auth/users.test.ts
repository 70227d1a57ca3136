import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../env.ts';
import { demoUsers } from './demo-users.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { loadUsersFile } from './users.ts';

const stores = new Set(['nanjing-road', 'ginza']);
let hash = '';

/** `raw` as a USERS_FILE read at start-up. */
function parseUsers(raw: unknown, storeIds: ReadonlySet<string>) {
  const path = join(mkdtempSync(join(tmpdir(), 'footfall-users-')), 'users.json');
  writeFileSync(path, JSON.stringify(raw));
  return loadUsersFile(path, storeIds);
}

beforeAll(async () => {
  hash = await hashPassword('pw', { log2N: 14, r: 8, p: 1 });
});

describe('parseUsers', () => {
  it('should read users with their stores, naming them by username when no name is given', () => {
    const users = parseUsers(
      [
        { username: 'mei', name: 'Mei Lin', passwordHash: hash, stores: ['nanjing-road'] },
        { username: 'hq', passwordHash: hash, stores: ['*'], admin: true },
      ],
      stores,
    );
    expect(users.map(({ user }) => user)).toEqual([
      { username: 'mei', name: 'Mei Lin', admin: false, stores: ['nanjing-road'] },
      { username: 'hq', name: 'hq', admin: true, stores: ['*'] },
    ]);
    expect(users[0]?.passwordHash.log2N).toBe(14);
  });

  it.each([
    [
      [{ username: 'a', passwordHash: 'hunter2', stores: ['*'] }],
      /entry 1 \(username "a"\): passwordHash must be a scrypt PHC/,
    ],
    [
      [
        {
          username: 'a',
          passwordHash: '$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA',
          stores: ['*'],
        },
      ],
      /entry 1 \(username "a"\): passwordHash: N must be at least 2\^14/,
    ],
    [
      [{ username: 'a', passwordHash: '', stores: ['paris'] }],
      /entry 1 \(username "a"\): passwordHash/,
    ],
    [[{ username: 'a', passwordHash: '', stores: [] }], /passwordHash/],
    [[{ username: 'a', stores: ['*'] }], /entry 1 \(username "a"\): passwordHash must be a string/],
    [['a'], /entry 1: must be an object/],
    [{}, /USERS_FILE: must hold a JSON array/],
  ])('should refuse a broken entry, naming it (%#)', (raw, message) => {
    expect(() => parseUsers(raw, stores)).toThrow(ConfigError);
    expect(() => parseUsers(raw, stores)).toThrow(message);
  });

  it('should refuse an unknown store id, naming the entry and the id', () => {
    const raw = [{ username: 'mei', passwordHash: hash, stores: ['nanjing-road', 'paris'] }];
    expect(() => parseUsers(raw, stores)).toThrow(
      'USERS_FILE entry 1 (username "mei"): stores: unknown store id "paris"',
    );
  });

  it('should refuse "*" mixed with store ids', () => {
    const raw = [{ username: 'mei', passwordHash: hash, stores: ['*', 'ginza'] }];
    expect(() => parseUsers(raw, stores)).toThrow(/"\*" \(every store\) stands alone/);
  });

  it('should refuse a duplicate username, naming both entries', () => {
    const raw = [
      { username: 'mei', passwordHash: hash, stores: ['ginza'] },
      { username: 'mei', passwordHash: hash, stores: ['*'] },
    ];
    expect(() => parseUsers(raw, stores)).toThrow(
      'USERS_FILE entry 2 (username "mei"): duplicate username (also entry 1)',
    );
  });

  it('should never put the hash in a refusal', () => {
    const raw = [{ username: 'mei', passwordHash: hash, stores: ['paris'] }];
    expect(() => parseUsers(raw, stores)).not.toThrow(hash);
  });
});

describe('loadUsersFile', () => {
  it('should read a file and refuse one that is not JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'footfall-users-'));
    const good = join(folder, 'users.json');
    writeFileSync(
      good,
      JSON.stringify([{ username: 'mei', passwordHash: hash, stores: ['ginza'] }]),
    );
    expect(loadUsersFile(good, stores)).toHaveLength(1);
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, '[{');
    expect(() => loadUsersFile(bad, stores)).toThrow(/is not valid JSON/);
    expect(() => loadUsersFile(join(folder, 'none.json'), stores)).toThrow(/cannot read/);
  });
});

describe('demoUsers', () => {
  it("should make a manager of nanjing-road and an admin of all, with the README's passwords", async () => {
    const users = await demoUsers(['ginza', 'nanjing-road'], { log2N: 14, r: 8, p: 1 });
    expect(users.map(({ user }) => user)).toEqual([
      { username: 'manager', name: 'Nanjing Road manager', admin: false, stores: ['nanjing-road'] },
      { username: 'admin', name: 'Head office', admin: true, stores: ['*'] },
    ]);
    const [manager, admin] = users;
    if (!manager || !admin) throw new Error('expected two demo users');
    expect(await verifyPassword('footfall-manager', manager.passwordHash)).toBe(true);
    expect(await verifyPassword('footfall-admin', admin.passwordHash)).toBe(true);
  });
});
