import { expect, test } from './test.ts';
import {
  chartFigure,
  fetchTraffic,
  formatCount,
  MAC,
  openView,
  PAST_WEEK,
  shot,
  summaryValue,
  type ViewQuery,
} from './support.ts';

const HOUR_MS = 3_600_000;

/** `at`'s local date and hour in `timeZone`, as `2026-11-30T07`. */
function zonedHour(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}`;
}

/**
 * A door and the range yesterday–today in its zone, with today's hours that are over (`past`,
 * stepped in real hours, so a DST day has its 23 or 25) and the hour now under way (`current`,
 * which the API already sends). The Berlin station is open round the clock; when its clock says
 * 23:00 there is no hour to come after the current one, and the Shanghai flagship's main door (7
 * hours ahead) is used instead. Yesterday has visitors either way: the test holds at any hour.
 */
function doorWithHoursToCome(now = Date.now()) {
  const candidates = [
    { mac: 'b8d81209e4c1', timeZone: 'Europe/Berlin' },
    { mac: MAC.main, timeZone: 'Asia/Shanghai' },
  ];
  const door = candidates.find(({ timeZone }) => !zonedHour(now, timeZone).endsWith('T23'));
  if (!door) throw new Error('Berlin and Shanghai cannot both be at 23:00');
  const current = zonedHour(now, door.timeZone);
  const to = current.slice(0, 10);
  const from = zonedHour(now - 24 * HOUR_MS, door.timeZone).slice(0, 10);
  const past: string[] = [];
  const hourStart = Math.floor(now / HOUR_MS) * HOUR_MS;
  for (let at = hourStart - 49 * HOUR_MS; at < hourStart; at += HOUR_MS) {
    const hour = zonedHour(at, door.timeZone);
    if (hour.slice(0, 10) >= from) past.push(hour);
  }
  return { mac: door.mac, from, to, past, current };
}

test.describe('honest gaps', () => {
  test("should draw today's hours still to come as a gap, without counting them as missing", async ({
    page,
    request,
  }) => {
    const { mac, from, to, past, current } = doorWithHoursToCome();
    const view: ViewQuery = { ...PAST_WEEK, device: mac, from, to };
    const traffic = await fetchTraffic(request, view);
    const sent = new Set(traffic.buckets.map((b) => b.start.slice(0, 13)));
    // The API sends no row for an hour still to come: no data, never 0.
    expect([...sent].every((hour) => hour === current || past.includes(hour))).toBe(true);
    const missingPast = past.filter((hour) => !sent.has(hour)).length;

    await openView(page, view);
    await expect(chartFigure(page).locator('.recharts-reference-area').first()).toBeVisible();
    const notice = page.getByTestId('gap-notice');
    if (missingPast === 0) await expect(notice).toHaveCount(0);
    else await expect(notice).toContainText(`${missingPast} hour`);
    await shot(page, 'gaps-today');
  });
});

test.describe('a door that went offline', () => {
  test('should draw the hours it sent nothing for as a gap with no bar, and say "no data"', async ({
    page,
    request,
  }) => {
    // The pop-up's front door is out 13:00–16:00 every 4th day, Tuesday 28 March 2023 among them.
    const view: ViewQuery = {
      ...PAST_WEEK,
      device: '3c5a8b1e7d01',
      from: '2023-03-28',
      to: '2023-03-28',
    };
    const traffic = await fetchTraffic(request, view);
    const hours = traffic.buckets.map((b) => Number(b.start.slice(11, 13)));
    expect(hours).toHaveLength(21);
    for (const hour of [13, 14, 15]) expect(hours).not.toContain(hour);

    await openView(page, view);
    const slot = chartFigure(page).locator('.gap-slot');
    await expect(slot).toHaveCount(1);
    const gap = await slot.boundingBox();
    if (!gap) throw new Error('the gap is not drawn');
    // No bar (not even one at 0) inside the empty slot; bars on both sides of it.
    const bars = await chartFigure(page)
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((paths) =>
        paths.map((path) => {
          const box = path.getBoundingClientRect();
          return box.x + box.width / 2;
        }),
      );
    expect(bars.filter((x) => x > gap.x && x < gap.x + gap.width)).toEqual([]);
    expect(bars.some((x) => x < gap.x) && bars.some((x) => x > gap.x + gap.width)).toBe(true);
    await expect(page.getByTestId('gap-notice')).toContainText('3 hours with no data');

    await page.getByText('Data table', { exact: true }).click();
    for (const hour of ['13', '14', '15']) {
      const row = page
        .locator('details.data-table tbody tr')
        .filter({ has: page.locator(`time[datetime="2023-03-28T${hour}:00:00+08:00"]`) });
      await expect(row.locator('td')).toHaveText(['no data', 'no data']);
    }
    await shot(page, 'gaps-offline');
  });
});

test.describe('outside business hours', () => {
  test("should show all day minus business hours, as a count and a share of the range's walk-ins", async ({
    page,
    request,
  }) => {
    const allDay = await fetchTraffic(request, { ...PAST_WEEK, businessHours: false });
    const business = await fetchTraffic(request, { ...PAST_WEEK, businessHours: true });
    const after = allDay.totals.walkIn - business.totals.walkIn;
    expect(after).toBeGreaterThan(0);
    const share = new Intl.NumberFormat('en-US', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(after / allDay.totals.walkIn);

    // A week: the share is of all its walk-ins, not "of the day".
    for (const businessHours of [false, true]) {
      await openView(page, { ...PAST_WEEK, businessHours });
      await expect(summaryValue(page, 'Outside business hours')).toHaveText(
        `${formatCount(after)} ${share} of all walk-ins`,
      );
    }
    await shot(page, 'after-hours');
  });
});
