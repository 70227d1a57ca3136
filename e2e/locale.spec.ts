import { expect, test } from './test.ts';
import {
  caption,
  fetchTraffic,
  formatCount,
  openView,
  PAST_WEEK,
  shot,
  summaryValue,
  xTicks,
  type ViewQuery,
} from './support.ts';

const DAYS: ViewQuery = { ...PAST_WEEK, granularity: 'day' };
const ZH_WEEK = [
  '周一 03-27',
  '周二 03-28',
  '周三 03-29',
  '周四 03-30',
  '周五 03-31',
  '周六 04-01',
  '周日 04-02',
];

test.describe('language switch', () => {
  test('should switch the whole screen to Chinese and remember it', async ({ page, request }) => {
    const traffic = await fetchTraffic(request, DAYS);
    await openView(page, DAYS);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await page
      .getByRole('combobox', { name: 'Language / 语言' })
      .selectOption({ label: '简体中文' });

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByText('沙盒数据')).toBeVisible();
    await expect(page.getByRole('combobox', { name: '门店或入口' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '开始日期' })).toHaveValue(DAYS.from);
    await expect(page.getByRole('textbox', { name: '结束日期' })).toHaveValue(DAYS.to);
    await expect(page.getByRole('group', { name: '快捷日期' }).getByRole('button')).toHaveText([
      '今天',
      '昨天',
      '最近 7 天',
      '最近 30 天',
      '本月',
      '上月',
      '今年',
    ]);
    await expect(page.getByRole('radiogroup', { name: '粒度' }).getByRole('radio')).toHaveCount(6);
    await expect(page.getByRole('radio', { name: '日', exact: true })).toBeChecked();
    await expect(page.getByRole('switch', { name: '仅营业时间' })).toBeVisible();
    await expect(page.getByRole('button', { name: '导出 PNG' })).toBeVisible();
    await expect(summaryValue(page, '进店')).toHaveText(
      formatCount(traffic.totals.walkIn, 'zh-CN'),
    );
    await expect(summaryValue(page, '出店')).toHaveText(
      formatCount(traffic.totals.walkOut ?? Number.NaN, 'zh-CN'),
    );
    await expect(caption(page)).toContainText(
      '2023年3月27日 – 2023年4月2日 · 按日 · 全天 · 时区 Asia/Shanghai',
    );
    await expect(xTicks(page)).toHaveText(ZH_WEEK);
    await shot(page, 'chinese');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(xTicks(page)).toHaveText(ZH_WEEK);

    await page
      .getByRole('combobox', { name: 'Language / 语言' })
      .selectOption({ label: 'English' });
    await expect(page.getByRole('combobox', { name: 'Store or door' })).toBeVisible();
    await expect(xTicks(page).first()).toHaveText('Mon 03-27');
  });
});

test.describe('Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('should open in Chinese with Chinese dates and numbers', async ({ page, request }) => {
    const year: ViewQuery = {
      ...PAST_WEEK,
      from: '2023-01-01',
      to: '2023-12-31',
      granularity: 'month',
    };
    const traffic = await fetchTraffic(request, year);
    expect(traffic.totals.walkIn).toBeGreaterThan(1000); // so the grouping separator shows
    await openView(page, year);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('combobox', { name: '门店或入口' })).toBeVisible();
    await expect(caption(page)).toContainText('2023年1月1日 – 2023年12月31日 · 按月');
    await expect(xTicks(page).first()).toHaveText('2023年1月');
    await expect(summaryValue(page, '进店')).toHaveText(
      formatCount(traffic.totals.walkIn, 'zh-CN'),
    );
    await expect(summaryValue(page, '峰值')).toContainText(/（2023年\d{1,2}月）$/);

    await page.getByRole('radio', { name: '周', exact: true }).check();
    await expect(xTicks(page).first()).toHaveText(/^第\d+周（\d{1,2}月\d{1,2}日）$/);
    await page.getByRole('radio', { name: '年', exact: true }).check();
    await expect(xTicks(page)).toHaveText(['2023年']);
  });
});
