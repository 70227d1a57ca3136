import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { hasPngSignature, pngSize } from './png.ts';
import {
  caption,
  chartFigure,
  fetchStoreTraffic,
  formatCount,
  MAC,
  PAST_WEEK,
  settled,
  shot,
  STORE,
  STORE_WEEK,
  storeViewPath,
  summaryValue,
  viewPath,
  type StoreViewQuery,
} from './support.ts';

/** Few buckets: bars, and a table one can read. */
const STORE_DAYS: StoreViewQuery = { ...STORE_WEEK, granularity: 'day' };

const doors = (page: Page) => page.getByRole('region', { name: 'Doors', exact: true });

async function openStore(page: Page, view: StoreViewQuery): Promise<void> {
  await page.goto(storeViewPath(view));
  await expect(doors(page)).toBeVisible();
  await settled(page);
}

const rowTexts = (page: Page, table: string) =>
  doors(page)
    .getByRole('table', { name: table, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    );

test.describe('store view', () => {
  test("should chart the store's entrance doors summed, named in the caption", async ({
    page,
    request,
  }) => {
    const traffic = await fetchStoreTraffic(request, STORE_WEEK);
    await openStore(page, STORE_WEEK);
    await expect(page.getByRole('combobox', { name: 'Store or door' })).toHaveValue(
      `store:${STORE.nanjing}`,
    );
    await expect(caption(page)).toContainText(
      'Nanjing Road Flagship — all doors (Main entrance, East side door)',
    );
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(traffic.totals.walkIn));
    await expect(summaryValue(page, 'Walk-outs')).toHaveText(
      formatCount(traffic.totals.walkOut ?? Number.NaN),
    );
    // The inner door is not in the total.
    const entrances = traffic.doors.filter((door) => door.entrance);
    expect(traffic.totals.walkIn).toBe(entrances.reduce((sum, d) => sum + d.totals.walkIn, 0));
    await expect(chartFigure(page).locator('.recharts-line path.recharts-curve')).toHaveCount(2);
  });

  test('should be the default view, and a door picked from the picker opens that door', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(doors(page)).toBeVisible();
    await expect(page).toHaveURL(/\?store=nanjing-road&from=\d{4}-\d{2}-\d{2}&/);
    await page
      .getByRole('combobox', { name: 'Store or door' })
      .selectOption({ label: 'East side door (d4:7c:44:90:6f:15)' });
    await expect(page).toHaveURL(/\?device=d47c44906f15&/);
    await expect(caption(page)).toContainText('East side door (d4:7c:44:90:6f:15)');
    await expect(doors(page)).toHaveCount(0);
  });
});

test.describe('door breakdown', () => {
  test("should list each door's walk-ins, walk-outs and share, inner doors apart", async ({
    page,
    request,
  }) => {
    const traffic = await fetchStoreTraffic(request, STORE_DAYS);
    await openStore(page, STORE_DAYS);
    const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
    const entrances = traffic.doors.filter((door) => door.entrance);
    expect(await rowTexts(page, 'Doors')).toEqual(
      entrances.map((door) => [
        door.name,
        formatCount(door.totals.walkIn),
        formatCount(door.totals.walkOut ?? Number.NaN),
        percent.format(door.totals.walkIn / traffic.totals.walkIn),
      ]),
    );
    expect(await rowTexts(page, 'Inner doors')).toEqual([
      ['VIP lounge face camera', expect.stringMatching(/^[\d,]+$/), 'not counted'],
    ]);
    await shot(page, 'store-view');

    await doors(page).getByRole('radio', { name: 'Chart' }).check();
    const chart = doors(page).getByRole('figure', { name: 'Walk-ins by door' });
    await expect(chart).toBeVisible();
    // One stacked segment per entrance door per day.
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(entrances.length * 7);
    await expect(chart.getByText('Main entrance', { exact: true })).toBeVisible();
    await expect(chart.getByText('VIP lounge face camera')).toHaveCount(0);
    await shot(page, 'door-chart');
  });

  test('should say walk-outs are not counted for a store with a face camera at its entrance', async ({
    page,
  }) => {
    await openStore(page, { ...STORE_WEEK, store: STORE.kiosk });
    await expect(summaryValue(page, 'Walk-outs')).toHaveText('not counted');
    const rows = await rowTexts(page, 'Doors');
    expect(rows.map((row) => row[2])).toEqual([expect.stringMatching(/^[\d,]+$/), 'not counted']);
    await expect(
      doors(page).getByRole('table', { name: 'Doors', exact: true }).locator('tfoot td').nth(1),
    ).toHaveText('not counted');
    await expect(chartFigure(page).getByRole('listitem')).toHaveText([
      'Walk-ins',
      'Walk-outs: not counted at every entrance of this store',
    ]);
  });
});

test.describe('exports of a store', () => {
  test('should download a PNG and a CSV named by the store, the CSV holding its buckets', async ({
    page,
    request,
  }) => {
    const traffic = await fetchStoreTraffic(request, STORE_DAYS);
    await openStore(page, STORE_DAYS);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('footfall-nanjing-road-2023-03-27-2023-04-02-day.png');
    const bytes = readFileSync(await png.path());
    expect(hasPngSignature(bytes)).toBe(true);
    expect(pngSize(bytes).height).toBeGreaterThanOrEqual(2 * 320);
    await png.saveAs(`${process.env.TMPDIR ?? '/tmp'}/shots/e2e-store-export.png`);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('footfall-nanjing-road-2023-03-27-2023-04-02-day.csv');
    const lines = readFileSync(await csv.path(), 'utf8').split('\n');
    expect(lines.shift()).toBe('start,days,walk_in,walk_out');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(
      traffic.buckets.map((b) => `${b.start},1,${b.walkIn},${b.walkOut ?? ''}`),
    );
  });
});

test.describe('an old link', () => {
  test('should open the device a device= link names, written in any MAC form', async ({ page }) => {
    await page.goto(
      `/?device=D4:7C:44:90:6F:14&from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&granularity=hour&businessHours=false`,
    );
    await expect(caption(page)).toContainText(
      'Main entrance (d4:7c:44:90:6f:14), Nanjing Road Flagship',
    );
    await expect(page).toHaveURL(viewPath({ ...PAST_WEEK, device: MAC.main }));
    await expect(page.getByRole('combobox', { name: 'Store or door' })).toHaveValue(
      `device:${MAC.main}`,
    );
    await expect(page.getByRole('region', { name: 'Doors', exact: true })).toHaveCount(0);
  });
});
