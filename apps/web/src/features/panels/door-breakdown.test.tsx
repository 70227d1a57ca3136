import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blobText, captureDownloads } from '../../test/downloads.ts';
import { mockApi } from '../../test/app-api.ts';
import { SAMPLE_ANSWERS } from '../../test/sample-traffic.ts';
import { renderApp } from '../../test/render-app.tsx';

const STORE_VIEW =
  '/?store=nanjing-road&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

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
    mockApi(SAMPLE_ANSWERS);
    renderApp(STORE_VIEW);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const value = (term: string) => within(summary).getByText(term).nextElementSibling?.textContent;
    expect(value('Walk-ins')).toBe('1,654');
    expect(value('Walk-outs')).toBe('1,606');
    expect(
      screen.getByText(/^Nanjing Road Flagship — all doors \(Main entrance, East side door\) · /),
    ).toBeTruthy();
    expect(screen.getByTestId('chart')).toBeTruthy();
  });

  it("should list each entrance door's walk-ins, walk-outs and share, inner doors apart", async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(STORE_VIEW);
    const doors = await screen.findByRole('region', { name: 'Doors' });
    const table = within(doors).getByRole('table', { name: 'Doors' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map(cells)).toEqual([
      ['Door', 'Walk-ins', 'Walk-outs', 'Share of walk-ins'],
      ['Main entrance', '1,246', '1,210', '75.3%'],
      ['East side door', '408', '396', '24.7%'],
      ['Store total', '1,654', '1,606', '100%'],
    ]);
    const inner = within(doors).getByRole('table', { name: 'Inner doors' });
    expect(within(inner).getAllByRole('row').map(cells)).toEqual([
      ['Door', 'Walk-ins', 'Walk-outs'],
      ['VIP lounge face camera', '53', 'not counted'],
    ]);
  });

  it('should say "not counted" for a store whose entrances do not all count walk-outs', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp('/?store=lujiazui-kiosk&from=2023-03-29&to=2023-03-29');
    const doors = await screen.findByRole('region', { name: 'Doors' });
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getAllByText('not counted')).toHaveLength(2);
    const rows = within(doors).getAllByRole('row').map(cells);
    expect(rows.slice(1)).toEqual([
      ['Station concourse door', '305', '284', '75.9%'],
      ['Street door face camera', '97', 'not counted', '24.1%'],
      ['Store total', '402', 'not counted', '100%'],
    ]);
    expect(within(doors).queryByRole('table', { name: 'Inner doors' })).toBeNull();
  });

  it('should switch the doors to a stacked chart, one colour per entrance door', async () => {
    mockApi(SAMPLE_ANSWERS);
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
    mockApi(SAMPLE_ANSWERS);
    renderApp('/?device=d47c44906f14&from=2023-03-29&to=2023-03-29');
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByRole('region', { name: 'Doors' })).toBeNull();
  });

  it('should name the CSV export by the store', async () => {
    mockApi(SAMPLE_ANSWERS);
    const files = captureDownloads();
    renderApp(STORE_VIEW);
    await screen.findByRole('region', { name: 'Doors' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files.map((f) => f.name)).toEqual([
      'footfall-nanjing-road-2023-03-29-2023-03-29-hour.csv',
    ]);
    // The day's other 22 hours have no rows in the fake answer: no data, never 0.
    const lines = (await blobText(files[0]?.blob)).split('\n');
    expect(lines).toHaveLength(1 + 24 + 1);
    expect(lines[0]).toBe('start,days,walk_in,walk_out');
    expect(lines).toContain('2023-03-29T09:00:00+08:00,,no data,no data');
    expect(lines).toContain('2023-03-29T10:00:00+08:00,,20,16');
    expect(lines).toContain('2023-03-29T11:00:00+08:00,,1634,1590');
  });
});
