import { DAY_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { chartAxes } from './layout.ts';

/** Twenty Monday-starting weeks from 2023-01-02, each with some walk-ins. */
const weeks = Array.from({ length: 20 }, (_, i) => ({
  wall: Date.UTC(2023, 0, 2) + i * 7 * DAY_MS,
  walkIn: 100 + i,
  walkOut: 90 + i,
}));

describe('chartAxes', () => {
  it('should leave each Chinese week label the room it needs on a phone-wide chart', () => {
    const width = 320;
    const zh = chartAxes(weeks, 'week', width, 'zh-CN');
    const en = chartAxes(weeks, 'week', width, 'en-US');
    expect(zh.xTicks.length).toBeLessThan(en.xTicks.length);
    // `第13周（3月27日）` is 11 wide glyphs and 2 digits: about 150 px at the axis's 12 px font.
    const widest = Math.max(...zh.xTicks.map((wall) => zh.xLabel(wall).length));
    expect(widest).toBeGreaterThan(8);
    expect(zh.xTicks.length * 140).toBeLessThanOrEqual(width);
  });
});
