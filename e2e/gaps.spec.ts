import { expect, test } from '@playwright/test';
import {
  chartFigure,
  fetchTraffic,
  formatCount,
  MAC,
  openView,
  PAST_WEEK,
  shot,
  summaryValue,
  type ViewQuery,
} from './support.ts';

/** Today's date and hour in Shanghai, the main door's zone. */
function shanghaiNow(): { day: string; hour: number } {
  const wall = new Date(Date.now() + 8 * 3_600_000).toISOString();
  return { day: wall.slice(0, 10), hour: Number(wall.slice(11, 13)) };
}

test.describe('honest gaps', () => {
  test("should draw today's hours still to come as a gap, without counting them as missing", async ({
    page,
    request,
  }) => {
    const now = shanghaiNow();
    test.skip(now.hour >= 23, 'no hour of today is still to come');
    const view: ViewQuery = { ...PAST_WEEK, device: MAC.main, from: now.day, to: now.day };
    const traffic = await fetchTraffic(request, view);
    const hours = new Set(traffic.buckets.map((b) => Number(b.start.slice(11, 13))));
    // The API sends no row for an hour that is not over: no data, never 0.
    expect([...hours].every((hour) => hour <= now.hour)).toBe(true);
    const missingPast = Array.from({ length: now.hour }, (_, h) => h).filter(
      (h) => !hours.has(h),
    ).length;

    await openView(page, view);
    await expect(chartFigure(page).locator('.recharts-reference-area').first()).toBeVisible();
    const notice = page.getByTestId('gap-notice');
    if (missingPast === 0) await expect(notice).toHaveCount(0);
    else await expect(notice).toContainText(`${missingPast} hour`);
    await shot(page, 'gaps-today');
  });
});

test.describe('outside business hours', () => {
  test('should show all day minus business hours, as a count and a share of the day', async ({
    page,
    request,
  }) => {
    const allDay = await fetchTraffic(request, { ...PAST_WEEK, businessHours: false });
    const business = await fetchTraffic(request, { ...PAST_WEEK, businessHours: true });
    const after = allDay.totals.walkIn - business.totals.walkIn;
    expect(after).toBeGreaterThan(0);
    const share = new Intl.NumberFormat('en-US', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(after / allDay.totals.walkIn);

    for (const businessHours of [false, true]) {
      await openView(page, { ...PAST_WEEK, businessHours });
      await expect(summaryValue(page, 'Outside business hours')).toHaveText(
        `${formatCount(after)} ${share} of the day`,
      );
    }
    await shot(page, 'after-hours');
  });
});
