import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import {
  chartFigure,
  fetchTraffic,
  formatCount,
  MAC,
  openView,
  PAST_WEEK,
  shot,
  summaryValue,
} from './support.ts';

const NOT_COUNTED = 'not counted by this device';
const FACE = { ...PAST_WEEK, device: MAC.face };

test.describe('face-recognition device', () => {
  test('should say walk-outs are not counted, never 0, and draw walk-ins alone', async ({
    page,
    request,
  }) => {
    const traffic = await fetchTraffic(request, FACE);
    expect(traffic.device.countsWalkOut).toBe(false);
    expect(traffic.totals.walkOut).toBeNull();
    expect(traffic.buckets.every((b) => b.walkOut === null)).toBe(true);

    await openView(page, PAST_WEEK);
    const lines = chartFigure(page).locator('.recharts-line');
    await expect(lines).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Store or door' }).selectOption(`device:${MAC.face}`);
    await expect(chartFigure(page)).toContainText('VIP lounge face camera');

    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(traffic.totals.walkIn));
    await expect(summaryValue(page, 'Walk-outs')).toHaveText(NOT_COUNTED);
    await expect(summaryValue(page, 'Net')).toHaveText(NOT_COUNTED);
    await expect(lines).toHaveCount(1);
    await expect(chartFigure(page).getByRole('listitem')).toHaveText([
      'Walk-ins',
      `Walk-outs: ${NOT_COUNTED}`,
    ]);
    await shot(page, 'face-recognition');

    await page.getByText('Data table', { exact: true }).click();
    const walkOutCells = page.getByRole('row').locator('td:nth-child(3)');
    await expect(walkOutCells).toHaveCount(traffic.buckets.length);
    await expect(walkOutCells.filter({ hasNotText: NOT_COUNTED })).toHaveCount(0);
  });

  test('should leave every walk-out cell of the CSV empty', async ({ page, request }) => {
    const traffic = await fetchTraffic(request, FACE);
    await openView(page, FACE);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1);
    // start, days (none for an hour), walk_in, walk_out (empty: not counted).
    expect(rows).toEqual(traffic.buckets.map((b) => `${b.start},,${b.walkIn},`));
  });
});
