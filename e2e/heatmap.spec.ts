import { readFileSync } from 'node:fs';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { hasPngSignature, pixelStats, pngSize } from './png.ts';
import {
  fetchStoreTraffic,
  fetchTraffic,
  openView,
  PAST_WEEK,
  settled,
  shot,
  STORE_WEEK,
  storeViewPath,
  type ViewQuery,
} from './support.ts';

/** Two past weeks of hours, all day: the map reuses the chart's own answer. */
const TWO_WEEKS: ViewQuery = { ...PAST_WEEK, from: '2023-03-20', to: '2023-04-02' };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

interface Slot {
  weekday: number;
  hour: number;
  average: number;
  days: number;
}

/**
 * The oracle: average walk-ins per weekday (Monday 0) and local hour over the buckets the API
 * sent, each read from its `start` text (the subject's wall clock); a slot without buckets has none.
 */
function averages(buckets: readonly { start: string; walkIn: number }[]): Map<string, Slot> {
  const slots = new Map<string, Slot & { sum: number }>();
  for (const bucket of buckets) {
    const [year, month, day] = bucket.start.slice(0, 10).split('-').map(Number);
    const weekday = (new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).getUTCDay() + 6) % 7;
    const hour = Number(bucket.start.slice(11, 13));
    const key = `${weekday}-${hour}`;
    const slot = slots.get(key) ?? { weekday, hour, sum: 0, days: 0, average: 0 };
    slot.sum += bucket.walkIn;
    slot.days += 1;
    slot.average = slot.sum / slot.days;
    slots.set(key, slot);
  }
  return slots;
}

function busiest(slots: Map<string, Slot>): Slot {
  const sorted = [...slots.values()].sort(
    (a, b) => b.average - a.average || a.weekday - b.weekday || a.hour - b.hour,
  );
  const top = sorted[0];
  if (!top) throw new Error('no slots');
  return top;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const span = (hour: number): string => `${pad(hour)}:00–${pad(hour + 1)}:00`;
const average = (value: number, locale = 'en-US'): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

const heatmap = (page: Page): Locator =>
  page.getByRole('region', { name: /Weekday × hour|星期 × 小时/ });

/**
 * Scrolls to the map's place, as a manager would: the map loads once it is near the viewport.
 * The slot may be swapped for the map mid-scroll (it was already near), so scroll again to
 * whichever is there until the map shows.
 */
async function scrollToMap(page: Page): Promise<void> {
  await expect(async () => {
    await page
      .getByTestId('heatmap-slot')
      .or(heatmap(page))
      .first()
      .scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(heatmap(page)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
}

async function openTable(page: Page): Promise<Locator> {
  await heatmap(page).getByText('Show as table').click();
  return heatmap(page).getByRole('table', { name: 'Average walk-ins by weekday and hour' });
}

test.describe('weekday × hour map', () => {
  test("should show each slot's average of the API's hours, in the grid and its table", async ({
    page,
    request,
  }) => {
    const traffic = await fetchTraffic(request, TWO_WEEKS);
    const slots = averages(traffic.buckets);
    const top = busiest(slots);
    await openView(page, TWO_WEEKS);
    await scrollToMap(page);

    await expect(heatmap(page).getByTestId('heatmap-busiest')).toHaveText(
      `Busiest: ${WEEKDAYS[top.weekday]} ${span(top.hour)}, ${average(top.average)} on average`,
    );
    const grid = heatmap(page).getByRole('grid', { name: 'Weekday × hour' });
    await expect(grid.getByRole('gridcell')).toHaveCount(7 * 24);
    const table = await openTable(page);
    await expect(table).toBeVisible();
    // Some slots: the busiest, a quiet night hour, and an afternoon.
    for (const [weekday, hour] of [
      [top.weekday, top.hour],
      [0, 3],
      [2, 15],
      [6, 11],
    ] as const) {
      const slot = slots.get(`${weekday}-${hour}`);
      if (!slot) throw new Error(`the API has no bucket for ${weekday}-${hour}`);
      const text = `${WEEKDAYS[weekday]} ${span(hour)}: ${average(slot.average)} on average (${slot.days} days)`;
      await expect(grid.getByRole('gridcell', { name: text, exact: true })).toHaveCount(1);
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: span(hour) }) });
      await expect(row.getByRole('cell').nth(weekday)).toHaveText(average(slot.average));
    }
    await shot(page, 'heatmap');
  });

  test("should outline the hours the store's business-hours answer covers, for a store's daily view", async ({
    page,
    request,
  }) => {
    const view = { ...STORE_WEEK, granularity: 'day' as const };
    const hourly = { ...STORE_WEEK, granularity: 'hour' as const };
    const [allDay, business] = await Promise.all([
      fetchStoreTraffic(request, hourly),
      fetchStoreTraffic(request, { ...hourly, businessHours: true }),
    ]);
    const top = busiest(averages(allDay.buckets));
    const businessSlots = new Set(averages(business.buckets).keys());

    const asked: URL[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.pathname === '/api/traffic') asked.push(url);
    });
    await page.goto(storeViewPath(view));
    await scrollToMap(page);
    await expect(heatmap(page).getByTestId('heatmap-busiest')).toHaveText(
      `Busiest: ${WEEKDAYS[top.weekday]} ${span(top.hour)}, ${average(top.average)} on average`,
    );
    await settled(page);
    // The chart's daily answer first; the map's hourly ones after it.
    expect(asked[0]?.searchParams.get('granularity')).toBe('day');
    expect(asked.some((url) => url.searchParams.get('granularity') === 'hour')).toBe(true);

    const table = await openTable(page);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(24);
    const marked = await rows.evaluateAll((trs) =>
      trs.flatMap((tr, hour) =>
        [...tr.querySelectorAll('td')].flatMap((td, weekday) =>
          td.classList.contains('business') ? [`${weekday}-${hour}`] : [],
        ),
      ),
    );
    expect(new Set(marked)).toEqual(businessSlots);
    // The outline runs round the blocks of those slots.
    await expect(heatmap(page).locator('.heatmap-cell.edge-top').first()).toBeVisible();
  });

  test('should show a number when a cell has keyboard focus, and move with the arrow keys', async ({
    page,
  }) => {
    await openView(page, TWO_WEEKS);
    await scrollToMap(page);
    const grid = heatmap(page).getByRole('grid');
    const stop = grid.locator('[role="gridcell"][tabindex="0"]');
    await expect(stop).toHaveCount(1);
    await stop.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('role', 'gridcell');
    const label = (await focused.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^\w+day \d\d:00–\d\d:00: [\d,.]+ on average \(\d+ days?\)$/);
    await expect(heatmap(page).getByTestId('heatmap-readout')).toHaveText(label);
    // Still one tab stop: the cell last moved to.
    await expect(grid.locator('[role="gridcell"][tabindex="0"]')).toHaveCount(1);
    await expect(grid.locator('[role="gridcell"][tabindex="0"]')).toBeFocused();
  });

  test('should export the map as a PNG with its colours and outline', async ({ page, context }) => {
    await openView(page, TWO_WEEKS);
    await scrollToMap(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      heatmap(page).getByRole('button', { name: 'Export map PNG' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(
      'footfall-d47c44906f14-2023-03-20-2023-04-02-weekday-hour.png',
    );
    const bytes = readFileSync(await file.path());
    expect(hasPngSignature(bytes)).toBe(true);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * 800);
    // The busiest cell is the scale's darkest colour; the outline is drawn in ink.
    const stats = await pixelStats(context, bytes, ['#08306b', '#111827']);
    expect(stats.translucent).toBe(0);
    expect(stats.matches['#08306b']).toBeGreaterThan(1000);
    expect(stats.matches['#111827']).toBeGreaterThan(1000);
  });

  test('should say it covers up to 92 days instead of asking hours for a longer range', async ({
    page,
  }) => {
    await openView(page, {
      ...PAST_WEEK,
      from: '2023-01-01',
      to: '2023-06-30',
      granularity: 'day',
    });
    await scrollToMap(page);
    await expect(heatmap(page)).toContainText(
      'The weekday × hour map covers up to 92 days; choose a shorter range to see it.',
    );
    await expect(heatmap(page).getByRole('grid')).toHaveCount(0);
  });
});

test.describe('weekday × hour map on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('should load only when a manager scrolls near it, not with the first view', async ({
    page,
  }) => {
    const mapScripts: string[] = [];
    page.on('request', (req) => {
      if (/\/assets\/heatmap-section-[^/]+\.js$/.test(req.url())) mapScripts.push(req.url());
    });
    await openView(page, TWO_WEEKS);
    await settled(page);
    // The chart and its table are in; the map's place waits, well below the first screen.
    await expect(page.getByTestId('heatmap-slot')).toHaveCount(1);
    expect(mapScripts).toEqual([]);

    await scrollToMap(page);
    await expect(heatmap(page).getByTestId('heatmap-busiest')).toBeVisible();
    expect(mapScripts).toHaveLength(1);
  });
});

test.describe('weekday × hour map in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('should name the busiest slot in Chinese', async ({ page, request }) => {
    const top = busiest(averages((await fetchTraffic(request, TWO_WEEKS)).buckets));
    await openView(page, TWO_WEEKS);
    await scrollToMap(page);
    await expect(heatmap(page).getByTestId('heatmap-busiest')).toHaveText(
      `最忙：${WEEKDAYS_ZH[top.weekday]} ${span(top.hour)}，平均 ${average(top.average, 'zh-CN')} 人次`,
    );
  });
});
