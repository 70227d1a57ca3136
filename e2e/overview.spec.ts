import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { overviewSchema } from '../packages/contract/src/index.ts';
import { caption, formatCount, PAST_WEEK, shot } from './support.ts';

const PATH = `/overview?from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&businessHours=false`;

const table = (page: Page) => page.getByRole('table', { name: 'All stores' });
const column = (page: Page, index: number) =>
  table(page)
    .locator('tbody tr')
    .evaluateAll(
      (rows, i) => rows.map((row) => row.querySelectorAll('th, td')[i]?.textContent ?? ''),
      index,
    );
const header = (page: Page, name: string) =>
  table(page)
    .getByRole('columnheader')
    .filter({ has: page.getByRole('button', { name }) });

/** The API's overview of the past week, which the page must show. */
async function pastWeekOverview(request: APIRequestContext) {
  const response = await request.get('/api/overview', {
    params: { from: PAST_WEEK.from, to: PAST_WEEK.to, businessHours: 'false' },
  });
  return overviewSchema.parse(await response.json());
}

test.describe('overview', () => {
  test("should list every store with the API's totals, and sort by each column", async ({
    page,
    request,
  }) => {
    const overview = await pastWeekOverview(request);
    await page.goto(PATH);
    await expect(table(page)).toBeVisible();
    expect(await column(page, 0)).toEqual(overview.stores.map((s) => s.name));
    expect(await column(page, 1)).toEqual(overview.stores.map((s) => formatCount(s.totals.walkIn)));
    expect(await column(page, 2)).toEqual(
      overview.stores.map((s) =>
        s.totals.walkOut === null ? 'not counted' : formatCount(s.totals.walkOut),
      ),
    );
    await expect(header(page, 'Sort by Walk-ins')).toHaveAttribute('aria-sort', 'descending');
    await shot(page, 'overview');

    await page.getByRole('button', { name: 'Sort by Store' }).click();
    await expect(header(page, 'Sort by Store')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header(page, 'Sort by Walk-ins')).toHaveAttribute('aria-sort', 'none');
    const names = overview.stores.map((s) => s.name);
    expect(await column(page, 0)).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    await page.getByRole('button', { name: 'Sort by Walk-ins' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(header(page, 'Sort by Walk-ins')).toHaveAttribute('aria-sort', 'ascending');
    expect(await column(page, 0)).toEqual([...names].reverse());
  });

  test("should open a store's view over the same range from its row", async ({ page }) => {
    await page.goto(PATH);
    await table(page).getByRole('link', { name: 'Ginza Boutique' }).click();
    await expect(page).toHaveURL(
      `/?store=ginza&from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&granularity=hour&businessHours=false`,
    );
    await expect(caption(page)).toContainText('Ginza Boutique — all doors (Entrance)');
    await page.goBack();
    await expect(table(page)).toBeVisible();
  });

  test('should export the table as CSV and link back to the dashboard', async ({
    page,
    request,
  }) => {
    const overview = await pastWeekOverview(request);
    await page.goto(PATH);
    await expect(table(page)).toBeVisible();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`footfall-overview-${PAST_WEEK.from}-${PAST_WEEK.to}.csv`);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe(
      'store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent',
    );
    // Busiest first, as the API sorts them.
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      overview.stores.map((s) => s.id),
    );
    expect(lines.slice(1, 3).map((line) => line.split(',')[0])).toEqual([
      'nanjing-road',
      'lujiazui-kiosk',
    ]);

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(/\/\?store=nanjing-road&from=2023-03-27&to=2023-04-02&/);
    await page.getByRole('link', { name: 'All stores' }).click();
    await expect(page).toHaveURL(PATH);
  });

  test('should draw no traffic chart on the overview, even before the app starts', async ({
    page,
  }) => {
    const traffic: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/traffic') traffic.push(r.url());
    });
    await page.goto(PATH);
    await expect(table(page)).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(0);
    await expect(page.locator('.first-paint')).toHaveCount(0);
    expect(traffic).toEqual([]);
  });
});
