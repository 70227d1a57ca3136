import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, trafficCalls, type TrafficQuery } from '../../test/app-api.ts';
import { sampleStoreTraffic } from '../../test/sample-traffic.ts';
import { renderApp } from '../../test/render-app.tsx';

const VIEW = (granularity: string) =>
  `/?store=nanjing-road&from=2023-03-29&to=2023-03-30&granularity=${granularity}&businessHours=false`;

/** The sample store; in business hours, the East side door counts half as many walk-outs again. */
function api() {
  return mockApi({
    reshapeTraffic: (_answer, query: TrafficQuery) => {
      const traffic = sampleStoreTraffic(query);
      if (query.businessHours !== 'true') return { status: 200, body: traffic };
      const doors = traffic.doors.map((door) =>
        door.name === 'East side door'
          ? {
              ...door,
              buckets: door.buckets.map((b) => ({ ...b, walkOut: Math.round(b.walkIn * 1.5) })),
            }
          : door,
      );
      return { status: 200, body: { ...traffic, doors } };
    },
  });
}

describe('day flags on the dashboard', () => {
  it('should explain each flagged door and day under the chart, and note them in the table', async () => {
    api();
    renderApp(VIEW('hour'));
    const notice = await screen.findByTestId('flag-notice');
    // Every door sent nothing on the 30th; the side door's walk-outs ran high on the 29th.
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Main entrance — possibly offline, Thu 2023-03-30: no data through the whole business day',
      'East side door — possibly offline, Thu 2023-03-30: no data through the whole business day',
      'VIP lounge face camera — possibly offline, Thu 2023-03-30: no data through the whole business day',
      'East side door — counts disagree, Wed 2023-03-29: 612 walk-outs for 408 walk-ins (+50%)',
    ]);

    const summary = screen.getByText('Data table');
    await userEvent.click(summary);
    const details = summary.closest('details');
    if (!details) throw new Error('no data table');
    const table = await within(details).findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Flags' })).toBeDefined();
    // Rows by their bucket start (role queries over 48 rows are slow in jsdom).
    const row = (start: string) =>
      table.querySelector(`time[datetime="${start}"]`)?.closest('tr')?.querySelector('td.row-note')
        ?.textContent;
    expect(row('2023-03-29T10:00:00+08:00')).toBe(
      'East side door: counts disagree (612 walk-outs for 408 walk-ins (+50%))',
    );
    expect(row('2023-03-30T10:00:00+08:00')).toMatch(/^Main entrance: possibly offline \(no data/);
  });

  it("should ask a week view's flags by day, only once the chart's own answer is in", async () => {
    const fetchMock = api();
    renderApp(VIEW('week'));
    await waitFor(() => {
      expect(
        trafficCalls(fetchMock).some(
          (url) =>
            url.searchParams.get('granularity') === 'day' &&
            url.searchParams.get('businessHours') === 'true',
        ),
      ).toBe(true);
    });
    expect(trafficCalls(fetchMock)[0]?.searchParams.get('granularity')).toBe('week');
  });
});
