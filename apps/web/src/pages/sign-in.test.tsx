import type { Session } from '@footfall/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calledPaths, MANAGER, MANAGER_PASSWORD, mockApi } from '../test/app-api.ts';
import { renderApp } from '../test/render-app.tsx';

const VIEW =
  '/?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

const SIGNED_OUT: Session = { auth: 'local', user: null };
const SIGNED_IN: Session = { auth: 'local', user: MANAGER };

const summary = () => screen.findByRole('region', { name: 'Summary' });

/** The sign-in alert's text, once it has some (the password form's alert is always there). */
const alertText = () =>
  waitFor(() => {
    const text = screen.getByRole('alert').textContent;
    expect(text).not.toBe('');
    return text;
  });

async function signInAs(username: string, password: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('should show nothing about sign-in with AUTH=none', async () => {
    mockApi();
    renderApp(VIEW);
    await summary();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('button', { name: /Nanjing Road manager/ })).toBeNull();
    expect(screen.queryByText(/Sign/)).toBeNull();
  });

  it('should ask for a username and password with real labels and autocomplete', async () => {
    mockApi({ session: SIGNED_OUT });
    renderApp(VIEW);
    const username = await screen.findByLabelText('Username');
    expect(username.getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });

  it('should say a wrong password plainly, and open the same view once signed in', async () => {
    const mock = mockApi({ session: SIGNED_OUT });
    renderApp(VIEW);
    await signInAs('manager', 'wrong');
    expect(await alertText()).toContain('The username or password is not right.');
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), MANAGER_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await summary();
    expect(window.location.pathname + window.location.search).toBe(VIEW);
    expect(screen.getByRole('button', { name: 'Nanjing Road manager' })).toBeTruthy();
    expect(calledPaths(mock)).toContain('/api/traffic');
  });

  it('should say how long to wait after too many attempts, from Retry-After, in both languages', async () => {
    const api = mockApi({ session: SIGNED_OUT });
    // The server's guessing limit: five failures for a username within 15 minutes.
    for (let i = 0; i < 5; i++) expect(await api.signIn('manager', 'guess')).toBe(401);
    expect(await api.signIn('manager', 'guess')).toBe(429);
    const { unmount } = renderApp(VIEW);
    await signInAs('manager', 'guess');
    expect(await alertText()).toContain('try again in 15 minutes');
    unmount();
    renderApp(VIEW, 'zh');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('用户名'), 'manager');
    await user.type(screen.getByLabelText('密码'), 'guess');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await alertText()).toContain('请 15 分钟后再试');
  });

  it("should prefer the answer's own retryAfterSeconds", async () => {
    const limited = () => ({
      status: 429,
      body: {
        error: { code: 'RATE_LIMITED' as const, message: 'Slow down.', retryAfterSeconds: 40 },
      },
      headers: { 'retry-after': '900' },
    });
    // The server sends the same wait in both; this answer is made up to tell them apart.
    mockApi({ session: SIGNED_OUT, signInAnswer: limited });
    renderApp(VIEW);
    await signInAs('manager', 'guess');
    expect(await alertText()).toContain('try again in 40 seconds');
  });

  it('should say so when the server cannot be reached', async () => {
    mockApi({
      session: SIGNED_OUT,
      signInAnswer: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderApp(VIEW);
    await signInAs('manager', MANAGER_PASSWORD);
    expect(await alertText()).toMatch(/could not be reached/);
  });

  it('should link to the provider with the current view to come back to, with AUTH=oidc', async () => {
    mockApi({ session: { auth: 'oidc', user: null } });
    renderApp(VIEW);
    const link = await screen.findByRole('link', { name: 'Sign in with single sign-on' });
    const target = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(target.pathname).toBe('/auth/login');
    expect(target.searchParams.get('return')).toBe(VIEW);
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should say so when the provider sent the user back without a session', async () => {
    mockApi({ session: { auth: 'oidc', user: null } });
    renderApp('/?signin=failed', 'zh');
    // The page's requests may answer 401 before the session does: wait for the sign-in page.
    expect(await screen.findByRole('link', { name: '使用单点登录' })).toBeTruthy();
    expect(await alertText()).toBe('单点登录未成功，请重试。');
  });

  it("should say sign-in is unavailable for a moment when the server's session store is away", async () => {
    mockApi({ session: { auth: 'oidc', user: null } });
    renderApp('/?signin=unavailable');
    expect(await screen.findByRole('link', { name: 'Sign in with single sign-on' })).toBeTruthy();
    expect(await alertText()).toBe('Sign-in is unavailable for a moment; try again shortly.');
  });
});

describe('UserMenu', () => {
  it("should show the user's name and sign out, back to the sign-in page", async () => {
    const mock = mockApi({ session: SIGNED_IN });
    renderApp(VIEW);
    await summary();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Nanjing Road manager' }));
    expect(screen.getByText('Signed in as Nanjing Road manager')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Password');
    const deletes = mock.mock.calls.filter(([, init]) => init?.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });

  it('should show the menu in Chinese', async () => {
    mockApi({ session: SIGNED_IN });
    renderApp(VIEW, 'zh');
    const button = await screen.findByRole('button', { name: 'Nanjing Road manager' });
    await userEvent.setup().click(button);
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel && within(panel).getByText('已登录：Nanjing Road manager')).toBeTruthy();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeTruthy();
  });
});

describe('SessionGate', () => {
  it('should lead an expired session to sign-in and back to the same view', async () => {
    const mock = mockApi({ session: SIGNED_IN });
    renderApp(VIEW);
    await summary();
    await mock.expire();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Day' }));
    await screen.findByLabelText('Password');
    const view = window.location.pathname + window.location.search;
    expect(view).toContain('granularity=day');
    await signInAs('manager', MANAGER_PASSWORD);
    await summary();
    await waitFor(() => {
      expect(window.location.pathname + window.location.search).toBe(view);
    });
  });
});
