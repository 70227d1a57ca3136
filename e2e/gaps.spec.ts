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

/** Today's date and hour in `timeZone`. */
function nowIn(timeZone: string): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/**
 * A door whose today has an hour over with visitors in it, and an hour still to come: the main
 * door in Shanghai (open from 10:00, so its nights are empty), else the Berlin station's door
 * (open round the clock, 6 or 7 hours behind). Asked of the API, so the test holds at any hour.
 */
async function doorWithHoursToCome(
  request: Parameters<typeof fetchTraffic>[0],
): Promise<{ mac: string; now: { day: string; hour: number } }> {
  const candidates = [
    { mac: MAC.main, now: nowIn('Asia/Shanghai') },
    { mac: 'b8d81209e4c1', now: nowIn('Europe/Berlin') },
  ];
  for (const candidate of candidates) {
    if (candidate.now.hour < 1 || candidate.now.hour > 22) continue;
    const { day } = candidate.now;
    const today = await fetchTraffic(request, {
      ...PAST_WEEK,
      device: candidate.mac,
      from: day,
      to: day,
    });
    if (today.buckets.some((bucket) => bucket.walkIn > 0)) return candidate;
  }
  throw new Error('no door has a past hour with visitors and an hour to come just now');
}

test.describe('honest gaps', () => {
  test("should draw today's hours still to come as a gap, without counting them as missing", async ({
    page,
    request,
  }) => {
    const { mac, now } = await doorWithHoursToCome(request);
    const view: ViewQuery = { ...PAST_WEEK, device: mac, from: now.day, to: now.day };
    const traffic = await fetchTraffic(request, view);
    const hours = new Set(traffic.buckets.map((b) => Number(b.start.slice(11, 13))));
    // The API sends no row for an hour that is not over: no data, never 0.
    expect([...hours].every((hour) => hour <= now.hour)).toBe(true);
    const missingPast = Array.from({ length: now.hour }, (_, h) => h).filter(
      (h) => !hours.has(h),
    ).length;

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
  test('should show all day minus business hours, as a count and a share of the day', async ({
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

    for (const businessHours of [false, true]) {
      await openView(page, { ...PAST_WEEK, businessHours });
      await expect(summaryValue(page, 'Outside business hours')).toHaveText(
        `${formatCount(after)} ${share} of the day`,
      );
    }
    await shot(page, 'after-hours');
  });
});
