import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { DAY_MS, formatDate, toWall } from '../packages/buckets/src/index.ts';
import { caption, chartFigure, PAST_WEEK, shot, summaryValue, viewPath } from './support.ts';

/** Holds /api/traffic answers until released, to see what the screen shows meanwhile. */
async function holdTraffic(page: Page): Promise<{ release: () => Promise<void> }> {
  const pending: (() => void)[] = [];
  await page.route(
    (url) => url.pathname === '/api/traffic',
    async (route) => {
      await new Promise<void>((resolve) => pending.push(resolve));
      await route.continue();
    },
  );
  return {
    release: async () => {
      await expect.poll(() => pending.length).toBeGreaterThan(0);
      for (const resolve of pending.splice(0)) resolve();
    },
  };
}

test.describe('data states', () => {
  test('should show a skeleton while loading and keep the chart up during a refetch', async ({
    page,
  }) => {
    const held = await holdTraffic(page);
    await page.goto(viewPath(PAST_WEEK));
    await expect(page.getByRole('status').filter({ hasText: 'Loading traffic…' })).toBeAttached();
    await expect(chartFigure(page)).toHaveCount(0);
    await shot(page, 'loading');
    await held.release();
    await expect(caption(page)).toContainText('Hourly');

    await page.getByRole('radio', { name: 'Day', exact: true }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toBeVisible();
    await expect(caption(page)).toContainText('Hourly'); // the previous view, still on screen
    await held.release();
    await expect(caption(page)).toContainText('Daily');
    await expect(page.getByRole('status').filter({ hasText: 'Updating…' })).toHaveCount(0);
  });

  test('should say so when nothing was recorded in the range', async ({ page }) => {
    // Days that have not happened yet in the device's zone have no traffic.
    const today = toWall(Date.now(), 'Asia/Shanghai');
    const from = formatDate(today + 30 * DAY_MS);
    const to = formatDate(today + 31 * DAY_MS);
    await page.goto(viewPath({ ...PAST_WEEK, from, to, granularity: 'day' }));
    await expect(page.getByText('No traffic recorded in this range')).toBeVisible();
    await expect(summaryValue(page, 'Walk-ins')).toHaveText('0');
    await expect(chartFigure(page)).toHaveCount(0);
    await shot(page, 'empty');
  });

  test('should mark an answer the server kept from before as stale, with its age', async ({
    page,
  }) => {
    // The server marks an expired cached answer stale when the platform fails (its own tests
    // cover when); here the browser is handed such an answer, as the server words it.
    await page.route(
      (url) => url.pathname === '/api/traffic',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as Record<string, unknown>;
        await route.fulfill({ response, json: { ...body, stale: true, staleAgeSeconds: 420 } });
      },
    );
    await page.goto(viewPath(PAST_WEEK));
    await expect(page.getByRole('status').filter({ hasText: 'Stale data' })).toHaveText(
      'Stale data · served from cache, 7 minutes ago',
    );
    await expect(chartFigure(page).locator('.recharts-line path.recharts-curve')).toHaveCount(2);
    await shot(page, 'stale');
  });
});
