#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (never a downloaded browser build). Installs it
// with apt-get when it is missing and this process may do so; otherwise says what to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`${CHROMIUM} is missing. Install it first: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Installing Debian chromium for the end-to-end tests…');
// A CJK font too, so the Chinese interface and its exported charts show glyphs, not boxes.
for (const args of [
  ['update'],
  ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'],
]) {
  const run = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
