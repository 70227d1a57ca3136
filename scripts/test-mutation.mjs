#!/usr/bin/env node
// `pnpm test:mutation [target…]`: runs Stryker over each mutation target in turn (see
// stryker.config.mjs), one line per target as it ends, then a table; exits 1 when a target's
// mutation score is under 90% or its run failed. Stryker's own output goes to
// reports/mutation/<target>/stryker.log, its HTML report beside it. Minutes long, so it is a
// bench-like script, not part of `pnpm test`.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { targets } from './mutation-targets.mjs';

const MIN_SCORE = 90;
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !targets.some((target) => target.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown target ${unknown.join(', ')}; targets: ${targets.map((t) => t.name).join(', ')}`,
  );
  process.exit(2);
}
const chosen = wanted.length === 0 ? targets : targets.filter((t) => wanted.includes(t.name));

/**
 * Stryker's mutation score: detected mutants over the valid ones (a mutant that does not
 * compile or run, or is disabled by a comment, counts for neither).
 * @param {string} reportFile
 */
function scoreOf(reportFile) {
  /** @type {{ files: Record<string, { source: string, mutants: { status: string, mutatorName: string, replacement?: string, location: { start: { line: number } } }[] }> }} */
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  let detected = 0;
  let ignored = 0;
  /** @type {string[]} */
  const undetected = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (mutant.status === 'Ignored') ignored += 1;
      else if (UNDETECTED.has(mutant.status)) {
        const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60);
        undetected.push(
          `${file}:${mutant.location.start.line} ${mutant.status} ${mutant.mutatorName}: ${replacement}`,
        );
      }
    }
  }
  const valid = detected + undetected.length;
  return {
    mutants: valid,
    survived: undetected.length,
    ignored,
    undetected,
    score: valid === 0 ? 100 : (100 * detected) / valid,
  };
}

const rows = [];
let failed = false;
for (const target of chosen) {
  const reports = `reports/mutation/${target.name}`;
  mkdirSync(reports, { recursive: true });
  const started = Date.now();
  const log = openSync(`${reports}/stryker.log`, 'w');
  const run = spawnSync('stryker', ['run', 'stryker.config.mjs'], {
    stdio: ['ignore', log, log],
    env: { ...process.env, FOOTFALL_MUTATION_TARGET: target.name },
  });
  closeSync(log);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    failed = true;
    console.log(
      run.error
        ? `${target.name}: Stryker did not start (${run.error.message}); run it as pnpm test:mutation`
        : `${target.name}: Stryker failed (exit ${run.status ?? run.signal}), see ${reports}/stryker.log`,
    );
    rows.push({
      target: target.name,
      mutants: '-',
      undetected: '-',
      disabled: '-',
      score: 'failed',
      seconds,
    });
    continue;
  }
  const result = scoreOf(`${reports}/mutation.json`);
  const ok = result.score >= MIN_SCORE;
  if (!ok) failed = true;
  console.log(
    `${target.name}: mutation score ${result.score.toFixed(1)}% (${result.survived} of ${result.mutants} mutants undetected) in ${seconds}s${ok ? '' : ` — under ${MIN_SCORE}%`}`,
  );
  for (const line of ok ? [] : result.undetected) console.log(`  ${line}`);
  rows.push({
    target: target.name,
    mutants: result.mutants,
    undetected: result.survived,
    disabled: result.ignored,
    score: `${result.score.toFixed(1)}%`,
    seconds,
  });
}

console.log('');
console.table(rows);
console.log(`HTML reports: reports/mutation/<target>/index.html`);
process.exit(failed ? 1 : 0);
