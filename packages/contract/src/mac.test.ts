import { describe, expect, it } from 'vitest';
import { formatMac, isPlatformMac, normalizeMac } from './mac.ts';

describe('isPlatformMac', () => {
  it('should take exactly 12 lowercase hex digits', () => {
    expect(isPlatformMac('d47c44906f14')).toBe(true);
    expect(isPlatformMac('D47C44906F14')).toBe(false);
    expect(isPlatformMac('d47c44906f1')).toBe(false);
    expect(isPlatformMac('d47c44906f145')).toBe(false);
    expect(isPlatformMac('xd47c44906f14')).toBe(false);
    expect(isPlatformMac('d4:7c:44:90:6f:14')).toBe(false);
    expect(isPlatformMac('g47c44906f14')).toBe(false);
  });
});

describe('normalizeMac', () => {
  it('should accept the forms people write', () => {
    expect(normalizeMac('D4:7C:44:90:6F:14')).toBe('d47c44906f14');
    expect(normalizeMac('d4-7c-44-90-6f-14')).toBe('d47c44906f14');
    expect(normalizeMac(' D47C44906F14 ')).toBe('d47c44906f14');
  });

  it('should refuse what is not a MAC', () => {
    expect(normalizeMac('d47c44906f1')).toBeUndefined();
    expect(normalizeMac('d4.7c.44.90.6f.14')).toBeUndefined();
    expect(normalizeMac('')).toBeUndefined();
  });
});

describe('formatMac', () => {
  it('should print pairs joined by colons', () => {
    expect(formatMac('d47c44906f14')).toBe('d4:7c:44:90:6f:14');
    expect(formatMac('D4-7C-44-90-6F-14')).toBe('d4:7c:44:90:6f:14');
  });
});

describe('normalizeMac (the forms a devices file holds)', () => {
  it.each([
    ['d47c44906f14', 'd47c44906f14'],
    ['D4:7C:44:90:6F:14', 'd47c44906f14'],
    ['d4-7c-44-90-6f-14', 'd47c44906f14'],
  ])('should read %s', (text, mac) => {
    expect(normalizeMac(text)).toBe(mac);
  });

  it.each(['', 'd47c44906f1', 'd47c44906f145', 'g47c44906f14', 'd4 7c 44 90 6f 14'])(
    'should refuse %j',
    (text) => {
      expect(normalizeMac(text)).toBeUndefined();
    },
  );
});
