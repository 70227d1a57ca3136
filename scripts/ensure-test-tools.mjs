#!/usr/bin/env node
// The tests run real parts from Debian's packages: Chromium for the end-to-end tests (never a
// downloaded browser build) and redis-server for the tests of instances sharing one Redis.
// Installs what is missing with apt-get when this process may do so; otherwise says what to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const TOOLS = [
  // A CJK font with Chromium, so the Chinese interface and its exported charts show glyphs.
  { path: '/usr/bin/chromium', packages: ['chromium', 'fonts-wqy-microhei'] },
  { path: '/usr/bin/redis-server', packages: ['redis-server'] },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);
const packages = missing.flatMap((tool) => tool.packages);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `${missing.map((tool) => tool.path).join(' and ')} missing. Install first: sudo apt-get install -y ${packages.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installing Debian's ${packages.join(', ')} for the tests…`);
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
  const run = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
