import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Door } from '@footfall/contract';
import {
  FRONT_DOOR,
  inEnglish,
  mockApi,
  trafficAnswer,
  trafficCalls,
  WITH_POPUP,
  type Api,
} from '../../test/app-api.ts';
import { renderApp } from '../../test/render-app.tsx';

/**
 * The pop-up over Saturday 2024-05-11 and Sunday 2024-05-12: its front door is silent all Sunday,
 * its garden door counts 30 % more walk-outs than walk-ins.
 */
const RANGE = `store=${FRONT_DOOR.storeId}&from=2024-05-11&to=2024-05-12`;
const VIEW = (granularity: string) => `/?${RANGE}&granularity=${granularity}&businessHours=false`;
type Day = '2024-05-11' | '2024-05-12';

const api = () => mockApi({ stores: WITH_POPUP });

/** Each entrance door's business-hours counts by day, as the app answers the hourly query. */
async function businessDays(fetchMock: Api) {
  const answer = await trafficAnswer(fetchMock, `${RANGE}&granularity=hour&businessHours=true`);
  if (!('doors' in answer)) throw new Error('not a store answer');
  const dayOf = (door: Door, day: string) => {
    const buckets = door.buckets.filter((b) => b.start.startsWith(day));
    const walkIn = buckets.reduce((sum, b) => sum + b.walkIn, 0);
    const walkOut = buckets.reduce((sum, b) => sum + (b.walkOut ?? 0), 0);
    return { hours: buckets.length, walkIn, walkOut };
  };
  const door = (name: string) => {
    const found = answer.doors.find((d) => d.name === name);
    if (!found) throw new Error(`no door ${name}`);
    return (day: Day) => dayOf(found, day);
  };
  return { front: door('Front door'), garden: door('Garden door') };
}

/** A disagreement's reason: `265 walk-outs for 217 walk-ins (+22%)`. */
const disagreement = ({ walkIn, walkOut }: { walkIn: number; walkOut: number }) =>
  `${inEnglish(walkOut)} walk-outs for ${inEnglish(walkIn)} walk-ins (+${String(Math.round((walkOut / walkIn - 1) * 100))}%)`;

describe('day flags on the dashboard', () => {
  it('should explain each flagged door and day under the chart, and note them in the table', async () => {
    const fetchMock = api();
    renderApp(VIEW('hour'));
    const notice = await screen.findByTestId('flag-notice');
    // The front door sent nothing on Sunday; the garden door's walk-outs ran high both days.
    const { front, garden } = await businessDays(fetchMock);
    expect([front('2024-05-11').hours, front('2024-05-12').hours]).toEqual([
      garden('2024-05-11').hours,
      0,
    ]);
    for (const day of ['2024-05-11', '2024-05-12'] as const) {
      expect(garden(day).walkOut).toBeGreaterThan(garden(day).walkIn * 1.1);
      expect(front(day).walkOut).toBeLessThanOrEqual(front(day).walkIn * 1.1);
    }
    // The garden door's two days in a row make one line, their counts summed.
    const both = {
      walkIn: garden('2024-05-11').walkIn + garden('2024-05-12').walkIn,
      walkOut: garden('2024-05-11').walkOut + garden('2024-05-12').walkOut,
    };
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Front door — possibly offline, Sun 2024-05-12: no data through the whole business day',
      `Garden door — counts disagree, Sat 2024-05-11 – Sun 2024-05-12 (2 days): ${disagreement(both)}`,
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
    expect(row('2024-05-11T10:00:00+08:00')).toBe(
      `Garden door: counts disagree (${disagreement(garden('2024-05-11'))})`,
    );
    expect(row('2024-05-12T10:00:00+08:00')).toMatch(/^Front door: possibly offline \(no data/);
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
