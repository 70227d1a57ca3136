/**
 * The e2e's AUTH=oidc server: a real OpenID Provider (`oidc-provider`, the server's test
 * provider with its two users) on a free 127.0.0.1 port, then the built Footfall server on
 * `PORT` signing users in through it. Playwright starts this as a web server and stops it
 * (SIGTERM) at the end; both go down together.
 *
 * Usage: PORT=8807 tsx e2e/oidc-server.ts (the rest of the environment as for `pnpm start`)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startTestProvider, TEST_CLIENT } from '../apps/server/src/test-oidc-provider.ts';

const port = process.env.PORT ?? '8807';
const redirectUrl = `http://127.0.0.1:${port}/auth/callback`;
const provider = await startTestProvider([redirectUrl]);

const server = spawn(process.execPath, ['dist/main.js'], {
  cwd: fileURLToPath(new URL('../apps/server/', import.meta.url)),
  stdio: 'inherit',
  env: {
    ...process.env,
    AUTH: 'oidc',
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.clientId,
    OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
    OIDC_REDIRECT_URL: redirectUrl,
  },
});

const stop = () => {
  server.kill('SIGTERM');
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
server.once('exit', (code) => {
  void provider.close().then(() => process.exit(code ?? 0));
});
