import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import {
  addBuckets,
  bucketStart,
  DAY_MS,
  formatDate,
  parseDate,
  toWall,
} from '../packages/buckets/src/index.ts';
import {
  caption,
  fetchTraffic,
  formatCount,
  MAC,
  openView,
  PAST_WEEK,
  settled,
  shot,
  summaryValue,
  xTicks,
  type ViewQuery,
} from './support.ts';

/** What the chart draws: the `d` of every series shape (lines and bars). */
const seriesShapes = (page: Page): Promise<string> =>
  page
    .getByRole('figure')
    .locator('path.recharts-curve, path.recharts-rectangle')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').join('|'));

const granularityRadio = (page: Page, name: string) =>
  page.getByRole('radiogroup', { name: 'Granularity' }).getByRole('radio', { name, exact: true });

/** `2023-03-27` → `Mar 27, 2023`, as the figcaption writes a day in English. */
const captionDay = (day: string): string =>
  new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(parseDate(day));

test.describe('subject select', () => {
  test('should group doors by store and switch the chart and figures to another device', async ({
    page,
    request,
  }) => {
    await openView(page, PAST_WEEK);
    const select = page.getByRole('combobox', { name: 'Store or door' });
    const stores = await select
      .locator('optgroup')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('label')));
    // Each store, then the devices of no store (the faulty one).
    expect(stores).toEqual([
      'Nanjing Road Flagship',
      'Lujiazui Metro Kiosk',
      'Ginza Boutique',
      'Xintiandi Pop-up',
      'Berlin Hauptbahnhof',
      'Other devices',
    ]);

    const side = { ...PAST_WEEK, device: MAC.side };
    const [main, sideTraffic] = await Promise.all([
      fetchTraffic(request, PAST_WEEK),
      fetchTraffic(request, side),
    ]);
    expect(sideTraffic.totals.walkIn).not.toBe(main.totals.walkIn);
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(main.totals.walkIn));
    const before = await seriesShapes(page);

    await select.selectOption({ label: 'East side door (d4:7c:44:90:6f:15)' });
    await expect(page).toHaveURL(/device=d47c44906f15/);
    await expect(caption(page)).toContainText(
      'East side door (d4:7c:44:90:6f:15), Nanjing Road Flagship',
    );
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(sideTraffic.totals.walkIn));
    await settled(page);
    expect(await seriesShapes(page)).not.toBe(before);

    await select.selectOption({ label: 'Entrance (0c:8e:7d:6f:5a:41)' });
    await expect(caption(page)).toContainText('Ginza Boutique');
    await expect(caption(page)).toContainText('Time zone Asia/Tokyo');
    const tokyo = await fetchTraffic(request, { ...PAST_WEEK, device: MAC.tokyo });
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(tokyo.totals.walkIn));
  });
});

test.describe('date range', () => {
  test('should move From and To, and drag To along when From passes it', async ({
    page,
    request,
  }) => {
    await openView(page, PAST_WEEK);
    const from = page.getByRole('textbox', { name: 'From', exact: true });
    const to = page.getByRole('textbox', { name: 'To', exact: true });
    await expect(xTicks(page).first()).toHaveText('Mon 03-27');

    await from.fill('2023-03-29');
    await expect(page).toHaveURL(/from=2023-03-29&to=2023-04-02/);
    await expect(caption(page)).toContainText('Mar 29, 2023 – Apr 2, 2023');
    await expect(xTicks(page).first()).toHaveText('Wed 03-29');
    const shorter = await fetchTraffic(request, { ...PAST_WEEK, from: '2023-03-29' });
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(shorter.totals.walkIn));

    await to.fill('2023-03-30');
    await expect(caption(page)).toContainText('Mar 29, 2023 – Mar 30, 2023');
    await expect(xTicks(page).filter({ hasText: /^\w{3} \d\d-\d\d$/ })).toHaveText([
      'Wed 03-29',
      'Thu 03-30',
    ]);
    const twoDays = await fetchTraffic(request, {
      ...PAST_WEEK,
      from: '2023-03-29',
      to: '2023-03-30',
    });
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(twoDays.totals.walkIn));

    await from.fill('2023-04-05');
    await expect(to).toHaveValue('2023-04-05');
    await expect(page).toHaveURL(/from=2023-04-05&to=2023-04-05/);
    // One day of hours: the axis counts hours only.
    await expect(xTicks(page).first()).toHaveText('00:00');
    for (const label of await xTicks(page).allTextContents()) expect(label).toMatch(/^\d\d:00$/);
  });
});

test.describe('presets', () => {
  test('should set each preset range from today in the device time zone', async ({
    page,
    request,
  }) => {
    const start: ViewQuery = { ...PAST_WEEK, granularity: 'day' };
    await openView(page, start);
    const today = bucketStart(toWall(Date.now(), 'Asia/Shanghai'), 'day');
    const month = bucketStart(today, 'month');
    const expected: [string, number, number][] = [
      ['Today', today, today],
      ['Yesterday', today - DAY_MS, today - DAY_MS],
      ['Last 7 days', today - 6 * DAY_MS, today],
      ['Last 30 days', today - 29 * DAY_MS, today],
      ['This month', month, today],
      ['Last month', addBuckets(month, 'month', -1), month - DAY_MS],
      ['This year', bucketStart(today, 'year'), today],
    ];
    const presets = page.getByRole('group', { name: 'Date presets' });
    for (const [name, first, last] of expected) {
      const range = { from: formatDate(first), to: formatDate(last) };
      const button = presets.getByRole('button', { name, exact: true });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(
        range.from,
      );
      await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(range.to);
      await expect(page).toHaveURL(new RegExp(`from=${range.from}&to=${range.to}`));
      const traffic = await fetchTraffic(request, { ...start, ...range });
      await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(traffic.totals.walkIn));
      if (traffic.totals.walkIn > 0) {
        await expect(caption(page)).toContainText(
          `${captionDay(range.from)} – ${captionDay(range.to)}`,
        );
      } else {
        // Early in the device's day, today may have no traffic yet.
        await expect(page.getByText('No traffic recorded in this range')).toBeVisible();
      }
      // Presets that give the same range today (This month and Last 30 days on the 30th) all
      // show as pressed.
      const same = expected
        .filter(([, a, b]) => formatDate(a) === range.from && formatDate(b) === range.to)
        .map(([label]) => label);
      await expect(presets.getByRole('button', { pressed: true })).toHaveText(same);
    }
  });
});

test.describe('granularity', () => {
  test('should label the axis per granularity and disable Hour beyond 92 days with a hint', async ({
    page,
    request,
  }) => {
    await openView(page, PAST_WEEK);
    const ticks = xTicks(page);
    await expect(ticks.first()).toHaveText('Mon 03-27');
    await expect(ticks.filter({ hasText: /^12:00$/ }).first()).toBeVisible();
    await expect(caption(page)).toContainText('Hourly');
    const hourPeak = await summaryValue(page, 'Peak').textContent();

    await granularityRadio(page, 'Day').check();
    await expect(page).toHaveURL(/granularity=day/);
    await expect(ticks).toHaveText([
      'Mon 03-27',
      'Tue 03-28',
      'Wed 03-29',
      'Thu 03-30',
      'Fri 03-31',
      'Sat 04-01',
      'Sun 04-02',
    ]);
    await expect(caption(page)).toContainText('Daily');
    await expect(summaryValue(page, 'Peak')).not.toHaveText(hourPeak ?? '');
    const week = await fetchTraffic(request, PAST_WEEK);
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(week.totals.walkIn));

    await granularityRadio(page, 'Week').check();
    await expect(ticks).toHaveText(['W13 (Mar 27)']);
    await expect(caption(page)).toContainText('Weekly');
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(week.totals.walkIn));

    const hint = 'Hour covers at most 92 days; choose a shorter range.';
    await expect(page.getByText(hint)).toHaveCount(0);
    await page.getByRole('textbox', { name: 'From', exact: true }).fill('2023-01-01');
    await page.getByRole('textbox', { name: 'To', exact: true }).fill('2023-12-31');
    await expect(granularityRadio(page, 'Hour')).toBeDisabled();
    await expect(page.getByText(hint)).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Granularity' })).toHaveAccessibleDescription(
      hint,
    );
    await expect(caption(page)).toContainText('Jan 1, 2023 – Dec 31, 2023 · Weekly');
    await settled(page);
    for (const label of await ticks.allTextContents())
      expect(label).toMatch(/^W\d+ \(\w{3} \d+\)$/);
    await shot(page, 'hour-disabled');

    const year = await fetchTraffic(request, {
      ...PAST_WEEK,
      from: '2023-01-01',
      to: '2023-12-31',
      granularity: 'month',
    });
    await granularityRadio(page, 'Month').check();
    await expect(ticks.filter({ hasText: 'Mar 2023' })).toHaveCount(1);
    await expect(ticks.first()).toHaveText('Jan 2023');
    await expect(caption(page)).toContainText('Monthly');
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(year.totals.walkIn));

    await granularityRadio(page, 'Quarter').check();
    await expect(ticks).toHaveText(['2023 Q1', '2023 Q2', '2023 Q3', '2023 Q4']);
    await expect(caption(page)).toContainText('Quarterly');
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(year.totals.walkIn));

    await granularityRadio(page, 'Year').check();
    await expect(ticks).toHaveText(['2023']);
    await expect(caption(page)).toContainText('Yearly');
    await expect(summaryValue(page, 'Peak')).toHaveText(
      `${formatCount(year.totals.walkIn)} at 2023`,
    );

    // A disabled choice cannot be taken.
    await granularityRadio(page, 'Hour').click({ force: true });
    await expect(granularityRadio(page, 'Year')).toBeChecked();
  });
});

test.describe('business hours switch', () => {
  test('should narrow the figures to business hours and back', async ({ page, request }) => {
    const business = { ...PAST_WEEK, businessHours: true };
    const [allDay, open] = await Promise.all([
      fetchTraffic(request, PAST_WEEK),
      fetchTraffic(request, business),
    ]);
    expect(open.totals.walkIn).toBeLessThan(allDay.totals.walkIn);

    await openView(page, PAST_WEEK);
    const toggle = page.getByRole('switch', { name: 'Business hours only' });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(caption(page)).toContainText('all day');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page).toHaveURL(/businessHours=true/);
    await expect(caption(page)).toContainText('business hours only');
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(open.totals.walkIn));

    await toggle.press('Space');
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(summaryValue(page, 'Walk-ins')).toHaveText(formatCount(allDay.totals.walkIn));
  });
});
