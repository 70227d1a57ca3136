import { describe, expect, it } from 'vitest';
import { weekdayHourGrid } from './grid.ts';
import { heatmapSvg } from './heatmap-svg.ts';

const grid = weekdayHourGrid(
  [
    { start: '2023-04-01T18:00:00+08:00', walkIn: 187 },
    { start: '2023-04-01T11:00:00+08:00', walkIn: 40 },
  ],
  [{ start: '2023-04-01T11:00:00+08:00' }, { start: '2023-04-01T18:00:00+08:00' }],
);
const words = {
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  legend: 'Average walk-ins',
  noData: 'no data',
  businessHours: 'Business hours (outlined) & more',
  busiest: 'Busiest: Saturday 18:00–19:00, 187 on average',
  format: String,
};

describe('heatmapSvg', () => {
  it('should be a well-formed SVG document with a cell per slot', () => {
    const { markup, width, height } = heatmapSvg(grid, words, 800);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe(String(width));
    expect(height).toBeGreaterThan(7 * 30);
    expect(doc.querySelectorAll('rect[fill="url(#heat-no-data)"]')).toHaveLength(7 * 24 - 2 + 1);
  });

  it('should carry the legend, the keys and the busiest slot in words', () => {
    const { markup } = heatmapSvg(grid, words, 800);
    const texts = [
      ...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text'),
    ].map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Average walk-ins',
        '0',
        '187',
        'no data',
        'Business hours (outlined) & more',
        'Busiest: Saturday 18:00–19:00, 187 on average',
      ]),
    );
  });

  it('should outline the business-hours slots', () => {
    const { markup } = heatmapSvg(grid, words, 800);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    // Two lone business cells: four sides each.
    expect(doc.querySelectorAll('g[stroke] line')).toHaveLength(8);
  });
});
