import { expect, test } from './test.ts';
import { errorBodySchema } from '../packages/contract/src/index.ts';
import { chartFigure, MAC, PAST_WEEK, shot, viewPath } from './support.ts';

const FAULTY = { ...PAST_WEEK, device: MAC.faulty, granularity: 'day' } as const;

test.describe('error state', () => {
  test("should show the server's message with a Retry that fetches again", async ({
    page,
    request,
  }) => {
    const response = await request.get('/api/traffic', {
      params: { mac: FAULTY.device, from: FAULTY.from, to: FAULTY.to, granularity: 'day' },
    });
    expect(response.status()).toBe(502);
    const { error } = errorBodySchema.parse(await response.json());
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', upstreamCode: -500 });
    const { message } = error;
    expect(message.length).toBeGreaterThan(0);

    await page.goto(viewPath(FAULTY));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load traffic');
    await expect(alert).toContainText('The Opretail platform answered with an error (code -500)');
    await expect(alert).toContainText(message);
    await expect(chartFigure(page)).toHaveCount(0);
    await shot(page, 'error');

    const retried = page.waitForRequest(
      (req) => req.url().includes('/api/traffic') && req.url().includes(`mac=${MAC.faulty}`),
    );
    await alert.getByRole('button', { name: 'Retry' }).click();
    await retried;
    await expect(alert).toContainText(message);

    // The device select still works from the error state.
    await page.getByRole('combobox', { name: 'Store or door' }).selectOption(`device:${MAC.main}`);
    await expect(chartFigure(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test("should say the error in Chinese from its code, without the server's English", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('footfall.locale', 'zh');
    });
    await page.goto(viewPath(FAULTY));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('无法加载客流');
    await expect(alert).toContainText('万店掌平台返回错误（代码 -500）');
    await expect(alert).not.toContainText(/[A-Za-z]{4,}/);
    await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  });
});
