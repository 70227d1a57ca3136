import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blobText, captureDownloads } from '../test/downloads.ts';
import { calledPaths, mockApi, overviewCalls, trafficCalls } from '../test/app-api.ts';
import { SAMPLE_ANSWERS, sampleOverview } from '../test/sample-traffic.ts';
import { renderApp } from '../test/render-app.tsx';

const OVERVIEW = '/overview?from=2023-03-29&to=2023-03-29&businessHours=false';

const table = () => screen.findByRole('table', { name: 'All stores' });
const bodyRows = (element: HTMLElement) =>
  [...element.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
const firstColumn = (element: HTMLElement) => bodyRows(element).map((row) => row[0]);
const header = (name: string) =>
  screen.getByRole('button', { name: `Sort by ${name}` }).closest('th');

describe('OverviewPage', () => {
  it('should list every store with walk-ins, walk-outs, net and share of the chain', async () => {
    const api = mockApi(SAMPLE_ANSWERS);
    renderApp(OVERVIEW);
    const element = await table();
    expect(bodyRows(element)).toEqual([
      ['Nanjing Road Flagship', '1,654', '1,606', '48', '74.9%', '▲ +331 (+25%)'],
      ['Lujiazui Metro Kiosk', '402', 'not counted', 'not counted', '18.2%', '▼ -101 (-20.1%)'],
      ['Ginza Boutique', '152', '142', '10', '6.9%', '▲ +76 (+100%)'],
    ]);
    const total = [...element.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent);
    expect(total).toEqual([
      'All stores',
      '2,208',
      'not counted',
      'not counted',
      '100%',
      '▲ +306 (+16.1%)',
    ]);
    // Compared with the previous period, which the caption names.
    expect(overviewCalls(api).map((url) => url.searchParams.get('compare'))).toEqual(['previous']);
    expect(screen.getByText(/vs Mar 28, 2023$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All stores' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // The overview page draws no traffic chart and asks for none.
    expect(screen.queryByRole('figure')).toBeNull();
    expect(trafficCalls(api)).toHaveLength(0);
    expect(calledPaths(api)).toContain('/api/overview');
  });

  it('should sort by the change against the previous period, stores without its data last', async () => {
    mockApi({
      reshapeOverview: (_answer, query) => {
        const overview = sampleOverview(query);
        const stores = overview.stores.map((store) =>
          store.id === 'nanjing-road' ? { ...store, comparisonTotals: undefined } : store,
        );
        return { status: 200, body: { ...overview, stores } };
      },
    });
    renderApp(OVERVIEW);
    const element = await table();
    const vsPrevious = screen.getByRole('button', { name: 'Sort by vs previous' });
    await userEvent.click(vsPrevious);
    expect(header('vs previous')?.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn(element)).toEqual([
      'Ginza Boutique',
      'Lujiazui Metro Kiosk',
      'Nanjing Road Flagship',
    ]);
    expect(bodyRows(element)[2]?.[5]).toBe('No comparison data');
    await userEvent.click(vsPrevious);
    expect(header('vs previous')?.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(element)).toEqual([
      'Lujiazui Metro Kiosk',
      'Ginza Boutique',
      'Nanjing Road Flagship',
    ]);
    // The chain's change would be a partial sum: none.
    expect(element.querySelector('tfoot td:last-child')?.textContent).toBe('–');
  });

  it('should complete a bare /overview link with the last 7 days', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp('/overview');
    await table();
    const params = new URLSearchParams(window.location.search);
    expect(window.location.pathname).toBe('/overview');
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(params.get('businessHours')).toBe('false');
  });

  it('should sort by any column with its button, saying so with aria-sort', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(OVERVIEW);
    const element = await table();
    expect(header('Walk-ins')?.getAttribute('aria-sort')).toBe('descending');
    expect(header('Store')?.getAttribute('aria-sort')).toBe('none');

    await userEvent.click(screen.getByRole('button', { name: 'Sort by Store' }));
    expect(header('Store')?.getAttribute('aria-sort')).toBe('ascending');
    expect(header('Walk-ins')?.getAttribute('aria-sort')).toBe('none');
    expect(firstColumn(element)).toEqual([
      'Ginza Boutique',
      'Lujiazui Metro Kiosk',
      'Nanjing Road Flagship',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Sort by Net' }));
    expect(header('Net')?.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn(element)).toEqual([
      'Nanjing Road Flagship',
      'Ginza Boutique',
      'Lujiazui Metro Kiosk',
    ]);

    // From the keyboard too: the sort buttons are in the tab order.
    screen.getByRole('button', { name: 'Sort by Walk-ins' }).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(header('Walk-ins')?.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(element)[0]).toBe('Ginza Boutique');
  });

  it("should open a store's view over the same range from its row", async () => {
    const api = mockApi(SAMPLE_ANSWERS);
    renderApp('/overview?from=2023-03-20&to=2023-03-29&businessHours=true');
    await table();
    await userEvent.click(screen.getByRole('link', { name: 'Lujiazui Metro Kiosk' }));
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe(
      '?store=lujiazui-kiosk&from=2023-03-20&to=2023-03-29&granularity=hour&businessHours=true',
    );
    await screen.findByRole('region', { name: 'Doors' });
    expect(trafficCalls(api).at(-1)?.searchParams.get('store')).toBe('lujiazui-kiosk');
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('should open the store when its row is clicked anywhere', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(OVERVIEW);
    const element = await table();
    const ginza = within(element).getByRole('rowheader', { name: 'Ginza Boutique' });
    const cell = ginza.parentElement?.querySelector('td');
    if (!cell) throw new Error('the row has cells');
    await userEvent.click(cell);
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('store')).toBe('ginza');
    });
  });

  it('should export the table, in its order, as CSV', async () => {
    mockApi(SAMPLE_ANSWERS);
    const files = captureDownloads();
    renderApp(OVERVIEW);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Store' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files.map((f) => f.name)).toEqual(['footfall-overview-2023-03-29-2023-03-29.csv']);
    expect(await blobText(files[0]?.blob)).toBe(
      [
        'store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent',
        'ginza,Ginza Boutique,152,142,10,0.0688,76,76,100',
        'lujiazui-kiosk,Lujiazui Metro Kiosk,402,,,0.1821,503,-101,-20.1',
        'nanjing-road,Nanjing Road Flagship,1654,1606,48,0.7491,1323,331,25',
        '',
      ].join('\n'),
    );
  });

  it('should move between the dashboard and the overview, keeping the range', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp('/?store=ginza&from=2023-03-20&to=2023-03-29&granularity=day&businessHours=true');
    await screen.findByRole('region', { name: 'Summary' });
    await userEvent.click(screen.getByRole('link', { name: 'All stores' }));
    expect(window.location.pathname + window.location.search).toBe(
      '/overview?from=2023-03-20&to=2023-03-29&businessHours=true',
    );
    await table();
    await userEvent.click(screen.getByRole('link', { name: 'Dashboard' }));
    await screen.findByRole('region', { name: 'Summary' });
    expect(window.location.search).toBe(
      '?store=nanjing-road&from=2023-03-20&to=2023-03-29&granularity=hour&businessHours=true',
    );
  });

  it('should speak Chinese', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(OVERVIEW, 'zh');
    const element = await screen.findByRole('table', { name: '全部门店' });
    expect(screen.getByRole('button', { name: '按进店排序' })).toBeTruthy();
    expect(bodyRows(element)[1]?.[2]).toBe('不统计');
  });
});
