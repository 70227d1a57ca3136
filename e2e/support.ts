/**
 * Shared helpers for the end-to-end tests: views as URLs, the API's own numbers as the oracle,
 * and the few chart parts that have no accessible role (axis tick labels are SVG text).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import {
  deviceTrafficSchema,
  storeTrafficSchema,
  type DeviceTraffic,
  type StoreTraffic,
} from '../packages/contract/src/index.ts';
import type { Granularity } from '../packages/buckets/src/index.ts';

/** The devices of e2e/devices.json. */
export const MAC = {
  main: 'd47c44906f14',
  side: 'd47c44906f15',
  face: 'd47c44906f16',
  tokyo: '0c8e7d6f5a41',
  faulty: 'fa0000000500',
} as const;

export interface ViewQuery {
  device: string;
  from: string;
  to: string;
  granularity: Granularity;
  businessHours: boolean;
}

/** A fixed past week, so the numbers never depend on the day the suite runs. */
export const PAST_WEEK: ViewQuery = {
  device: MAC.main,
  from: '2023-03-27',
  to: '2023-04-02',
  granularity: 'hour',
  businessHours: false,
};

/** A view's query string fields after its subject, in the app's order. */
const viewFields = (view: Omit<ViewQuery, 'device'>) => ({
  from: view.from,
  to: view.to,
  granularity: view.granularity,
  businessHours: String(view.businessHours),
});

export function viewPath(view: ViewQuery): string {
  return `/?${new URLSearchParams({ device: view.device, ...viewFields(view) }).toString()}`;
}

/** The same view straight from /api/traffic: the numbers the screen must agree with. */
export async function fetchTraffic(
  request: APIRequestContext,
  view: ViewQuery,
): Promise<DeviceTraffic> {
  const response = await request.get('/api/traffic', {
    params: { mac: view.device, ...viewFields(view) },
  });
  expect(response.status()).toBe(200);
  return deviceTrafficSchema.parse(await response.json());
}

/** The stores of e2e/devices.json. */
export const STORE = {
  nanjing: 'nanjing-road',
  kiosk: 'lujiazui-kiosk',
  ginza: 'ginza',
} as const;

export type StoreViewQuery = Omit<ViewQuery, 'device'> & { store: string };

/** A store's view over the fixed past week. */
export const STORE_WEEK: StoreViewQuery = {
  store: STORE.nanjing,
  from: PAST_WEEK.from,
  to: PAST_WEEK.to,
  granularity: 'hour',
  businessHours: false,
};

export function storeViewPath(view: StoreViewQuery): string {
  return `/?${new URLSearchParams({ store: view.store, ...viewFields(view) }).toString()}`;
}

/** A store's view straight from /api/traffic?store=. */
export async function fetchStoreTraffic(
  request: APIRequestContext,
  view: StoreViewQuery,
): Promise<StoreTraffic> {
  const response = await request.get('/api/traffic', {
    params: { store: view.store, ...viewFields(view) },
  });
  expect(response.status()).toBe(200);
  return storeTrafficSchema.parse(await response.json());
}

export const chartFigure = (page: Page): Locator => page.getByRole('figure');

export const caption = (page: Page): Locator => chartFigure(page).locator('figcaption');

/** The x-axis labels as drawn (recharts gives SVG text no role). */
export const xTicks = (page: Page): Locator =>
  chartFigure(page).locator('.recharts-xAxis-tick-labels text');

/** The value of one Summary figure, found by its term ("Walk-ins", "Peak", …). */
export function summaryValue(page: Page, term: string): Locator {
  return page
    .getByRole('region', { name: /^(Summary|概览)$/ })
    .locator('div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');
}

/** Opens a view by URL and waits for its chart. */
export async function openView(page: Page, view: ViewQuery): Promise<void> {
  await page.goto(viewPath(view));
  await expect(chartFigure(page)).toBeVisible();
  await settled(page);
}

/**
 * Waits until no refetch is under way (the previous chart stays up while one runs), and the app
 * has replaced the first paint (which marks itself busy too).
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.traffic[aria-busy="true"]')).toHaveCount(0);
}

/** A count as en-US shows it: `7,858`, `-15`. */
export const formatCount = (value: number, locale = 'en-US'): string =>
  new Intl.NumberFormat(locale).format(value);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The local wall clock of an ISO bucket start, `HH:mm`, read from its text (device zone). */
export const localHour = (start: string): string => start.slice(11, 16);

/** Saves a screenshot for people to look at; never compared by a test. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = join(tmpdir(), 'shots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `e2e-${name}.png`), fullPage: true });
}

export const CHINESE_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
