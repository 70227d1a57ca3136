/**
 * `pnpm --filter @footfall/server hash-password`: reads a password from standard input (one
 * line; the line break is not part of it) and prints its scrypt PHC string for USERS_FILE.
 *
 * @example echo -n 'correct horse' | pnpm --filter @footfall/server hash-password
 */
import { hashPassword } from './auth/password.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl-D): ');
  const password = (await readStdin()).replace(/\r?\n$/, '');
  if (password === '') {
    process.stderr.write('No password on standard input.\n');
    process.exit(1);
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
}

void main();
