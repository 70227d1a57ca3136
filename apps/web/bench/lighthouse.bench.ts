/**
 * `pnpm bench:web` (Lighthouse part): Lighthouse 12's mobile preset (simulated slow 4G, a 4×
 * slower CPU) on the built product in Debian's Chromium (`CHROME_PATH`, default
 * /usr/bin/chromium; never a downloaded browser), for a device's week of hours, a store's week of
 * hours and 92 days of hours. Prints the median of 3 runs of each figure next to its budget
 * (issue 13). Figures, not a timed test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const serverRoot = fileURLToPath(new URL('../../server', import.meta.url));
// WEB_BENCH_PORT lets two checkouts run the bench side by side (web.bench.ts has finished by then).
const PORT = Number(process.env.WEB_BENCH_PORT ?? 8798);
/** A folder to write each run's full Lighthouse report to (its diagnostics), when set. */
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
/** Only the views whose name holds this, when set (a quicker look while working on one). */
const ONLY = process.env.LIGHTHOUSE_ONLY;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 3;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const WEEK = 'from=2026-11-23&to=2026-11-29&granularity=hour&businessHours=false';
const VIEWS = [
  { name: "a device's week of hours", path: `/?device=d47c44906f14&${WEEK}` },
  { name: "a store's week of hours", path: `/?store=nanjing-road&${WEEK}` },
  {
    name: '92 days of hours',
    path: '/?store=nanjing-road&from=2026-08-30&to=2026-11-29&granularity=hour&businessHours=false',
  },
];
/** The figures, each with how it reads and its budget. */
const FIGURES = [
  {
    key: 'performance',
    label: 'performance score',
    unit: '',
    budget: (v: number) => v >= 95,
    text: '≥ 95',
  },
  {
    key: 'lcp',
    label: 'largest contentful paint',
    unit: ' ms',
    budget: (v: number) => v <= 2000,
    text: '≤ 2000 ms',
  },
  {
    key: 'fcp',
    label: 'first contentful paint',
    unit: ' ms',
    budget: (v: number) => v <= 1500,
    text: '≤ 1500 ms',
  },
  {
    key: 'tbt',
    label: 'total blocking time',
    unit: ' ms',
    budget: (v: number) => v <= 200,
    text: '≤ 200 ms',
  },
  {
    key: 'accessibility',
    label: 'accessibility',
    unit: '',
    budget: (v: number) => v >= 100,
    text: '100',
  },
  {
    key: 'bestPractices',
    label: 'best practices',
    unit: '',
    budget: (v: number) => v >= 100,
    text: '100',
  },
] as const;
type Key = (typeof FIGURES)[number]['key'];

/** The median of the runs that measured something (a failed run leaves no figure, not NaN). */
const median = (values: readonly number[]): number => {
  const measured = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return measured[Math.floor(measured.length / 2)] ?? Number.NaN;
};

for (const [command, args, cwd] of [
  ['pnpm', ['--filter', '@footfall/web', 'build'], repoRoot],
  ['pnpm', ['build'], serverRoot],
] as const) {
  if (spawnSync(command, args, { cwd, stdio: 'ignore' }).status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}
const server = spawn(process.execPath, ['dist/main.js'], {
  cwd: serverRoot,
  env: { ...process.env, PORT: String(PORT), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) break;
    } catch {
      if (i > 300) throw new Error('the server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    console.log(`Lighthouse ${RUNS} runs each, mobile preset, median (budget):`);
    if (REPORTS !== undefined) mkdirSync(REPORTS, { recursive: true });
    for (const view of VIEWS.filter(({ name }) => ONLY === undefined || name.includes(ONLY))) {
      // A first visit warms the server's cache: the figures are the page's, not the sandbox's.
      await fetch(ORIGIN + view.path);
      const runs: Record<Key, number[]> = {
        performance: [],
        lcp: [],
        fcp: [],
        tbt: [],
        accessibility: [],
        bestPractices: [],
      };
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(ORIGIN + view.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('Lighthouse gave no result');
        if (REPORTS !== undefined) {
          const file = join(REPORTS, `${view.name.replace(/\W+/g, '-')}-${run + 1}.json`);
          writeFileSync(file, JSON.stringify(lhr));
        }
        if (lhr.runtimeError) {
          console.log(`  ${view.name}: run ${run + 1} failed (${lhr.runtimeError.code}), left out`);
          continue;
        }
        runs.performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        runs.accessibility.push(Math.round((lhr.categories.accessibility?.score ?? 0) * 100));
        runs.bestPractices.push(Math.round((lhr.categories['best-practices']?.score ?? 0) * 100));
        runs.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
        runs.fcp.push(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN);
        runs.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
      }
      console.log(`  ${view.name}:`);
      for (const figure of FIGURES) {
        const value = median(runs[figure.key]);
        console.log(
          `    ${figure.label.padEnd(26)} ${value.toFixed(0).padStart(5)}${figure.unit}  (${figure.text}${figure.budget(value) ? '' : ', OVER BUDGET'}; runs ${runs[figure.key].map((v) => v.toFixed(0)).join(', ')})`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.kill('SIGTERM');
}
