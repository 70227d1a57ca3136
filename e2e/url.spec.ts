import { type Page } from '@playwright/test';
import { expect, guardCsp, test } from './test.ts';
import {
  caption,
  fetchTraffic,
  formatCount,
  MAC,
  openView,
  PAST_WEEK,
  settled,
  summaryValue,
  viewPath,
} from './support.ts';

const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });

test.describe('view in the URL', () => {
  test('should keep a changed view across a reload and open it from a shared link', async ({
    page,
    browser,
    cspViolations,
    request,
  }) => {
    await openView(page, PAST_WEEK);
    await page.getByRole('combobox', { name: 'Store or door' }).selectOption(`device:${MAC.side}`);
    await radio(page, 'Day').check();
    await page.getByRole('switch', { name: 'Business hours only' }).click();
    const view = {
      ...PAST_WEEK,
      device: MAC.side,
      granularity: 'day',
      businessHours: true,
    } as const;
    await expect(page).toHaveURL(viewPath(view));
    const traffic = await fetchTraffic(request, view);
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(traffic.totals.walkIn));
    const captionText = await caption(page).textContent();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Store or door' })).toHaveValue(
      `device:${MAC.side}`,
    );
    await expect(radio(page, 'Day')).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Business hours only' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(caption(page)).toHaveText(captionText ?? '');
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(traffic.totals.walkIn));

    // Someone else opens the link, in a fresh browser context.
    const context = await browser.newContext();
    await guardCsp(context, cspViolations);
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(caption(shared)).toHaveText(captionText ?? '');
    await expect(summaryValue(shared, 'Walk-ins')).toHaveText(formatCount(traffic.totals.walkIn));
    await expect(shared.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(view.from);
    await expect(shared.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(view.to);
    await context.close();
  });

  test('should complete a partial link in place', async ({ page }) => {
    await page.goto(`/?device=${MAC.tokyo}&from=2023-03-27&to=2023-04-02`);
    await expect(page).toHaveURL(
      viewPath({ ...PAST_WEEK, device: MAC.tokyo, granularity: 'hour', businessHours: false }),
    );
    await expect(caption(page)).toContainText('Entrance (0c:8e:7d:6f:5a:41), Ginza Boutique');
  });

  test('should move between views with Back and Forward', async ({ page }) => {
    await openView(page, PAST_WEEK);
    const hourly = page.url();
    await radio(page, 'Day').check();
    await expect(caption(page)).toContainText('Daily');
    const daily = page.url();
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2023-03-30');
    await expect(caption(page)).toContainText('Mar 30, 2023 – Apr 2, 2023 · Daily');
    await settled(page);

    await page.goBack();
    await expect(page).toHaveURL(daily);
    await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(
      '2023-03-27',
    );
    await expect(caption(page)).toContainText('Mar 27, 2023 – Apr 2, 2023 · Daily');

    await page.goBack();
    await expect(page).toHaveURL(hourly);
    await expect(radio(page, 'Hour')).toBeChecked();
    await expect(caption(page)).toContainText('Hourly');

    await page.goForward();
    await expect(page).toHaveURL(daily);
    await expect(radio(page, 'Day')).toBeChecked();
    await expect(caption(page)).toContainText('Daily');
  });
});
