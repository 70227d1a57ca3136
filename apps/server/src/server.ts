/**
 * Running the app on a port, and stopping it gracefully: stop accepting, let in-flight requests
 * finish, then resolve (forcing the last connections closed after a grace period).
 */
import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

export interface ServeOptions {
  fetch: (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>;
  port: number;
  host: string;
  /** How long in-flight requests may take to finish after `close()`; default 10 s. */
  graceMs?: number;
}

/**
 * @example const server = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' });
 */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const graceMs = options.graceMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: options.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              const force = setTimeout(() => {
                if (server instanceof Server) server.closeAllConnections();
              }, graceMs);
              // A keep-alive socket goes idle once its request finishes and would hold `close`
              // open until the client hangs up: keep closing the idle ones.
              const sweep = setInterval(() => {
                if (server instanceof Server) server.closeIdleConnections();
              }, 25);
              server.close(() => {
                clearTimeout(force);
                clearInterval(sweep);
                done();
              });
              if (server instanceof Server) server.closeIdleConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
