import { readFileSync } from 'node:fs';
import { expect, test } from './test.ts';
import { fetchTraffic, MAC, openView, type ViewQuery } from './support.ts';

/** March 2023 by week: the range cuts W9 (1–5 March, Wed–Sun) and W13 (27–31 March, Mon–Fri). */
const MARCH_BY_WEEK: ViewQuery = {
  device: MAC.main,
  from: '2023-03-01',
  to: '2023-03-31',
  granularity: 'week',
  businessHours: false,
};

test.describe('buckets the range cuts', () => {
  test('should come from the API as partial, and be named, hatched and counted as such', async ({
    page,
    request,
  }) => {
    const traffic = await fetchTraffic(request, MARCH_BY_WEEK);
    // The server's side of DESIGN's "the range is the filter".
    expect(traffic.buckets.map((b) => [b.start.slice(0, 10), b.partial ?? false, b.days])).toEqual([
      ['2023-02-27', true, 5],
      ['2023-03-06', false, undefined],
      ['2023-03-13', false, undefined],
      ['2023-03-20', false, undefined],
      ['2023-03-27', true, 5],
    ]);

    await openView(page, MARCH_BY_WEEK);
    const figure = page.getByRole('figure');
    await expect(figure.getByText('* Part of the period only: the range cuts it')).toBeVisible();
    await expect(figure.locator('.partial-bar')).toHaveCount(4);

    await page.getByText('Data table').click();
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader').first()).toHaveText(
      /^2023 W9 · Mar 1\s–\s5, 5 of 7 days$/,
    );
    await expect(table.getByRole('rowheader').last()).toHaveText(
      /^2023 W13 · Mar 27\s–\s31, 5 of 7 days$/,
    );

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8').split('\n');
    expect(lines.shift()).toBe('start,days,walk_in,walk_out');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(
      traffic.buckets.map((b) => `${b.start},${b.days ?? 7},${b.walkIn},${b.walkOut ?? ''}`),
    );
  });
});
