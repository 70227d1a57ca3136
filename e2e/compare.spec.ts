import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { deviceTrafficSchema, overviewSchema } from '../packages/contract/src/index.ts';
import { chartFigure, PAST_WEEK, settled, shot, summaryValue, viewPath } from './support.ts';

const KINDS = ['previous', 'week', 'year'] as const;
const LEGEND = {
  previous: 'Walk-ins, previous period',
  week: 'Walk-ins, same days last week',
  year: 'Walk-ins, same weekdays last year',
} as const;

/** The change as the screen words it, from the API's own totals: `+124 (+8.3%)`. */
function changeText(now: number, then: number): string {
  const count = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' }).format(now - then);
  if (then === 0) return now === 0 ? '0 (none either time)' : `${count} (from 0, no %)`;
  const percent = new Intl.NumberFormat('en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format((now - then) / then);
  return `${count} (${percent})`;
}

async function fetchCompared(request: APIRequestContext, compare: string) {
  const response = await request.get('/api/traffic', {
    params: {
      mac: PAST_WEEK.device,
      from: PAST_WEEK.from,
      to: PAST_WEEK.to,
      granularity: PAST_WEEK.granularity,
      businessHours: 'false',
      compare,
    },
  });
  expect(response.status()).toBe(200);
  return deviceTrafficSchema.parse(await response.json());
}

const control = (page: Page) => page.getByRole('combobox', { name: 'Compare with' });
const overlay = (page: Page) =>
  chartFigure(page).locator('.recharts-line path.recharts-curve[stroke-dasharray]');

test.describe('compare with', () => {
  for (const kind of KINDS) {
    test(`should draw ${kind} as an overlay and give the API's change`, async ({
      page,
      request,
    }) => {
      const traffic = await fetchCompared(request, kind);
      const { comparison } = traffic;
      if (!comparison) throw new Error('the API answers with a comparison');
      expect(comparison.kind).toBe(kind);
      await page.goto(`${viewPath(PAST_WEEK)}&compare=${kind}`);
      await settled(page);
      await expect(control(page)).toHaveValue(kind);
      await expect(overlay(page)).toHaveCount(1);
      await expect(chartFigure(page).getByText(LEGEND[kind], { exact: true })).toBeVisible();
      await expect(summaryValue(page, 'Walk-ins')).toContainText(
        changeText(traffic.totals.walkIn, comparison.totals.walkIn),
      );
      const { walkOut } = traffic.totals;
      const thenOut = comparison.totals.walkOut;
      if (walkOut !== null && thenOut !== null) {
        await expect(summaryValue(page, 'Walk-outs')).toContainText(changeText(walkOut, thenOut));
      }
      await expect(chartFigure(page).locator('figcaption')).toContainText(/ · vs the /);
      if (kind === 'week') await shot(page, 'compare-week');
    });
  }

  test('should keep the choice in the URL across a reload, and drop it for Nothing', async ({
    page,
  }) => {
    await page.goto(viewPath(PAST_WEEK));
    await settled(page);
    await expect(overlay(page)).toHaveCount(0);
    await control(page).selectOption('week');
    await expect(page).toHaveURL(`${viewPath(PAST_WEEK)}&compare=week`);
    await expect(overlay(page)).toHaveCount(1);

    await page.reload();
    await expect(control(page)).toHaveValue('week');
    await expect(overlay(page)).toHaveCount(1);
    await expect(chartFigure(page).getByText(LEGEND.week, { exact: true })).toBeVisible();

    await control(page).selectOption('');
    await expect(page).toHaveURL(viewPath(PAST_WEEK));
    await expect(overlay(page)).toHaveCount(0);
    await expect(summaryValue(page, 'Walk-ins')).not.toContainText('vs');
  });
});

test.describe('overview vs previous', () => {
  test("should show each store's change against the previous period and sort by it", async ({
    page,
    request,
  }) => {
    const response = await request.get('/api/overview', {
      params: {
        from: PAST_WEEK.from,
        to: PAST_WEEK.to,
        businessHours: 'false',
        compare: 'previous',
      },
    });
    const overview = overviewSchema.parse(await response.json());
    await page.goto(`/overview?from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&businessHours=false`);
    const table = page.getByRole('table', { name: 'All stores' });
    await expect(table).toBeVisible();
    const cells = () =>
      table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.querySelector('th')?.textContent ?? '',
            row.querySelector('td:last-child')?.textContent ?? '',
          ]),
        );
    const expected = overview.stores.map((s) => {
      const then = s.comparisonTotals?.walkIn;
      return [
        s.name,
        then === undefined ? 'No comparison data' : changeText(s.totals.walkIn, then),
      ];
    });
    const shown = await cells();
    expect(shown.map(([name, text]) => [name, (text ?? '').replace(/^[▲▼=] /, '')])).toEqual(
      expected,
    );

    const ratio = (name: string): number => {
      const store = overview.stores.find((s) => s.name === name);
      const then = store?.comparisonTotals?.walkIn;
      if (!store || then === undefined) return Number.NEGATIVE_INFINITY;
      return then === 0 ? Number.POSITIVE_INFINITY : (store.totals.walkIn - then) / then;
    };
    const button = page.getByRole('button', { name: 'Sort by vs previous' });
    await button.click();
    const byChange = (await cells()).map(([name]) => name ?? '');
    expect(byChange).toEqual([...byChange].sort((a, b) => ratio(b) - ratio(a)));
    await button.click();
    const ascending = (await cells()).map(([name]) => name ?? '');
    expect(ascending.slice(0, 2)).toEqual(
      [...ascending].sort((a, b) => ratio(a) - ratio(b)).slice(0, 2),
    );
    await shot(page, 'overview-vs-previous');
  });
});
