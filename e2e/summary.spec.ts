import { expect, test } from './test.ts';
import {
  fetchTraffic,
  formatCount,
  MAC,
  openView,
  PAST_WEEK,
  sum,
  summaryValue,
  type ViewQuery,
} from './support.ts';

const VIEWS: [string, ViewQuery][] = [
  ['a week of hours', PAST_WEEK],
  [
    'a month of days in business hours',
    { ...PAST_WEEK, from: '2023-03-01', to: '2023-03-31', granularity: 'day', businessHours: true },
  ],
  [
    'a quarter of weeks in Tokyo',
    { ...PAST_WEEK, device: MAC.tokyo, from: '2023-01-01', to: '2023-03-31', granularity: 'week' },
  ],
];

test.describe('summary', () => {
  test("should total the API's buckets exactly, whatever the view", async ({ page, request }) => {
    for (const [name, view] of VIEWS) {
      const traffic = await fetchTraffic(request, view);
      const walkIn = sum(traffic.buckets.map((b) => b.walkIn));
      const walkOut = sum(traffic.buckets.map((b) => b.walkOut ?? 0));
      expect(walkIn, name).toBeGreaterThan(0);
      expect(traffic.totals, name).toEqual({ walkIn, walkOut });

      await openView(page, view);
      await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(walkIn));
      await expect(summaryValue(page, 'Walk-outs')).toHaveText(formatCount(walkOut));
      await expect(summaryValue(page, 'Net')).toHaveText(formatCount(walkIn - walkOut));
      const peak = Math.max(...traffic.buckets.map((b) => b.walkIn));
      await expect(summaryValue(page, 'Peak')).toContainText(
        new RegExp(`^${formatCount(peak)} at `),
      );
    }
  });
});
