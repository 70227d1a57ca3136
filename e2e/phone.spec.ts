import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import {
  caption,
  chartFigure,
  MAC,
  openView,
  PAST_WEEK,
  settled,
  shot,
  STORE_WEEK,
  storeViewPath,
  viewPath,
  xTicks,
} from './support.ts';

const WIDTH = 375;

test.use({ viewport: { width: WIDTH, height: 812 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await settled(page);
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(scrollWidth).toBeGreaterThan(0);
  expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
}

async function expectInside(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  const box = await control.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
}

test.describe('phone viewport', () => {
  test('should fit 375 px without horizontal scroll and keep every control usable', async ({
    page,
  }) => {
    await openView(page, PAST_WEEK);
    await expectNoHorizontalScroll(page);

    const controls = [
      page.getByRole('combobox', { name: 'Language / 语言' }),
      page.getByRole('combobox', { name: 'Store or door' }),
      page.getByRole('textbox', { name: 'From', exact: true }),
      page.getByRole('textbox', { name: 'To', exact: true }),
      ...(await page.getByRole('group', { name: 'Date presets' }).getByRole('button').all()),
      ...(await page.getByRole('radiogroup', { name: 'Granularity' }).getByRole('radio').all()),
      page.getByRole('switch', { name: 'Business hours only' }),
      page.getByRole('button', { name: 'Export PNG' }),
      page.getByRole('button', { name: 'Export CSV' }),
      chartFigure(page),
    ];
    for (const control of controls) await expectInside(control);
    await shot(page, 'phone');

    await page.getByRole('combobox', { name: 'Store or door' }).selectOption(`device:${MAC.tokyo}`);
    await expect(caption(page)).toContainText('Ginza Boutique');
    await page.getByRole('radio', { name: 'Week', exact: true }).tap();
    await expect(caption(page)).toContainText('Weekly');
    await page.getByRole('switch', { name: 'Business hours only' }).tap();
    await expect(caption(page)).toContainText('business hours only');
    await page
      .getByRole('group', { name: 'Date presets' })
      .getByRole('button', { name: 'This year' })
      .tap();
    await expect(page).toHaveURL(/granularity=week&businessHours=true/);
    await expectNoHorizontalScroll(page);

    await page.getByText('Data table', { exact: true }).tap();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await shot(page, 'phone-table');
  });

  test('should label an hourly week that starts on a Tuesday every other day, apart', async ({
    page,
  }) => {
    // Three labels fit; the Monday-aligned every-other-day slots of this week are four, and the
    // tick picker used to fall back to the week's one Monday.
    await page.goto(viewPath({ ...PAST_WEEK, from: '2023-03-28', to: '2023-04-03' }));
    const ticks = xTicks(page);
    await expect(ticks).toHaveText(['Wed 03-29', 'Fri 03-31', 'Sun 04-02']);
    const boxes = await Promise.all((await ticks.all()).map((tick) => tick.boundingBox()));
    for (const [i, box] of boxes.entries()) {
      const next = boxes[i + 1];
      if (!box || !next) continue;
      expect(box.x + box.width).toBeLessThan(next.x);
    }
    await page
      .getByRole('combobox', { name: 'Language / 语言' })
      .selectOption({ label: '简体中文' });
    await expect(ticks).toHaveText(['周三 03-29', '周五 03-31', '周日 04-02']);
  });

  test('should fit a store view with its doors and the overview, in Chinese too', async ({
    page,
  }) => {
    await page.goto(storeViewPath({ ...STORE_WEEK, granularity: 'day' }));
    const doors = page.getByRole('region', { name: 'Doors', exact: true });
    await expect(doors).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectInside(doors.getByRole('radio', { name: 'Chart' }).locator('..'));
    await shot(page, 'phone-store');
    await doors.getByRole('radio', { name: 'Chart' }).check();
    await expect(doors.getByRole('figure')).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.getByRole('link', { name: 'All stores' }).tap();
    const table = page.getByRole('table', { name: 'All stores' });
    await expect(table).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectInside(page.getByRole('button', { name: 'Export CSV' }));
    await shot(page, 'phone-overview');

    await page
      .getByRole('combobox', { name: 'Language / 语言' })
      .selectOption({ label: '简体中文' });
    await expect(page.getByRole('table', { name: '全部门店' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await shot(page, 'phone-overview-zh');
    await page.goto(storeViewPath({ ...STORE_WEEK, granularity: 'day' }));
    await expect(page.getByRole('region', { name: '各入口', exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await shot(page, 'phone-store-zh');
  });
});

test.describe('the page over a slow network', () => {
  test('should inline its stylesheet and ship scripts without source maps', async ({ request }) => {
    const page = await request.get('/');
    const html = await page.text();
    // A linked sheet would hold the first paint back by a round trip (issue 13).
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toMatch(/<style>:root\{/);
    // The first script, and the app's chunk it preloads once the shell is on screen.
    const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map(([, src]) => src ?? '');
    const appChunks = /<meta name="footfall:app-chunks" content="([^"]+)"/.exec(html)?.[1];
    scripts.push(...(appChunks ?? '').split(' '));
    expect(scripts).toHaveLength(2);
    // Not preloaded by the page itself: fetched before the first paint, it would compete with it.
    expect(html).not.toContain('modulepreload');
    for (const src of scripts) {
      const script = await request.get(src);
      expect(script.status()).toBe(200);
      expect(await script.text()).not.toContain('sourceMappingURL');
      // docs/decisions/016-no-source-maps.md: none are built, so none are served.
      const map = await request.get(`${src}.map`);
      expect(map.status()).toBe(404);
    }
  });

  test("should fetch the app's chunk once, from the first script's preload", async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/boot-[^/]+\.js$/.test(request.url())) fetched.push(request.url());
    });
    await openView(page, PAST_WEEK);
    await expect(chartFigure(page).locator('.recharts-line').first()).toBeVisible();
    // Later chunks get their own preloads from Vite when they load; the app's is the first's.
    const preloaded = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    const app = preloaded.filter((href) => /\/assets\/boot-[^/]+\.js$/.test(href));
    expect(app).toHaveLength(1);
    expect(fetched).toEqual(app);
  });

  test('should answer an unknown static file with a plain 404, not the page', async ({
    request,
  }) => {
    for (const path of ['/favicon.ico', '/apple-touch-icon.png']) {
      const missing = await request.get(path);
      expect(missing.status()).toBe(404);
      expect(missing.headers()['content-type']).toMatch(/^text\/plain/);
    }
    const icon = await request.get('/favicon.svg');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
  });
});
