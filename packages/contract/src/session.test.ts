import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorBodySchema } from './errors.ts';
import { z } from './zod.ts';
import {
  ALL_STORES,
  MAX_PASSWORD_LENGTH,
  MAX_USERNAME_LENGTH,
  sessionSchema,
  signInAnswerSchema,
  signInBodySchema,
} from './session.ts';

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

  it('should take a username and a password of the longest lengths allowed', () => {
    const body = { username: 'u'.repeat(200), password: 'p'.repeat(1024) };
    expect(signInBodySchema.parse(body)).toEqual(body);
    expect([MAX_USERNAME_LENGTH, MAX_PASSWORD_LENGTH]).toEqual([200, 1024]);
  });

  it.each([
    [{ password: 'x' }, 'username must be a string'],
    [{ username: '', password: 'x' }, 'username is required'],
    [{ username: 'u'.repeat(201), password: 'x' }, 'username must be at most 200 characters'],
    [{ username: 'admin', password: 42 }, 'password must be a string'],
    [{ username: 'admin', password: '' }, 'password is required'],
    [{ username: 'admin', password: 'p'.repeat(1025) }, 'password must be at most 1024 characters'],
  ])('should say what is wrong with %j', (body, message) => {
    const result = signInBodySchema.safeParse(body);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('signInAnswerSchema', () => {
  it('should keep the signed-in user, granted every store by *', () => {
    const answer = { user: { username: 'admin', name: 'Ada', admin: true, stores: [ALL_STORES] } };
    expect(signInAnswerSchema.parse(answer)).toEqual(answer);
    expect(ALL_STORES).toBe('*');
  });
});

describe('errorBodySchema', () => {
  it('should keep the code, the message and any extra field, even of a code it does not know', () => {
    const body = { error: { code: 'NEW_CODE', message: 'Later.', retryAfterSeconds: 3 } };
    expect(errorBodySchema.parse(body)).toEqual(body);
    expect(errorBodySchema.safeParse({ error: { code: 'NOT_FOUND' } }).success).toBe(false);
  });
});

describe('the contract zod', () => {
  it('should never compile parsers with eval, which the CSP forbids', () => {
    expect(z.config().jitless).toBe(true);
  });

  it("should load no locale, so the messages these tests assert are the schemas' own", () => {
    expect(z.config().localeError).toBeUndefined();
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
