import { expect, test } from './test.ts';
import { caption, chartFigure, fetchTraffic, PAST_WEEK, shot, viewPath } from './support.ts';

test.describe('first paint', () => {
  test("should draw the linked view's chart before the app's script has loaded, then hand over in place", async ({
    page,
    request,
  }) => {
    // Hold the app's chunk (React, recharts) to see what the page's small first script draws.
    const held: (() => void)[] = [];
    await page.route(
      (url) => /\/assets\/boot-[\w-]+\.js$/.test(url.pathname),
      async (route) => {
        await new Promise<void>((resolve) => held.push(resolve));
        await route.continue();
      },
    );
    const traffic = await fetchTraffic(request, PAST_WEEK);
    await page.goto(viewPath(PAST_WEEK));

    await expect(page.getByRole('heading', { name: 'Footfall' })).toBeVisible();
    await expect(caption(page)).toContainText('Main entrance (d4:7c:44:90:6f:14)');
    await expect(caption(page)).toContainText('Hourly');
    await expect(chartFigure(page).getByText('Walk-outs', { exact: true })).toBeVisible();
    const series = chartFigure(page).locator('svg path.first-chart-series');
    await expect(series).toHaveCount(2);
    // One vertex per hour of the week, as the API counted them.
    const vertices = await series
      .first()
      .evaluate((path) => path.getAttribute('d')?.match(/[ML]/g));
    expect(vertices).toHaveLength(traffic.buckets.length);
    await expect(chartFigure(page).locator('.recharts-surface')).toHaveCount(0);
    await expect(page.locator('.traffic[aria-busy="true"]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Export PNG' })).toHaveCount(0);
    const before = await chartFigure(page).locator('svg').boundingBox();
    await shot(page, 'first-paint');

    await expect.poll(() => held.length).toBeGreaterThan(0);
    for (const release of held.splice(0)) release();
    await expect(chartFigure(page).locator('.recharts-line path.recharts-curve')).toHaveCount(2);
    await expect(chartFigure(page)).toHaveCount(1);
    await expect(page.locator('.first-paint')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export PNG' })).toBeVisible();
    // The interactive chart takes the static one's place: no jump at this width.
    const after = await chartFigure(page).locator('svg.recharts-surface').boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(8);
    expect(after?.width).toBe(before?.width);
  });
});
