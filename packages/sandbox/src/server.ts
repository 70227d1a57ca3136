/**
 * The sandbox on a real port, for running the product against it from outside (the CLI) and for
 * the one test that checks it over loopback.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSandbox, type Sandbox, type SandboxOptions } from './app.ts';

export interface SandboxServerOptions extends SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  hostname: string;
}

export interface SandboxServer {
  sandbox: Sandbox;
  /** The gateway address to give a client, e.g. `http://127.0.0.1:8788/m.api`. */
  gatewayUrl: string;
  /** Stops listening and drops open connections. */
  close: () => Promise<void>;
}

/**
 * Starts a sandbox listening on `hostname:port`.
 *
 * @example const server = await startSandboxServer({ port: 0, hostname: '127.0.0.1' })
 */
export function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const { port, hostname, ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: sandbox.app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        sandbox,
        gatewayUrl: `http://${host}:${info.port}/m.api`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => {
              if (error) fail(error);
              else done();
            });
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
