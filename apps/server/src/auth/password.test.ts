import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, standInHash, verifyPassword } from './password.ts';

const cheap = { log2N: 14, r: 8, p: 1 };

const parsed = (text: string) => {
  const hash = parsePasswordHash(text);
  if ('problem' in hash) throw new Error(hash.problem);
  return hash;
};

describe('hashPassword', () => {
  it('should print a scrypt PHC string with a 16-byte salt and 32-byte hash, N = 2^15 by default', async () => {
    const text = await hashPassword('correct horse');
    expect(text).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  });

  it('should salt each hash afresh', async () => {
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });
});

describe('verifyPassword', () => {
  it('should accept the password and refuse any other', async () => {
    const hash = parsed(await hashPassword('correct horse', cheap));
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horse ', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('should compute standard scrypt, so hashes made by other tools verify (RFC 7914 vector)', async () => {
    const rfc = {
      log2N: 14,
      r: 8,
      p: 1,
      salt: Buffer.from('SodiumChloride'),
      hash: Buffer.from(
        '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887',
        'hex',
      ),
    };
    expect(await verifyPassword('pleaseletmein', rfc)).toBe(true);
    expect(await verifyPassword('pleaseletmeout', rfc)).toBe(false);
  });

  it('should never match the stand-in hash', async () => {
    const standIn = await standInHash(cheap);
    expect(standIn.log2N).toBe(14);
    expect(await verifyPassword('', standIn)).toBe(false);
  });
});

describe('parsePasswordHash', () => {
  const salt = Buffer.alloc(16, 1).toString('base64').replace(/=+$/, '');
  const hash = Buffer.alloc(32, 2).toString('base64').replace(/=+$/, '');

  it('should read the cost, salt and hash', () => {
    expect(parsed(`$scrypt$ln=14,r=8,p=1$${salt}$${hash}`)).toMatchObject({
      log2N: 14,
      r: 8,
      p: 1,
      salt: Buffer.alloc(16, 1),
      hash: Buffer.alloc(32, 2),
    });
  });

  it.each([
    ['not a PHC string', 'hunter2', /scrypt PHC string/],
    ['bcrypt', '$2b$10$abcdefghijklmnopqrstuv', /scrypt PHC string/],
    ['N < 2^14', `$scrypt$ln=13,r=8,p=1$${salt}$${hash}`, /at least 2\^14/],
    ['an absurd cost', `$scrypt$ln=30,r=8,p=1$${salt}$${hash}`, /out of range/],
    [
      'a short salt',
      `$scrypt$ln=14,r=8,p=1$${salt.slice(0, 16)}$${hash}`,
      /salt must be at least 16/,
    ],
    ['padding', `$scrypt$ln=14,r=8,p=1$${salt}==$${hash}`, /scrypt PHC string/],
    [
      'a non-canonical base64 tail',
      `$scrypt$ln=14,r=8,p=1$${salt.slice(0, -1)}B$${hash}`,
      /unpadded base64/,
    ],
  ])('should refuse %s', (_, text, problem) => {
    const result = parsePasswordHash(text);
    expect('problem' in result && result.problem).toMatch(problem);
  });
});
