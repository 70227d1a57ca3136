import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium.ts';

// E2E_PORT lets two checkouts run their suites side by side on one machine; the servers with
// sign-in take the next port.
const PORT = Number(process.env.E2E_PORT ?? 8790);
const LOCAL_PORT = PORT + 1;
const OIDC_PORT = PORT + 2;

const DEVICES_FILE = fileURLToPath(new URL('e2e/devices.json', import.meta.url));

/** The server's environment on `port`, with `extra` (AUTH and its settings). */
const serverEnv = (port: number, extra: Record<string, string> = {}) => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  DEVICES_FILE,
  RATE_LIMIT_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
  ...extra,
});

/** Specs that need a server with sign-in; the default project (AUTH=none) leaves them out. */
const SIGN_IN_SPECS = /sign-in\.spec\.ts/;
const OIDC_SPECS = /oidc\.spec\.ts/;

/**
 * End-to-end tests drive the built product — the server on its embedded sandbox serving the
 * built SPA — in Debian's Chromium. No browser is ever downloaded. The default project runs on
 * an open server (AUTH=none, the sandbox's default); `sign-in` runs on a second server with
 * AUTH=local and the sandbox's demo users; `oidc` on a third with AUTH=oidc against a real
 * `oidc-provider` (e2e/oidc-server.ts). Web servers start in order: the first builds.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    acceptDownloads: true,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    { name: 'default', testIgnore: [SIGN_IN_SPECS, OIDC_SPECS] },
    {
      name: 'sign-in',
      testMatch: SIGN_IN_SPECS,
      use: { baseURL: `http://127.0.0.1:${LOCAL_PORT}` },
    },
    {
      name: 'oidc',
      testMatch: OIDC_SPECS,
      use: { baseURL: `http://127.0.0.1:${OIDC_PORT}` },
    },
  ],
  webServer: [
    {
      command: 'pnpm build && pnpm start',
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: serverEnv(PORT),
    },
    {
      command: 'pnpm start',
      url: `http://127.0.0.1:${LOCAL_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: serverEnv(LOCAL_PORT, { AUTH: 'local' }),
    },
    {
      // A real oidc-provider on a free port, then the server signing users in through it.
      command: 'pnpm --filter @footfall/server exec tsx ../../e2e/oidc-server.ts',
      url: `http://127.0.0.1:${OIDC_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: serverEnv(OIDC_PORT),
    },
  ],
});
