/**
 * Runs autocannon in its own process (so it does not share the server's event loop) and reads
 * its JSON report with `schema`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

const BIN = fileURLToPath(new URL('../node_modules/.bin/autocannon', import.meta.url));

/**
 * @example const report = await autocannon(['-c', '50', '-d', '5', url], reportSchema);
 */
export function autocannon<S extends z.ZodType>(args: string[], schema: S): Promise<z.infer<S>> {
  const child = spawn(BIN, ['-j', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', () => {
      try {
        resolve(schema.parse(JSON.parse(output)));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
