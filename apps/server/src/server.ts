/**
 * Running the app on a port, and stopping it gracefully: stop accepting, let in-flight requests
 * finish, then resolve (forcing the last connections closed after a grace period).
 */
import { Server, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import type { ErrorBody } from '@footfall/contract';

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

/** What Node's own HTTP parser refused, as the API's other errors say it. */
function parserRefusal(code: string | undefined): { status: number; body: ErrorBody } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      body: {
        error: {
          code: 'HEADERS_TOO_LARGE',
          message: 'The request line and headers are too large.',
        },
      },
    };
  }
  return {
    status: 400,
    body: { error: { code: 'BAD_REQUEST', message: 'The request is not well-formed HTTP.' } },
  };
}

/**
 * Answers a request Node's parser refused (an over-long or malformed request line, a header block
 * over Node's limit) with a JSON error like every other, then closes the connection. A socket that
 * is gone, or already answering, is only closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const { status, body } = parserRefusal(error.code);
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      'X-Content-Type-Options: nosniff\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'Connection: close\r\n\r\n' +
      json,
  );
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
    server.on('clientError', answerClientError);
    server.once('error', reject);
  });
}
