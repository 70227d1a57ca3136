import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  inEnglish,
  mockApi,
  SHANGHAI_DOOR,
  trafficAnswer,
  trafficCalls,
  type Api,
} from '../../test/app-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const VIEW = (granularity: string, from = '2023-03-29', to = '2023-03-29') =>
  `/?device=${SHANGHAI_DOOR.mac}&from=${from}&to=${to}&granularity=${granularity}&businessHours=false`;

const api = () => mockApi();

/** An hour of the day as the map names it: `11:00–12:00`. */
const slot = (hour: number) =>
  `${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`;

/**
 * The one Wednesday's hours (2023-03-29) as the app answers them: each hour's walk-ins, and the
 * busiest hour (its business hours, 10:00–22:00, hold it).
 */
async function wednesday(fetchMock: Api) {
  const { buckets } = await trafficAnswer(
    fetchMock,
    `mac=${SHANGHAI_DOOR.mac}&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false`,
  );
  const walkIns = new Map(buckets.map((b) => [Number(b.start.slice(11, 13)), b.walkIn]));
  const busiest = buckets.reduce((best, b) => (b.walkIn > best.walkIn ? b : best));
  const busiestHour = Number(busiest.start.slice(11, 13));
  const at = (hour: number) => inEnglish(walkIns.get(hour) ?? Number.NaN);
  return { at, busiestHour };
}

const heatmap = () => screen.findByTestId('heatmap');

describe('HeatmapSection', () => {
  it('should name the busiest slot and give each cell its average, or no data', async () => {
    const fetchMock = api();
    renderApp(VIEW('hour'));
    const section = await heatmap();
    const { at, busiestHour } = await wednesday(fetchMock);
    expect((await within(section).findByTestId('heatmap-busiest')).textContent).toBe(
      `Busiest: Wednesday ${slot(busiestHour)}, ${at(busiestHour)} on average`,
    );
    const grid = within(section).getByRole('grid', { name: 'Weekday × hour', hidden: true });
    expect(grid.querySelectorAll('[role="row"] > [role="gridcell"]')).toHaveLength(7 * 24);
    expect(
      within(grid).getByRole('gridcell', {
        name: `Wednesday 10:00–11:00: ${at(10)} on average (1 day)`,
        hidden: true,
      }),
    ).toBeTruthy();
    expect(
      within(grid).getByRole('gridcell', { name: 'Monday 10:00–11:00: no data', hidden: true }),
    ).toBeTruthy();
  });

  it('should list the same numbers in a table with row and column headers', async () => {
    const fetchMock = api();
    renderApp(VIEW('hour'));
    const section = await heatmap();
    const { at } = await wednesday(fetchMock);
    await userEvent.click(await within(section).findByText('Show as table'));
    const table = await within(section).findByRole('table', {
      name: 'Average walk-ins by weekday and hour',
      hidden: true,
    });
    const row = within(table).getByRole('row', { name: /^11:00–12:00/, hidden: true });
    const cells = within(row)
      .getAllByRole('cell', { hidden: true })
      .map((cell) => cell.textContent);
    // Monday … Sunday: data on Wednesday only, and that hour is inside business hours.
    expect(cells).toEqual([
      'no data',
      'no data',
      at(11),
      'no data',
      'no data',
      'no data',
      'no data',
    ]);
    expect(within(row).getAllByRole('cell', { hidden: true })[2]?.className).toContain('business');
    expect(
      within(table)
        .getAllByRole('columnheader', { hidden: true })
        .map((h) => h.textContent),
    ).toContain('WedWednesday');
  });

  it('should have one tab stop and move with the arrow keys, showing the number', async () => {
    const fetchMock = api();
    renderApp(VIEW('hour'));
    const section = await heatmap();
    const grid = await within(section).findByRole('grid', { hidden: true });
    const { at, busiestHour } = await wednesday(fetchMock);
    const stops = [...grid.querySelectorAll<HTMLElement>('[role="gridcell"]')].filter(
      (cell) => cell.tabIndex === 0,
    );
    expect(stops).toHaveLength(1);
    act(() => {
      stops[0]?.focus();
    });
    const readout = within(section).getByTestId('heatmap-readout');
    // The tab stop is the busiest cell.
    expect(readout.textContent).toBe(
      `Wednesday ${slot(busiestHour)}: ${at(busiestHour)} on average (1 day)`,
    );
    await userEvent.keyboard('{ArrowLeft}');
    const before = busiestHour - 1;
    expect(readout.textContent).toBe(`Wednesday ${slot(before)}: ${at(before)} on average (1 day)`);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(readout.textContent);
    await userEvent.keyboard('{ArrowUp}');
    expect(readout.textContent).toBe(`Tuesday ${slot(before)}: no data`);
  });

  it('should ask for hours all day and in business hours when the chart shows days', async () => {
    const fetchMock = api();
    renderApp(VIEW('day', '2023-03-27', '2023-04-02'));
    await within(await heatmap()).findByRole('grid', { hidden: true });
    const asked = trafficCalls(fetchMock).map((url) => url.searchParams);
    const hourly = asked.filter((params) => params.get('granularity') === 'hour');
    expect(hourly.map((params) => params.get('businessHours')).sort()).toEqual(['false', 'true']);
    // The chart's own (daily) request came first.
    expect(asked[0]?.get('granularity')).toBe('day');
  });

  it('should say that it covers up to 92 days, and ask nothing by hour, for a longer range', async () => {
    const fetchMock = api();
    renderApp(VIEW('day', '2023-01-01', '2023-06-30'));
    const section = await heatmap();
    expect(
      await within(section).findByText(
        'The weekday × hour map covers up to 92 days; choose a shorter range to see it.',
      ),
    ).toBeTruthy();
    await waitFor(() => {
      expect(trafficCalls(fetchMock).length).toBeGreaterThan(0);
    });
    expect(
      trafficCalls(fetchMock).some((url) => url.searchParams.get('granularity') === 'hour'),
    ).toBe(false);
  });

  it('should speak Chinese', async () => {
    const fetchMock = api();
    renderApp(VIEW('hour'), 'zh');
    const section = await heatmap();
    const { at, busiestHour } = await wednesday(fetchMock);
    expect((await within(section).findByTestId('heatmap-busiest')).textContent).toBe(
      `最忙：星期三 ${slot(busiestHour)}，平均 ${at(busiestHour)} 人次`,
    );
  });
});
