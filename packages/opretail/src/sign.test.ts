import { describe, expect, it } from 'vitest';
import { sign } from './sign.ts';
import { FULL_REQUEST_VECTOR, PUBLISHED_VECTOR } from './sign-vectors.ts';

const published = PUBLISHED_VECTOR.params;

describe('sign', () => {
  it('should match the published vector 5489704B…', () => {
    expect(sign(published, 'test', 'md5')).toBe('5489704B80A47394025527D6D51FB582');
  });

  it('should match vector CB2C3103… (_format signed like any other parameter)', () => {
    expect(sign({ ...published, _format: 'json' }, 'test', 'md5')).toBe(
      'CB2C3103EAD1EFFA18ACFC3177EDB854',
    );
  });

  it('should match vector 5FCEDCA1… (UTF-16 order, mixed-case keys, empty values as bare names)', () => {
    const params = { Zeta: '1', _aid: 'S107', alpha: '', Beta: 'x y', '9lives': '中文', _Z: 'z' };
    expect(sign(params, 'test', 'md5')).toBe('5FCEDCA14021D8D2ED7E2340550B8909');
  });

  it('should match vector 89ED29EE… (sha1, every common parameter, secret outside ASCII)', () => {
    const { params, secret, sha1 } = FULL_REQUEST_VECTOR;
    expect(sign(params, secret, 'sha1')).toBe(sha1);
  });

  it('should leave _sig out of what it signs', () => {
    expect(sign({ ...published, _sig: 'ANYTHING' }, 'test', 'md5')).toBe(
      '5489704B80A47394025527D6D51FB582',
    );
  });

  it('should change with any one character of a value or the secret', () => {
    const base = sign(published, 'test', 'md5');
    expect(sign({ ...published, orgid: '2' }, 'test', 'md5')).not.toBe(base);
    expect(sign(published, 'tesT', 'md5')).not.toBe(base);
  });
  it('should sign alike whatever order the names arrive in, call after call', () => {
    const reversed = Object.fromEntries(Object.entries(published).reverse());
    const expected = '5489704B80A47394025527D6D51FB582';
    expect(
      [published, reversed, published, { ...published, _format: 'json' }, reversed].map((params) =>
        sign(params, 'test', 'md5'),
      ),
    ).toEqual([expected, expected, expected, 'CB2C3103EAD1EFFA18ACFC3177EDB854', expected]);
  });
});
