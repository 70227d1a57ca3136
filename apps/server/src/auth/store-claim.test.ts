import { describe, expect, it } from 'vitest';
import { storesFromClaim } from './store-claim.ts';

describe('storesFromClaim', () => {
  it('should read an array or a list in one string, "*" meaning all', () => {
    expect(storesFromClaim(['ginza', 'berlin-hbf'])).toEqual(['ginza', 'berlin-hbf']);
    expect(storesFromClaim('ginza, berlin-hbf')).toEqual(['ginza', 'berlin-hbf']);
    expect(storesFromClaim(['ginza', '*'])).toEqual(['*']);
    expect(storesFromClaim(undefined)).toBeUndefined();
  });
});
