import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { captureDownloads, blobText } from '../../test/downloads.ts';
import { allDayTrafficCalls, inEnglish, mockApi, trafficAnswer } from '../../test/app-api.ts';
import { renderApp } from '../../test/render-app.tsx';

/** March 2023 by week: W9 holds 1–5 March (Wed–Sun), W13 27–31 March (Mon–Fri). */
const MARCH_BY_WEEK =
  '/?device=d47c44906f14&from=2023-03-01&to=2023-03-31&granularity=week&businessHours=false';

async function openTable() {
  await screen.findByTestId('chart');
  await userEvent.click(screen.getByText(/^(Data table|数据表)$/));
  return screen.findByRole('table');
}

/** The whole weeks of March 2023 (W10–W12) by their start, as the peak names them. */
const WHOLE_WEEKS: Record<string, string> = {
  '2023-03-06T00:00:00+08:00': '2023 W10 (Mar 6)',
  '2023-03-13T00:00:00+08:00': '2023 W11 (Mar 13)',
  '2023-03-20T00:00:00+08:00': '2023 W12 (Mar 20)',
};

/** The row headers of the data table, in order. */
const rowHeaders = (table: HTMLElement): string[] =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('partial buckets on the dashboard', () => {
  it('should name each bucket the range cuts with its days in the table, and mark its row', async () => {
    mockApi();
    renderApp(MARCH_BY_WEEK);
    const table = await openTable();
    const headers = rowHeaders(table);
    expect(headers).toHaveLength(5);
    expect(headers[0]).toMatch(/^2023 W9 · Mar 1\s–\s5, 5 of 7 days$/);
    expect(headers[1]).toBe('2023 W10 (Mar 6)');
    expect(headers[4]).toMatch(/^2023 W13 · Mar 27\s–\s31, 5 of 7 days$/);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.classList.contains('partial'))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('should name a partial month with its days in Chinese', async () => {
    mockApi();
    renderApp(
      '/?device=d47c44906f14&from=2023-03-15&to=2023-05-31&granularity=month&businessHours=false',
      'zh',
    );
    const headers = rowHeaders(await openTable());
    expect(headers[0]).toMatch(/^2023年3月 · .+，31 天中的 17 天$/);
    expect(headers.slice(1)).toEqual(['2023年4月', '2023年5月']);
  });

  it('should crown a whole week and say which cut weeks it did not rank', async () => {
    const api = mockApi();
    renderApp(MARCH_BY_WEEK);
    const peak = (await screen.findByText('Peak')).closest('div');
    if (!peak) throw new Error('no peak card');
    await within(peak).findByText(/is not ranked$/);
    // The busiest of the whole weeks, whatever the cut ones hold.
    const { buckets } = await trafficAnswer(api, allDayTrafficCalls(api)[0]);
    const whole = buckets.filter((b) => b.partial !== true);
    expect(whole.map((b) => WHOLE_WEEKS[b.start])).toEqual(Object.values(WHOLE_WEEKS));
    const busiest = whole.reduce((best, b) => (b.walkIn > best.walkIn ? b : best));
    expect(peak.querySelector('dd')?.textContent).toBe(
      `${inEnglish(busiest.walkIn)} at ${WHOLE_WEEKS[busiest.start] ?? ''}` +
        '2023 W9 had only 5 of 7 days and is not ranked; 2023 W13 had only 5 of 7 days and is not ranked',
    );
  });

  it('should say in Chinese which cut weeks the peak did not rank', async () => {
    mockApi();
    renderApp(MARCH_BY_WEEK, 'zh');
    const peak = (await screen.findByText('峰值')).closest('div');
    await within(peak ?? document.body).findByText(/未参与排名/);
    expect(peak?.querySelector('.peak-note')?.textContent).toBe(
      '2023 第9周仅含 7 天中的 5 天，未参与排名；2023 第13周仅含 7 天中的 5 天，未参与排名',
    );
  });

  it('should key the hatched bars and the marked labels in the legend', async () => {
    mockApi();
    renderApp(MARCH_BY_WEEK);
    const chart = await screen.findByTestId('chart');
    const legend = within(chart).getByRole('list');
    expect(within(legend).getByText('* Part of the period only: the range cuts it')).toBeDefined();
  });

  it('should write the days of each week in the CSV', async () => {
    const api = mockApi();
    const files = captureDownloads();
    renderApp(MARCH_BY_WEEK);
    await screen.findByTestId('chart');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const { buckets } = await trafficAnswer(api, allDayTrafficCalls(api)[0]);
    const figures = (i: number) => {
      const bucket = buckets[i];
      if (!bucket) throw new Error(`no bucket ${String(i)}`);
      return `${String(bucket.walkIn)},${String(bucket.walkOut)}`;
    };
    expect(buckets.map((b) => [b.start, b.days])).toEqual([
      ['2023-02-27T00:00:00+08:00', 5],
      ['2023-03-06T00:00:00+08:00', undefined],
      ['2023-03-13T00:00:00+08:00', undefined],
      ['2023-03-20T00:00:00+08:00', undefined],
      ['2023-03-27T00:00:00+08:00', 5],
    ]);
    expect((await blobText(files[0]?.blob)).split('\n')).toEqual([
      'start,days,walk_in,walk_out',
      `2023-02-27T00:00:00+08:00,5,${figures(0)}`,
      `2023-03-06T00:00:00+08:00,7,${figures(1)}`,
      `2023-03-13T00:00:00+08:00,7,${figures(2)}`,
      `2023-03-20T00:00:00+08:00,7,${figures(3)}`,
      `2023-03-27T00:00:00+08:00,5,${figures(4)}`,
      '',
    ]);
  });

  it('should name the compared buckets the earlier range cuts with their own days', async () => {
    mockApi();
    // The previous 31 days are 29 January – 28 February: its W4 holds one day, its W9 two.
    renderApp(`${MARCH_BY_WEEK}&compare=previous`);
    const table = await openTable();
    const compared = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[2]?.textContent);
    expect(compared[0]).toMatch(/^2023 W4 · Jan 29, 1 of 7 days$/);
    expect(compared[1]).toBe('2023 W5 (Jan 30)');
  });
});

describe('after-hours wording', () => {
  it('should give the share of the range, not of the day, over several days', async () => {
    mockApi();
    renderApp(MARCH_BY_WEEK.replace('granularity=week', 'granularity=hour'));
    const card = await screen.findByTestId('after-hours');
    await within(card).findByText(/of all walk-ins$/);
  });

  it('should say so in Chinese', async () => {
    mockApi();
    renderApp(MARCH_BY_WEEK.replace('granularity=week', 'granularity=hour'), 'zh');
    const card = await screen.findByTestId('after-hours');
    await within(card).findByText(/^占全部进店/);
  });
});

describe('partial buckets in the chart', () => {
  it('should hatch the bars of the cut weeks and star their axis labels', async () => {
    // jsdom lays nothing out: the chart's box gets a width, so recharts draws.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 800, height: 320 }),
    );
    mockApi();
    renderApp(MARCH_BY_WEEK);
    const chart = await screen.findByTestId('chart');
    await waitFor(() => {
      expect(chart.querySelectorAll('.partial-bar').length).toBeGreaterThan(0);
    });
    const hatched = [...chart.querySelectorAll('.partial-bar')];
    // Two cut weeks, walk-ins and walk-outs each.
    expect(hatched).toHaveLength(4);
    for (const bar of hatched)
      expect(bar.getAttribute('fill')).toMatch(/^url\(#chart.+-partial-walk(In|Out)\)$/);
    expect(chart.querySelectorAll('pattern')).toHaveLength(2);
    const ticks = [...chart.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(
      (tick) => tick.textContent,
    );
    // recharts sets each word of a tick in its own tspan.
    expect(ticks).toContain('W9(Feb27)*');
    expect(ticks).toContain('W10(Mar6)');
    expect(ticks).toContain('W13(Mar27)*');
  });
});
