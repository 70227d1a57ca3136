/**
 * axe-core finds nothing on the dashboard (of a door and of a store, with its door table) and on
 * the overview, in English and in Chinese, at a desktop's width and at a phone's (issue 22).
 * The sign-in page and a signed-in manager's dashboard: accessibility.sign-in.spec.ts.
 */
import { type Page } from '@playwright/test';
import { chooseLanguage, expectNoAxeViolations, LANGUAGES, WIDTHS } from './axe.ts';
import { expect, test } from './test.ts';
import { openView, PAST_WEEK, settled, STORE_WEEK, storeViewPath } from './support.ts';

const OVERVIEW = `/overview?from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&businessHours=false`;

/** The store's door table (its inner doors have a table of their own). */
const doorTable = (page: Page) => page.getByRole('table', { name: /^(Doors|各入口)$/ });

for (const width of WIDTHS) {
  test.describe(`accessibility at ${width.name}`, () => {
    test.use(width.use);

    for (const language of LANGUAGES) {
      test(`should pass axe on a door's dashboard in ${language.locale}`, async ({ page }) => {
        await openView(page, PAST_WEEK);
        await chooseLanguage(page, language);
        await settled(page);
        await expectNoAxeViolations(page);
      });

      test(`should pass axe on a store's dashboard and its door table in ${language.locale}`, async ({
        page,
      }) => {
        await page.goto(storeViewPath(STORE_WEEK));
        await chooseLanguage(page, language);
        await expect(doorTable(page)).toBeVisible();
        await settled(page);
        await expectNoAxeViolations(page);
      });

      test(`should pass axe on the overview in ${language.locale}`, async ({ page }) => {
        await page.goto(OVERVIEW);
        await chooseLanguage(page, language);
        await expect(page.getByRole('table')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}
