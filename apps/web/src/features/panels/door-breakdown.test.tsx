import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blobText, captureDownloads } from '../../test/downloads.ts';
import type { Door, StoreTraffic } from '@footfall/contract';
import {
  inEnglish,
  mockApi,
  percentInEnglish,
  trafficAnswer,
  allDayTrafficCalls,
  type Api,
} from '../../test/app-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const STORE_VIEW =
  '/?store=nanjing-road&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

/** The store answer the page drew (its first traffic call). */
async function storeAnswer(api: Api): Promise<StoreTraffic> {
  const answer = await trafficAnswer(api, allDayTrafficCalls(api)[0]);
  if (!('doors' in answer)) throw new Error('not a store answer');
  return answer;
}

const walkOutText = (walkOut: number | null) =>
  walkOut === null ? 'not counted' : inEnglish(walkOut);

/** An entrance door's row as the table reads it: walk-ins, walk-outs, share of the store's. */
const doorRow = (door: Door, total: StoreTraffic['totals']) => [
  door.name,
  inEnglish(door.totals.walkIn),
  walkOutText(door.totals.walkOut),
  percentInEnglish(door.totals.walkIn / total.walkIn),
];

/** Each cell's text as a screen reader reads it (without what is hidden from it). */
const cells = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) =>
    [...cell.childNodes]
      .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
      .map((node) => node.textContent)
      .join(''),
  );

describe('store view', () => {
  it("should chart the store's total and name the doors it counts", async () => {
    const api = mockApi();
    renderApp(STORE_VIEW);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const value = (term: string) => within(summary).getByText(term).nextElementSibling?.textContent;
    const { totals } = await storeAnswer(api);
    expect(value('Walk-ins')).toBe(inEnglish(totals.walkIn));
    expect(value('Walk-outs')).toBe(walkOutText(totals.walkOut));
    expect(
      screen.getByText(/^Nanjing Road Flagship — all doors \(Main entrance, East side door\) · /),
    ).toBeTruthy();
    expect(screen.getByTestId('chart')).toBeTruthy();
  });

  it("should list each entrance door's walk-ins, walk-outs and share, inner doors apart", async () => {
    const api = mockApi();
    renderApp(STORE_VIEW);
    const doors = await screen.findByRole('region', { name: 'Doors' });
    const table = within(doors).getByRole('table', { name: 'Doors' });
    const rows = within(table).getAllByRole('row');
    const answer = await storeAnswer(api);
    const door = (name: string) => {
      const found = answer.doors.find((d) => d.name === name);
      if (!found) throw new Error(`no door ${name}`);
      return found;
    };
    expect(rows.map(cells)).toEqual([
      ['Door', 'Walk-ins', 'Walk-outs', 'Share of walk-ins'],
      doorRow(door('Main entrance'), answer.totals),
      doorRow(door('East side door'), answer.totals),
      ['Store total', inEnglish(answer.totals.walkIn), walkOutText(answer.totals.walkOut), '100%'],
    ]);
    const inner = within(doors).getByRole('table', { name: 'Inner doors' });
    const lounge = door('VIP lounge face camera');
    expect(within(inner).getAllByRole('row').map(cells)).toEqual([
      ['Door', 'Walk-ins', 'Walk-outs'],
      ['VIP lounge face camera', inEnglish(lounge.totals.walkIn), 'not counted'],
    ]);
  });

  it('should say "not counted" for a store whose entrances do not all count walk-outs', async () => {
    const api = mockApi();
    renderApp('/?store=lujiazui-kiosk&from=2023-03-29&to=2023-03-29');
    const doors = await screen.findByRole('region', { name: 'Doors' });
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getAllByText('not counted')).toHaveLength(2);
    const rows = within(doors).getAllByRole('row').map(cells);
    const answer = await storeAnswer(api);
    expect(answer.doors.map((d) => [d.name, d.countsWalkOut])).toEqual([
      ['Station concourse door', true],
      ['Street door face camera', false],
    ]);
    expect(rows.slice(1)).toEqual([
      ...answer.doors.map((d) => doorRow(d, answer.totals)),
      ['Store total', inEnglish(answer.totals.walkIn), 'not counted', '100%'],
    ]);
    expect(rows[2]?.[2]).toBe('not counted');
    expect(within(doors).queryByRole('table', { name: 'Inner doors' })).toBeNull();
  });

  it('should switch the doors to a stacked chart, one colour per entrance door', async () => {
    mockApi();
    renderApp(STORE_VIEW);
    const doors = await screen.findByRole('region', { name: 'Doors' });
    await userEvent.click(within(doors).getByRole('radio', { name: 'Chart' }));
    expect(within(doors).getByRole('figure', { name: 'Walk-ins by door' })).toBeTruthy();
    expect(within(doors).queryByRole('table', { name: 'Doors' })).toBeNull();
    // Inner doors stay listed apart, out of the stack.
    expect(within(doors).getByRole('table', { name: 'Inner doors' })).toBeTruthy();
    await userEvent.click(within(doors).getByRole('radio', { name: 'Table' }));
    expect(within(doors).getByRole('table', { name: 'Doors' })).toBeTruthy();
  });

  it('should show no door breakdown for a device', async () => {
    mockApi();
    renderApp('/?device=d47c44906f14&from=2023-03-29&to=2023-03-29');
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByRole('region', { name: 'Doors' })).toBeNull();
  });

  it('should name the CSV export by the store', async () => {
    const api = mockApi();
    const files = captureDownloads();
    renderApp(STORE_VIEW);
    await screen.findByRole('region', { name: 'Doors' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files.map((f) => f.name)).toEqual([
      'footfall-nanjing-road-2023-03-29-2023-03-29-hour.csv',
    ]);
    // The store's total, hour by hour, as the answer gives it (a missing hour: gap-notice.test).
    const { buckets } = await storeAnswer(api);
    const lines = (await blobText(files[0]?.blob)).split('\n');
    expect(lines).toHaveLength(1 + 24 + 1);
    expect(lines).toEqual([
      'start,days,walk_in,walk_out',
      ...buckets.map((b) => `${b.start},,${String(b.walkIn)},${String(b.walkOut)}`),
      '',
    ]);
  });
});
