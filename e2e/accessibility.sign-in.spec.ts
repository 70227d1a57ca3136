/**
 * axe-core finds nothing on the sign-in page (signed out) nor on a signed-in store manager's
 * dashboard, in English and in Chinese, at a desktop's width and at a phone's (issue 22). Runs in
 * the `sign-in` project (AUTH=local, the sandbox's demo users).
 */
import { chooseLanguage, expectNoAxeViolations, LANGUAGES, WIDTHS } from './axe.ts';
import { expect, test } from './test.ts';
import { settled, STORE_WEEK, storeViewPath } from './support.ts';

const MANAGER = { username: 'manager', password: 'footfall-manager', name: 'Nanjing Road manager' };

for (const width of WIDTHS) {
  test.describe(`accessibility with sign-in at ${width.name}`, () => {
    test.use(width.use);

    for (const language of LANGUAGES) {
      test(`should pass axe on the sign-in page in ${language.locale}`, async ({ page }) => {
        await page.goto(storeViewPath(STORE_WEEK));
        await chooseLanguage(page, language);
        await expect(page.getByRole('heading', { name: /^(Sign in|登录)$/ })).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test(`should pass axe on a signed-in manager's dashboard in ${language.locale}`, async ({
        page,
      }) => {
        await page.goto(storeViewPath(STORE_WEEK));
        await chooseLanguage(page, language);
        await page.getByLabel(/^(Username|用户名)$/).fill(MANAGER.username);
        await page.getByLabel(/^(Password|密码)$/).fill(MANAGER.password);
        await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
        await expect(page.getByRole('button', { name: MANAGER.name, exact: true })).toBeVisible();
        await expect(page.getByRole('table', { name: /^(Doors|各入口)$/ })).toBeVisible();
        await settled(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}
