import { HOUR_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { WALK_IN_COLOR, WALK_OUT_COLOR } from '../../domain/colors.ts';
import { chartAxes } from '../chart/layout.ts';
import type { ChartPoint } from '../../domain/series.ts';
import { firstChartSvg } from './first-chart.ts';

const MONDAY = Date.UTC(2023, 2, 27);
/** recharts' plot top for this chart in Chromium: 8 px of margin and a 19.6 px legend. */
const PLOT_TOP = 27.59375;
const WIDTH = 1214;

const point = (wall: number, walkIn: number, walkOut: number | null): ChartPoint => ({
  wall,
  lastWall: wall,
  size: 1,
  walkIn,
  walkOut,
  sums: { walkIn, walkOut },
  missing: 0,
});

const weekOfHours = (walkOut: (i: number) => number | null = (i) => i % 40): ChartPoint[] =>
  Array.from({ length: 168 }, (_, i) => point(MONDAY + i * HOUR_MS, i % 50, walkOut(i)));

const draw = (points: ChartPoint[], countsWalkOut = true, locale = 'en-US'): Document =>
  new DOMParser().parseFromString(
    firstChartSvg({
      points,
      granularity: points.length > 7 ? 'hour' : 'day',
      countsWalkOut,
      width: WIDTH,
      plotTop: PLOT_TOP,
      locale,
    }),
    'image/svg+xml',
  );

/** The [x, y] pairs of a path's `d`. */
const vertices = (d: string | null): [number, number][] =>
  [...(d ?? '').matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('firstChartSvg', () => {
  it("should draw many points as two lines on recharts' point scale", () => {
    const svg = draw(weekOfHours());
    const paths = [...svg.querySelectorAll('path.first-chart-series')];
    expect(paths.map((p) => p.getAttribute('stroke'))).toEqual([WALK_IN_COLOR, WALK_OUT_COLOR]);
    const walkIn = vertices(paths[0]?.getAttribute('d') ?? null);
    expect(walkIn).toHaveLength(168);
    // The corners recharts draws this week at in Chromium: (60, 286) and (1202, 286).
    expect(walkIn[0]).toEqual([60, 286]);
    expect(walkIn.at(-1)?.[0]).toBe(1202);
    // 49 walk-ins on a 0–50 axis: 0.98 of the way from 286 up to the plot top.
    expect(walkIn[49]?.[1]).toBeCloseTo(286 - 0.98 * (286 - PLOT_TOP), 1);
  });

  it('should break a line where a bucket has no count', () => {
    const svg = draw(weekOfHours((i) => (i === 100 ? null : 1)));
    const d = svg.querySelectorAll('path.first-chart-series')[1]?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(vertices(d)).toHaveLength(167);
  });

  it('should label the axes as the interactive chart does', () => {
    const points = weekOfHours();
    const svg = draw(points);
    const { xTicks, xLabel, yTicks } = chartAxes(points, 'hour', WIDTH, 'en-US');
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual([...yTicks.map(String), ...xTicks.map(xLabel)]);
    expect(labels).toContain('Mon 03-27');
    expect(labels).toContain('12:00');
  });

  it('should format the y-axis numbers for the locale', () => {
    const points = weekOfHours().map((p) => ({ ...p, walkIn: (p.walkIn ?? 0) * 1000 }));
    const labels = [...draw(points, true, 'en-US').querySelectorAll('text')].map(
      (t) => t.textContent,
    );
    expect(labels).toContain('50,000');
  });

  it('should draw few points as paired bars in bands, at most 56 px wide', () => {
    const days = Array.from({ length: 7 }, (_, i) => point(MONDAY + i * 24 * HOUR_MS, 100 + i, 90));
    const svg = draw(days);
    const [walkIns, walkOuts] = [...svg.querySelectorAll('g.first-chart-series')];
    expect(walkIns?.getAttribute('fill')).toBe(WALK_IN_COLOR);
    expect(walkOuts?.getAttribute('fill')).toBe(WALK_OUT_COLOR);
    const first = walkIns?.querySelector('rect');
    expect(walkIns?.querySelectorAll('rect')).toHaveLength(7);
    expect(first?.getAttribute('width')).toBe('56');
    // recharts puts this bar at x = 85.31 in Chromium (bands of 163.14 px from x = 60).
    expect(Number(first?.getAttribute('x'))).toBeCloseTo(85.31, 0);
    // A bar stands on the x-axis.
    expect(Number(first?.getAttribute('y')) + Number(first?.getAttribute('height'))).toBe(286);
  });

  it('should draw walk-ins only for a device that does not count walk-outs', () => {
    const svg = draw(
      weekOfHours(() => null),
      false,
    );
    expect(svg.querySelectorAll('.first-chart-series')).toHaveLength(1);
  });
});

describe('firstChartSvg with buckets the range cuts', () => {
  it('should hatch their bars and star their labels, as the interactive chart does', () => {
    // March 2023 by week: W9 holds 1–5 March, W13 27–31 March.
    const weeks = Array.from({ length: 5 }, (_, i) =>
      point(Date.UTC(2023, 1, 27 + 7 * i), 100, 90),
    );
    const cut = { first: 0, last: 0, days: 5, periodDays: 7 };
    const points = weeks.map((p, i) => (i === 0 || i === 4 ? { ...p, held: cut } : p));
    const svg = new DOMParser().parseFromString(
      firstChartSvg({
        points,
        granularity: 'week',
        countsWalkOut: true,
        width: WIDTH,
        plotTop: PLOT_TOP,
        locale: 'en-US',
      }),
      'image/svg+xml',
    );
    const hatched = [...svg.querySelectorAll('rect.partial-bar')];
    expect(hatched.map((bar) => bar.getAttribute('fill'))).toEqual([
      'url(#first-paint-partial-walkIn)',
      'url(#first-paint-partial-walkIn)',
      'url(#first-paint-partial-walkOut)',
      'url(#first-paint-partial-walkOut)',
    ]);
    expect(svg.querySelectorAll('pattern')).toHaveLength(2);
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('W9 (Feb 27)*');
    expect(labels).toContain('W10 (Mar 6)');
  });
});
