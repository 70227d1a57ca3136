import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it.each([
    ['/traffic?store=ginza#x', '/traffic?store=ginza#x'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    [undefined, '/'],
  ])('should take %s as %s', (path, expected) => {
    expect(safeReturnPath(path)).toBe(expected);
  });
});
