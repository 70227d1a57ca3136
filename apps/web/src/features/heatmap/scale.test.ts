import { describe, expect, it } from 'vitest';
import { heatColor, SCALE_STOPS } from './scale.ts';

describe('heatColor', () => {
  it('should run from the lightest stop at 0 to the darkest at the highest average', () => {
    expect(heatColor(0, 187)).toBe(SCALE_STOPS[0]);
    expect(heatColor(187, 187)).toBe(SCALE_STOPS[4]);
    expect(heatColor(50, 100)).toBe(SCALE_STOPS[2]);
  });

  it('should blend between stops and stay on the scale outside it', () => {
    // Halfway between #f7fbff and #c6dbef.
    expect(heatColor(12.5, 100)).toBe('#dfebf7');
    expect(heatColor(500, 100)).toBe(SCALE_STOPS[4]);
    expect(heatColor(5, 0)).toBe(SCALE_STOPS[0]);
  });
});
