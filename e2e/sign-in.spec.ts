/**
 * Sign-in against a real server with AUTH=local and the sandbox's demo users (README): a store
 * manager of Nanjing Road and the head office's admin. Runs in the `sign-in` project (its own
 * server); the default suite stays on AUTH=none.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { MAC, PAST_WEEK, settled, shot, STORE, STORE_WEEK, storeViewPath } from './support.ts';

const MANAGER = { username: 'manager', password: 'footfall-manager', name: 'Nanjing Road manager' };
const ADMIN = { username: 'admin', password: 'footfall-admin', name: 'Head office' };

const OVERVIEW = `/overview?from=${PAST_WEEK.from}&to=${PAST_WEEK.to}&businessHours=false`;
const GINZA_WEEK = { ...STORE_WEEK, store: STORE.ginza };

const picker = (page: Page) => page.getByRole('combobox', { name: 'Store or door' });
const userMenu = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function openSignedIn(page: Page, path: string, who: typeof MANAGER): Promise<void> {
  await page.goto(path);
  await signIn(page, who);
  await expect(userMenu(page, who.name)).toBeVisible();
}

const overviewTable = (page: Page) => page.getByRole('table', { name: 'All stores' });
const storeNames = (page: Page) =>
  overviewTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('th, td')?.textContent ?? ''));

test.describe('sign-in (AUTH=local)', () => {
  test('should show the sign-in page with labelled fields, in both languages', async ({ page }) => {
    await page.goto(storeViewPath(STORE_WEEK));
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveAttribute('autocomplete', 'username');
    await expect(page.getByLabel('Password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(page.getByRole('region', { name: 'Summary' })).toHaveCount(0);
    await shot(page, 'sign-in-en');
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(page.getByLabel('用户名')).toBeVisible();
    await expect(page.getByLabel('密码')).toBeVisible();
    await shot(page, 'sign-in-zh');
  });

  test('should say a wrong password plainly, then open the linked view once signed in', async ({
    page,
  }) => {
    const path = storeViewPath(STORE_WEEK);
    await page.goto(path);
    await signIn(page, { username: MANAGER.username, password: 'not-the-password' });
    await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
    await page.getByLabel('Password').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(userMenu(page, MANAGER.name)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
  });

  test('should show a store manager only their store, in the picker and the overview', async ({
    page,
  }) => {
    await openSignedIn(page, storeViewPath(STORE_WEEK), MANAGER);
    // The user menu shows before the dashboard has its lists: wait for the picker's options.
    await expect(picker(page).locator('option').first()).toBeAttached();
    await settled(page);
    const values = await picker(page)
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect([
        `store:${STORE.nanjing}`,
        `device:${MAC.main}`,
        `device:${MAC.side}`,
        `device:${MAC.face}`,
      ]).toContain(value);
    }
    await shot(page, 'sign-in-manager-dashboard');
    await page.goto(OVERVIEW);
    await expect(overviewTable(page)).toBeVisible();
    expect(await storeNames(page)).toEqual(['Nanjing Road Flagship']);
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');
    await expect(page.getByRole('button', { name: MANAGER.name, exact: true })).toBeVisible();
    await shot(page, 'sign-in-manager-overview-zh');
  });

  test('should show an admin every store', async ({ page, request }) => {
    await openSignedIn(page, OVERVIEW, ADMIN);
    await expect(overviewTable(page)).toBeVisible();
    const names = await storeNames(page);
    expect(names).toEqual(
      expect.arrayContaining([
        'Nanjing Road Flagship',
        'Lujiazui Metro Kiosk',
        'Ginza Boutique',
        'Xintiandi Pop-up',
        'Berlin Hauptbahnhof',
      ]),
    );
    // The page's own request context is not signed in: the API answers it 401.
    expect((await request.get('/api/stores')).status()).toBe(401);
  });

  test("should answer 404 for a store or door outside one's access, as for one that does not exist", async ({
    page,
  }) => {
    await openSignedIn(page, storeViewPath(STORE_WEEK), MANAGER);
    const api = page.request;
    const week = { from: PAST_WEEK.from, to: PAST_WEEK.to, granularity: 'day' };
    const ginza = await api.get('/api/traffic', { params: { store: STORE.ginza, ...week } });
    expect(ginza.status()).toBe(404);
    expect(((await ginza.json()) as { error: { code: string } }).error.code).toBe('UNKNOWN_STORE');
    const tokyo = await api.get('/api/traffic', { params: { mac: MAC.tokyo, ...week } });
    expect(tokyo.status()).toBe(404);
    expect(((await tokyo.json()) as { error: { code: string } }).error.code).toBe('UNKNOWN_DEVICE');
    const none = await api.get('/api/traffic', { params: { store: 'no-such-store', ...week } });
    expect(none.status()).toBe(404);
    expect(await none.json()).toMatchObject({ error: { code: 'UNKNOWN_STORE' } });
    const own = await api.get('/api/traffic', { params: { store: STORE.nanjing, ...week } });
    expect(own.status()).toBe(200);
    // A link to a store the manager may not see opens their own store, and says so: Ginza's
    // name or figures never show, only the id the link itself holds.
    await page.goto(storeViewPath(GINZA_WEEK));
    await expect(page.getByRole('figure', { name: /Nanjing Road Flagship/ })).toBeVisible();
    await expect(page.getByTestId('unseen-subject')).toHaveText(
      'The link is for “ginza”, a store or door you cannot see, or that no longer exists. Showing Nanjing Road Flagship instead.',
    );
    await expect(page.getByText(/Ginza/)).toHaveCount(0);
  });

  test('should sign out from the user menu, ending the session on the server', async ({
    page,
    context,
  }) => {
    await openSignedIn(page, storeViewPath(STORE_WEEK), MANAGER);
    const cookie = (await context.cookies()).find((c) => c.name === 'footfall_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    await userMenu(page, MANAGER.name).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(userMenu(page, MANAGER.name)).toHaveCount(0);
    // The old cookie, put back, no longer works.
    if (cookie) await context.addCookies([cookie]);
    expect((await page.request.get('/api/stores')).status()).toBe(401);
  });

  test('should lead an ended session to sign-in, and back to the same view after', async ({
    page,
    context,
  }) => {
    await openSignedIn(page, storeViewPath(STORE_WEEK), MANAGER);
    await page.getByRole('radio', { name: 'Day', exact: true }).check();
    await settled(page);
    const view = page.url();
    expect(view).toContain('granularity=day');
    // The session ends on the server while the page still has its cookie (as when it expires).
    const cookies = await context.cookies();
    expect((await page.request.delete('/api/session')).status()).toBe(204);
    await context.addCookies(cookies);
    // The page's next request meets the 401: the click's, or one the page makes on its own.
    await page
      .getByRole('radio', { name: 'Week', exact: true })
      .check({ timeout: 3000 })
      .catch(() => undefined);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    const ended = page.url();
    await signIn(page, MANAGER);
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    expect(page.url()).toBe(ended);
    expect([view, view.replace('granularity=day', 'granularity=week')]).toContain(ended);
  });

  test('should refuse a forged session cookie with 401 and show the sign-in page', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([
      { name: 'footfall_session', value: 'A'.repeat(43), url: baseURL ?? '' },
    ]);
    const stores = await page.request.get('/api/stores');
    expect(stores.status()).toBe(401);
    expect(await stores.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    await page.goto(storeViewPath(STORE_WEEK));
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  test('should stop guessing after 5 failures with 429, showing how long to wait', async ({
    page,
  }) => {
    // A username of its own, so the limit locks out no other test's user.
    const guesser = { username: 'guesser', password: 'wrong' };
    await page.goto(storeViewPath(STORE_WEEK));
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, guesser);
      await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
      await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
    }
    await signIn(page, guesser);
    await expect(page.getByRole('alert')).toContainText(/try again in 1[45] minutes/);
    const answer = await page.request.post('/api/session', {
      data: guesser,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status()).toBe(429);
    expect(Number(answer.headers()['retry-after'])).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(/请 1[45] 分钟后再试/);
  });

  test('should refuse a sign-in or sign-out from another site with 403', async ({
    page,
    baseURL,
  }) => {
    await page.goto(storeViewPath(STORE_WEEK));
    const foreign = { origin: 'https://evil.example', 'content-type': 'application/json' };
    const signInAnswer = await page.request.post('/api/session', {
      data: MANAGER,
      headers: foreign,
    });
    expect(signInAnswer.status()).toBe(403);
    expect(await signInAnswer.json()).toMatchObject({ error: { code: 'FOREIGN_ORIGIN' } });
    const signOutAnswer = await page.request.delete('/api/session', { headers: foreign });
    expect(signOutAnswer.status()).toBe(403);
    // The same request from this site's own origin is let through.
    const own = await page.request.post('/api/session', {
      data: { username: MANAGER.username, password: MANAGER.password },
      headers: { origin: baseURL ?? '', 'content-type': 'application/json' },
    });
    expect(own.status()).toBe(200);
  });
});
