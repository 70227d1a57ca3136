#!/usr/bin/env node
// Runs the pnpm release pinned in package.json's `packageManager`, so that a fresh machine with
// only Node and npm can use the README commands. Corepack is not used: its download fails its
// signature check on some machines. A pnpm already on the PATH is used when its version matches.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pinned = /^pnpm@(\d+\.\d+\.\d+)/.exec(manifest.packageManager ?? '')?.[1];
if (!pinned) {
  console.error('package.json: packageManager must name a pnpm release, e.g. "pnpm@10.34.9"');
  process.exit(1);
}

const args = process.argv.slice(2);
const installed = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
const useLocal = installed.status === 0 && installed.stdout.trim() === pinned;
const [command, commandArgs] = useLocal
  ? ['pnpm', args]
  : ['npx', ['--yes', `pnpm@${pinned}`, ...args]];

const run = spawnSync(command, commandArgs, { stdio: 'inherit' });
process.exit(run.status ?? 1);
