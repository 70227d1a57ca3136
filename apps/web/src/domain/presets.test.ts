// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { presetRange, todayIn } from './presets.ts';

const TODAY = Date.UTC(2024, 2, 1); // Friday 2024-03-01, a leap year

describe('presetRange', () => {
  it('should give each preset its inclusive range', () => {
    expect(presetRange('today', TODAY)).toEqual({ from: '2024-03-01', to: '2024-03-01' });
    expect(presetRange('yesterday', TODAY)).toEqual({ from: '2024-02-29', to: '2024-02-29' });
    expect(presetRange('last7', TODAY)).toEqual({ from: '2024-02-24', to: '2024-03-01' });
    expect(presetRange('last30', TODAY)).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(presetRange('thisMonth', TODAY)).toEqual({ from: '2024-03-01', to: '2024-03-01' });
    expect(presetRange('lastMonth', TODAY)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetRange('thisYear', TODAY)).toEqual({ from: '2024-01-01', to: '2024-03-01' });
  });

  it("should take today from the device's zone, not the browser's", () => {
    const instant = Date.UTC(2024, 2, 1, 18, 0); // still Mar 1 in Los Angeles
    expect(todayIn('Asia/Shanghai', instant)).toBe(Date.UTC(2024, 2, 2));
  });
});
