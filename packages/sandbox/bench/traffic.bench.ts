/**
 * How fast the sandbox makes traffic: the hourly model and the aggregation of a year of hours,
 * which the server's benchmarks and the web's largest charts lean on. Prints figures only.
 */
import { aggregateTraffic } from '../src/aggregate.ts';
import { profileOf } from '../src/devices.ts';
import { hourlyTraffic } from '../src/traffic.ts';

const profile = profileOf('d47c44906f14');
if (!profile) throw new Error('the main entrance is missing from the demo devices');
const from = Date.UTC(2023, 0, 1);

function time(label: string, run: () => void): void {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(
    `${label}: median ${median.toFixed(2)} ms, best ${(times[0] ?? Number.NaN).toFixed(2)} ms (50 runs)`,
  );
}

time('hourly model, 8,760 hours', () => hourlyTraffic(profile, from, 8760));
time('aggregate a year of hours', () =>
  aggregateTraffic(profile, {
    start: from,
    end: Date.UTC(2023, 11, 31, 23, 59, 59),
    granularity: 'hour',
    businessHoursOnly: false,
    now: Date.UTC(2024, 0, 1),
  }),
);
