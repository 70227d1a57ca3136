import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import type { Traffic } from '../packages/contract/src/index.ts';
import {
  chartFigure,
  fetchTraffic,
  formatCount,
  localHour,
  MAC,
  openView,
  PAST_WEEK,
  shot,
  summaryValue,
  xTicks,
  type ViewQuery,
} from './support.ts';

const ONE_DAY: ViewQuery = { ...PAST_WEEK, to: PAST_WEEK.from };

/** The bucket with the most walk-ins, the earliest on a tie (as the Summary's peak). */
function peakBucket(traffic: Traffic) {
  const [first, ...rest] = traffic.buckets;
  if (!first) throw new Error('no buckets');
  return rest.reduce((peak, b) => (b.walkIn > peak.walkIn ? b : peak), first);
}

async function openTable(page: Page): Promise<void> {
  await page.getByText('Data table', { exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
}

test.describe('device time zone', () => {
  test("should label every hour in the device's zone, as the API's bucket starts", async ({
    page,
    request,
  }) => {
    for (const [device, zone, offset] of [
      [MAC.main, 'Asia/Shanghai', '+08:00'],
      [MAC.tokyo, 'Asia/Tokyo', '+09:00'],
    ] as const) {
      const view = { ...ONE_DAY, device };
      const traffic = await fetchTraffic(request, view);
      expect(traffic.timezone).toBe(zone);
      expect(traffic.buckets).toHaveLength(24);
      expect(traffic.buckets[0]?.start).toBe(`2023-03-27T00:00:00${offset}`);

      await openView(page, view);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        'America/Los_Angeles',
      );
      // In Los Angeles the device's midnight is 08:00 or 09:00 the day before; it must stay 00:00.
      await expect(xTicks(page).first()).toHaveText('00:00');
      const hours = traffic.buckets.map((b) => localHour(b.start));
      for (const label of await xTicks(page).allTextContents()) expect(hours).toContain(label);

      const peak = peakBucket(traffic);
      await expect(summaryValue(page, 'Peak')).toHaveText(
        `${formatCount(peak.walkIn)} at Mon 03-27 ${localHour(peak.start)}`,
      );

      await openTable(page);
      // The data table's row headers (the weekday × hour map has its own, one per weekday).
      const table = page.getByRole('table');
      await expect(table.getByRole('rowheader')).toHaveText(
        traffic.buckets.map((b) => `Mon 03-27 ${localHour(b.start)}`),
      );
      const datetimes = await table
        .getByRole('rowheader')
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
      expect(datetimes).toEqual(traffic.buckets.map((b) => b.start));
    }
  });

  test('should show the exact numbers of the hovered hour in its tooltip', async ({
    page,
    request,
  }) => {
    const traffic = await fetchTraffic(request, ONE_DAY);
    const peak = peakBucket(traffic);
    const index = traffic.buckets.indexOf(peak);
    await openView(page, ONE_DAY);

    // 24 hours draw as bars in equal bands across the plot area (the grid's extent).
    const grid = chartFigure(page).locator('.recharts-cartesian-grid-horizontal line').first();
    const [x1, x2, y1] = await grid.evaluate((line) =>
      ['x1', 'x2', 'y1'].map((name) => Number(line.getAttribute(name))),
    );
    const chart = chartFigure(page).locator('svg.recharts-surface').first();
    await chart.scrollIntoViewIfNeeded();
    const surface = await chart.boundingBox();
    if (!surface || x1 === undefined || x2 === undefined || y1 === undefined) {
      throw new Error('the chart has no plot area');
    }
    const band = (x2 - x1) / traffic.buckets.length;
    await page.mouse.move(surface.x + x1 + (index + 0.5) * band, surface.y + y1 - 20, {
      steps: 4,
    });

    const tooltip = chartFigure(page).locator('.chart-tooltip');
    await expect(tooltip).toContainText(`Mon 03-27 ${localHour(peak.start)}`);
    await expect(tooltip).toContainText(`Walk-ins: ${formatCount(peak.walkIn)}`);
    await expect(tooltip).toContainText(`Walk-outs: ${formatCount(peak.walkOut ?? Number.NaN)}`);
    await shot(page, 'tooltip');
  });
});
