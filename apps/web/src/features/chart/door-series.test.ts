// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { doorRows } from './door-series.ts';

const hour = (h: number) => `2023-03-29T${String(h).padStart(2, '0')}:00:00+08:00`;

describe('doorRows', () => {
  it("should stack each door's walk-ins by bucket, a missing bucket adding nothing and having no data", () => {
    const { rows, groupSize } = doorRows([
      { buckets: [{ start: hour(10), walkIn: 12, walkOut: 10 }] },
      {
        buckets: [
          { start: hour(11), walkIn: 400, walkOut: null },
          { start: hour(10), walkIn: 8, walkOut: null },
        ],
      },
    ]);
    expect(groupSize).toBe(1);
    expect(rows.map((r) => [r.walkIns, r.walkIn])).toEqual([
      [[12, 8], 20],
      [[null, 400], 400],
    ]);
    expect(rows[0]?.wall).toBe(Date.UTC(2023, 2, 29, 10));
  });

  it('should sum consecutive buckets so at most the given number of bars are drawn', () => {
    const buckets = Array.from({ length: 10 }, (_, h) => ({
      start: hour(h),
      walkIn: 1,
      walkOut: 1,
    }));
    const { rows, groupSize } = doorRows([{ buckets }], 4);
    expect(groupSize).toBe(3);
    expect(rows.map((r) => r.walkIn)).toEqual([3, 3, 3, 1]);
    expect(rows[0]?.lastWall).toBe(Date.UTC(2023, 2, 29, 2));
  });

  it('should sum the buckets a door has in a group, and say no data only where it has none', () => {
    const { rows } = doorRows(
      [
        { buckets: [0, 1, 2, 3].map((h) => ({ start: hour(h), walkIn: 5, walkOut: 5 })) },
        { buckets: [{ start: hour(1), walkIn: 7, walkOut: 7 }] },
      ],
      2,
    );
    expect(rows.map((r) => r.walkIns)).toEqual([
      [10, 7],
      [10, null],
    ]);
  });
});

describe('doorRows of a range that cuts its buckets', () => {
  it('should give a row of one cut week the days it holds, and a whole week none', () => {
    const door = (walkIn: number) => ({
      buckets: [
        { start: '2023-02-27T00:00:00+08:00', walkIn, walkOut: 0, partial: true as const, days: 5 },
        { start: '2023-03-06T00:00:00+08:00', walkIn, walkOut: 0 },
      ],
    });
    const { rows } = doorRows([door(5), door(7)], undefined, {
      from: '2023-03-01',
      to: '2023-03-12',
      granularity: 'week',
    });
    expect(rows.map((row) => row.held?.days)).toEqual([5, undefined]);
  });
});
