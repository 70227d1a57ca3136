/**
 * Sign-in with OpenID Connect against a real provider (`oidc-provider`, started by
 * e2e/oidc-server.ts): "Sign in with …", the provider's own login page, and back on the view the
 * link named, with only that user's stores. Runs in the `oidc` project on its own server.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { MAC, PAST_WEEK, STORE, STORE_WEEK, storeViewPath } from './support.ts';

const OVERVIEW = `/overview?from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&businessHours=false`;

/** Through the provider's development login and consent pages, as `login`. */
async function signInAtProvider(page: Page, login: string, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  // The consent page, the first time this user meets the client.
  const consent = page.locator('button[type="submit"]', { hasText: /continue/i });
  const landed = page.getByRole('button', { name, exact: true });
  await expect(consent.or(landed)).toBeVisible();
  if (await consent.isVisible()) await consent.click();
}

test.describe('sign-in with OpenID Connect', () => {
  test("should pass the provider's login page and land on the linked view with only that user's stores", async ({
    page,
    baseURL,
  }) => {
    const path = storeViewPath({ ...STORE_WEEK, store: STORE.ginza });
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveCount(0);
    await signInAtProvider(page, 'manager', 'Ginza manager');
    await expect(page.getByRole('button', { name: 'Ginza manager', exact: true })).toBeVisible();
    expect(page.url()).toBe(`${baseURL ?? ''}${path}`);
    await expect(page.getByRole('figure', { name: /Ginza Boutique/ })).toBeVisible();
    const values = await page
      .getByRole('combobox', { name: 'Store or door' })
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(values).toEqual([`store:${STORE.ginza}`, `device:${MAC.tokyo}`]);
    await page.goto(OVERVIEW);
    const rows = page.getByRole('table', { name: 'All stores' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Ginza Boutique');
  });
});
