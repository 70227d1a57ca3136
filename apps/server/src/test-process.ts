/**
 * The server as its own process, as `pnpm start` runs it (Node on the bundle that
 * `test-bundle.ts` built for this run), with only the given environment: for tests of start-up,
 * signals and instances that die.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** The address from the start line; rejects with the output if the process exits first. */
  url: Promise<string>;
  /** The exit code (`null` when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
}

/**
 * @example const server = startServerProcess({ PORT: '0' }); const url = await server.url;
 */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [inject('serverBundle')], {
    cwd: serverRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => {
      reject(new Error(output));
    });
  });
  // A test that expects a refusal never waits for the URL.
  url.catch(() => undefined);
  return { child, url, exited, output: () => output };
}
