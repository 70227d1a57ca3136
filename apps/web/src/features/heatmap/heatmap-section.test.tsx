import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, trafficCalls } from '../../test/app-api.ts';
import { sampleTraffic } from '../../test/sample-traffic.ts';
import { renderApp } from '../../test/render-app.tsx';

const VIEW = (granularity: string, from = '2023-03-29', to = '2023-03-29') =>
  `/?device=d47c44906f14&from=${from}&to=${to}&granularity=${granularity}&businessHours=false`;

/** The sample Wednesday (10:00: 12, 11:00: 1,234); in business hours, only its 11:00 bucket. */
function api() {
  return mockApi({
    reshapeTraffic: (_answer, query) => {
      const traffic = sampleTraffic(query);
      if (query.businessHours !== 'true') return { status: 200, body: traffic };
      const buckets = traffic.buckets.slice(1);
      return { status: 200, body: { ...traffic, buckets } };
    },
  });
}

const heatmap = () => screen.findByTestId('heatmap');

describe('HeatmapSection', () => {
  it('should name the busiest slot and give each cell its average, or no data', async () => {
    api();
    renderApp(VIEW('hour'));
    const section = await heatmap();
    expect((await within(section).findByTestId('heatmap-busiest')).textContent).toBe(
      'Busiest: Wednesday 11:00–12:00, 1,234 on average',
    );
    const grid = within(section).getByRole('grid', { name: 'Weekday × hour', hidden: true });
    expect(grid.querySelectorAll('[role="row"] > [role="gridcell"]')).toHaveLength(7 * 24);
    expect(
      within(grid).getByRole('gridcell', {
        name: 'Wednesday 10:00–11:00: 12 on average (1 day)',
        hidden: true,
      }),
    ).toBeTruthy();
    expect(
      within(grid).getByRole('gridcell', { name: 'Monday 10:00–11:00: no data', hidden: true }),
    ).toBeTruthy();
  });

  it('should list the same numbers in a table with row and column headers', async () => {
    api();
    renderApp(VIEW('hour'));
    const section = await heatmap();
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
      '1,234',
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
    api();
    renderApp(VIEW('hour'));
    const section = await heatmap();
    const grid = await within(section).findByRole('grid', { hidden: true });
    const stops = [...grid.querySelectorAll<HTMLElement>('[role="gridcell"]')].filter(
      (cell) => cell.tabIndex === 0,
    );
    expect(stops).toHaveLength(1);
    act(() => {
      stops[0]?.focus();
    });
    const readout = within(section).getByTestId('heatmap-readout');
    expect(readout.textContent).toBe('Wednesday 11:00–12:00: 1,234 on average (1 day)');
    await userEvent.keyboard('{ArrowLeft}');
    expect(readout.textContent).toBe('Wednesday 10:00–11:00: 12 on average (1 day)');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(readout.textContent);
    await userEvent.keyboard('{ArrowUp}');
    expect(readout.textContent).toBe('Tuesday 10:00–11:00: no data');
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
    api();
    renderApp(VIEW('hour'), 'zh');
    const section = await heatmap();
    expect((await within(section).findByTestId('heatmap-busiest')).textContent).toBe(
      '最忙：星期三 11:00–12:00，平均 1,234 人次',
    );
  });
});
