import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePasswordHash, verifyPassword } from './auth/password.ts';

const script = fileURLToPath(new URL('./hash-password.ts', import.meta.url));
const serverRoot = fileURLToPath(new URL('..', import.meta.url));

function run(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: serverRoot });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

describe('hash-password', { timeout: 20_000 }, () => {
  it('should print the PHC string of the password on standard input, without its line break', async () => {
    const { code, stdout } = await run('correct horse\n');
    expect(code).toBe(0);
    const hash = parsePasswordHash(stdout.trim());
    if ('problem' in hash) throw new Error(hash.problem);
    expect(hash.log2N).toBe(15);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(stdout).not.toContain('correct horse');
  });

  it('should refuse an empty input', async () => {
    const { code, stderr } = await run('');
    expect(code).toBe(1);
    expect(stderr).toContain('No password');
  });
});
