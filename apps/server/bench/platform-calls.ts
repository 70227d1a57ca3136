/**
 * Platform calls of the views issue 9 prices, counted on the sandbox behind the real app (the
 * same harness as the tests): printed by `pnpm bench` beside the request rates.
 */
import { createHarness, getTraffic, NOW } from '../src/test-kit.ts';

const DAY = 86_400_000;
const date = (instant: number): string => new Date(instant).toISOString().slice(0, 10);
const MAIN = 'd47c44906f14';
const lastWeek = (today: number) => ({ from: date(today - 6 * DAY), to: date(today) });

async function scenario(name: string, target: string, run: () => Promise<number | string>) {
  const calls = await run();
  return `${name}: ${typeof calls === 'number' ? `${calls} calls` : calls} (target ${target})`;
}

/** 92 days touching four hourly chunks (it starts on the last day of one). */
const PAST_92_DAYS = { from: '2023-12-17', to: '2024-03-17' };

async function coldCalls(range: { from: string; to: string }): Promise<number> {
  const { app, calls } = createHarness();
  await getTraffic(app, { mac: MAIN, ...range });
  return calls();
}

/** One line per scenario: its platform calls and the target. */
export async function platformCallLines(): Promise<string[]> {
  // The flagship's three doors (two entrances and the inner face camera).
  const store = ['d47c44906f14', 'd47c44906f15', 'd47c44906f16'];
  return Promise.all([
    scenario("cold 92-day hourly view of one door, starting on a chunk's last day", '<= 4', () =>
      coldCalls(PAST_92_DAYS),
    ),
    scenario('cold 92-day hourly view of one door, ending today', '<= 4', () =>
      coldCalls({ from: date(NOW - 91 * DAY), to: date(NOW) }),
    ),
    scenario(
      'ranges inside cached chunks (a day, a month, outside the first range)',
      '0',
      async () => {
        const { app, calls } = createHarness();
        await getTraffic(app, { mac: MAIN, ...PAST_92_DAYS });
        const before = calls();
        const inside = [
          { from: '2023-11-13', to: '2023-11-13' },
          { from: '2024-01-01', to: '2024-01-31' },
          { from: '2024-03-18', to: '2024-03-31' },
        ];
        for (const range of inside) await getTraffic(app, { mac: MAIN, ...range });
        return calls() - before;
      },
    ),
    scenario(
      "yesterday's last 7 days right after today's (today mid-chunk, its window on a chunk's first day, today a chunk's first day)",
      '0',
      async () => {
        let extra = 0;
        for (const today of [NOW, Date.UTC(2024, 4, 12, 2), Date.UTC(2024, 4, 6, 2)]) {
          const { app, calls, clock } = createHarness();
          clock.now = today;
          await getTraffic(app, { mac: MAIN, ...lastWeek(today) });
          const before = calls();
          await getTraffic(app, { mac: MAIN, ...lastWeek(today - DAY) });
          extra += calls() - before;
        }
        return extra;
      },
    ),
    scenario(
      'last 7 days moved forward by a day, into a new chunk',
      '1 (the chunk holding today)',
      async () => {
        const { app, calls, clock } = createHarness();
        const today = Date.UTC(2024, 4, 5, 2);
        clock.now = today;
        await getTraffic(app, { mac: MAIN, ...lastWeek(today) });
        const before = calls();
        clock.now += DAY;
        await getTraffic(app, { mac: MAIN, ...lastWeek(today + DAY) });
        return calls() - before;
      },
    ),
    scenario(
      `a store of ${store.length} doors, 92 days cold, then each door's view`,
      `${store.length} × one door, then 0`,
      async () => {
        const { app, calls } = createHarness();
        await Promise.all(store.map((mac) => getTraffic(app, { mac, ...PAST_92_DAYS })));
        const cold = calls();
        for (const mac of store)
          await getTraffic(app, { mac, from: '2024-02-01', to: '2024-02-07' });
        return `${cold} calls cold, ${calls() - cold} after`;
      },
    ),
  ]);
}
