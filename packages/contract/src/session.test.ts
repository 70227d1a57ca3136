import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors.ts';
import { sessionSchema, signInBodySchema } from './session.ts';

describe('sessionSchema', () => {
  it('should take an open server and a signed-in user', () => {
    expect(sessionSchema.safeParse({ auth: 'none', user: null }).success).toBe(true);
    const user = { username: 'manager', name: 'Mei', admin: false, stores: ['nanjing-road'] };
    expect(sessionSchema.parse({ auth: 'local', user })).toEqual({ auth: 'local', user });
  });

  it('should refuse a mode DESIGN does not name', () => {
    expect(sessionSchema.safeParse({ auth: 'saml', user: null }).success).toBe(false);
  });
});

describe('signInBodySchema', () => {
  it('should take a username and a password', () => {
    expect(signInBodySchema.parse({ username: 'admin', password: 'x' })).toEqual({
      username: 'admin',
      password: 'x',
    });
  });

  it.each([
    [{}],
    [{ username: 'admin' }],
    [{ username: '', password: 'x' }],
    [{ username: 'admin', password: 42 }],
    [{ username: 'admin', password: 'x'.repeat(1025) }],
  ])('should refuse %j', (body) => {
    expect(signInBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('ERROR_CODES', () => {
  it('should name the sign-in and request refusals', () => {
    expect(ERROR_CODES).toEqual(
      expect.arrayContaining([
        'UNAUTHENTICATED',
        'INVALID_CREDENTIALS',
        'FOREIGN_ORIGIN',
        'UNSUPPORTED_MEDIA_TYPE',
        'PAYLOAD_TOO_LARGE',
        'SESSION_STORE_UNAVAILABLE',
      ]),
    );
  });
});
