// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { downsample } from '../../domain/series.ts';
import { firstChartSvg } from '../first-paint/first-chart.ts';
import { seriesWithGaps } from '../../domain/gaps.ts';

const scope = { granularity: 'hour', timezone: 'Asia/Shanghai' } as const;

const draw = (
  from: string,
  to: string,
  buckets: { start: string; walkIn: number; walkOut: number }[],
) =>
  new DOMParser().parseFromString(
    firstChartSvg({
      points: downsample(seriesWithGaps({ ...scope, from, to, buckets })).points,
      granularity: 'hour',
      countsWalkOut: true,
      width: 1214,
      plotTop: 28,
      locale: 'en-US',
    }),
    'image/svg+xml',
  );

describe('first paint of gaps', () => {
  it('should mark each run of missing hours as an empty slot, with no bar', () => {
    const svg = draw('2023-03-29', '2023-03-29', [
      { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: 10 },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 30, walkOut: 20 },
    ]);
    // 00:00–09:00 and 12:00–23:00.
    const slots = [...svg.querySelectorAll('rect.gap-slot')];
    expect(slots).toHaveLength(2);
    // The first slot spans 10 of the 24 bands; bars only for the two hours with data.
    const band = (1214 - 60 - 12) / 24;
    expect(Number(slots[0]?.getAttribute('width'))).toBeCloseTo(10 * band, 0);
    expect(svg.querySelectorAll('g.first-chart-series rect')).toHaveLength(4);
  });

  it('should break the line across missing hours of a longer range', () => {
    const buckets = Array.from({ length: 14 * 24 }, (_, i) => i)
      .filter((i) => i < 100 || i >= 110)
      .map((i) => {
        const day = String(1 + Math.floor(i / 24)).padStart(2, '0');
        const hour = String(i % 24).padStart(2, '0');
        return { start: `2023-03-${day}T${hour}:00:00+08:00`, walkIn: 5, walkOut: 4 };
      });
    const svg = draw('2023-03-01', '2023-03-14', buckets);
    const d = svg.querySelector('path.first-chart-series')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(svg.querySelectorAll('rect.gap-slot')).toHaveLength(1);
  });
});
