import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blobText, captureDownloads } from '../test/downloads.ts';
import type { Overview } from '@footfall/contract';
import {
  calledPaths,
  changeInEnglish,
  inEnglish,
  mockApi,
  overviewAnswer,
  overviewCalls,
  percentInEnglish,
  trafficCalls,
  type Api,
} from '../test/app-api.ts';
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

type StoreTotals = Overview['stores'][number];

/** The overview the page drew, asked again from the app. */
const drawnOverview = (api: Api) => overviewAnswer(api, overviewCalls(api)[0]);

const netOf = ({ totals }: StoreTotals) =>
  totals.walkOut === null ? null : totals.walkIn - totals.walkOut;
const ratioOf = ({ totals, comparisonTotals }: StoreTotals) =>
  comparisonTotals ? (totals.walkIn - comparisonTotals.walkIn) / comparisonTotals.walkIn : null;
const arrow = (now: number, then: number) => (now > then ? '▲' : now < then ? '▼' : '=');
const changeCell = (now: number, then: number) =>
  `${arrow(now, then)} ${changeInEnglish(now, then)}`;
const orNotCounted = (count: number | null) => (count === null ? 'not counted' : inEnglish(count));

/** The stores' names, ordered by `value` (descending), those without one last. */
function namesBy(stores: readonly StoreTotals[], value: (s: StoreTotals) => number | null) {
  const valued = stores.filter((s) => value(s) !== null);
  const sorted = valued.sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0));
  return [...sorted, ...stores.filter((s) => value(s) === null)].map((s) => s.name);
}

describe('OverviewPage', () => {
  it('should list every store with walk-ins, walk-outs, net and share of the chain', async () => {
    const api = mockApi();
    renderApp(OVERVIEW);
    const element = await table();
    const { stores } = await drawnOverview(api);
    const chain = stores.reduce((sum, s) => sum + s.totals.walkIn, 0);
    const chainBefore = stores.reduce((sum, s) => sum + (s.comparisonTotals?.walkIn ?? 0), 0);
    // Busiest first; the kiosk counts no walk-outs, so neither does the chain.
    expect(firstColumn(element)).toEqual(namesBy(stores, (s) => s.totals.walkIn));
    expect(stores.find((s) => s.id === 'lujiazui-kiosk')?.totals.walkOut).toBeNull();
    expect(bodyRows(element)).toEqual(
      namesBy(stores, (s) => s.totals.walkIn).map((name) => {
        const store = stores.find((s) => s.name === name);
        if (!store?.comparisonTotals) throw new Error(`${name} has no comparison`);
        return [
          name,
          inEnglish(store.totals.walkIn),
          orNotCounted(store.totals.walkOut),
          orNotCounted(netOf(store)),
          percentInEnglish(store.totals.walkIn / chain),
          changeCell(store.totals.walkIn, store.comparisonTotals.walkIn),
        ];
      }),
    );
    const total = [...element.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent);
    expect(total).toEqual([
      'All stores',
      inEnglish(chain),
      'not counted',
      'not counted',
      '100%',
      changeCell(chain, chainBefore),
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
    // The sandbox has every store's earlier days: the flagship's are dropped from the real answer.
    const withoutFlagshipsEarlier = (stores: readonly StoreTotals[]) =>
      stores.map(({ comparisonTotals, ...store }) =>
        store.id === 'nanjing-road' ? store : { ...store, comparisonTotals },
      );
    const api = mockApi({
      reshapeOverview: (answer) => ({
        status: 200,
        body: { ...answer, stores: withoutFlagshipsEarlier(answer.stores) },
      }),
    });
    renderApp(OVERVIEW);
    const element = await table();
    const stores = withoutFlagshipsEarlier((await drawnOverview(api)).stores);
    const vsPrevious = screen.getByRole('button', { name: 'Sort by vs previous' });
    await userEvent.click(vsPrevious);
    expect(header('vs previous')?.getAttribute('aria-sort')).toBe('descending');
    const descending = namesBy(stores, ratioOf);
    expect(descending.at(-1)).toBe('Nanjing Road Flagship');
    expect(firstColumn(element)).toEqual(descending);
    expect(bodyRows(element)[2]?.[5]).toBe('No comparison data');
    await userEvent.click(vsPrevious);
    expect(header('vs previous')?.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(element)).toEqual([
      ...descending.slice(0, -1).reverse(),
      'Nanjing Road Flagship',
    ]);
    // The chain's change would be a partial sum: none.
    expect(element.querySelector('tfoot td:last-child')?.textContent).toBe('–');
  });

  it('should complete a bare /overview link with the last 7 days', async () => {
    mockApi();
    renderApp('/overview');
    await table();
    const params = new URLSearchParams(window.location.search);
    expect(window.location.pathname).toBe('/overview');
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(params.get('businessHours')).toBe('false');
  });

  it('should sort by any column with its button, saying so with aria-sort', async () => {
    const api = mockApi();
    renderApp(OVERVIEW);
    const element = await table();
    const { stores } = await drawnOverview(api);
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
    // The kiosk counts no walk-outs: no net, last.
    expect(firstColumn(element)).toEqual(namesBy(stores, netOf));
    expect(firstColumn(element).at(-1)).toBe('Lujiazui Metro Kiosk');

    // From the keyboard too: the sort buttons are in the tab order.
    screen.getByRole('button', { name: 'Sort by Walk-ins' }).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(header('Walk-ins')?.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(element)).toEqual(namesBy(stores, (s) => s.totals.walkIn).reverse());
  });

  it("should open a store's view over the same range from its row", async () => {
    const api = mockApi();
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
    mockApi();
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
    const api = mockApi();
    const files = captureDownloads();
    renderApp(OVERVIEW);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Store' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files.map((f) => f.name)).toEqual(['footfall-overview-2023-03-29-2023-03-29.csv']);
    const { stores } = await drawnOverview(api);
    const chain = stores.reduce((sum, s) => sum + s.totals.walkIn, 0);
    const line = (id: string) => {
      const store = stores.find((s) => s.id === id);
      if (!store?.comparisonTotals) throw new Error(`${id} has no comparison`);
      const { walkIn, walkOut } = store.totals;
      const before = store.comparisonTotals.walkIn;
      return [
        id,
        store.name,
        walkIn,
        walkOut ?? '',
        netOf(store) ?? '',
        Math.round((walkIn / chain) * 10_000) / 10_000,
        before,
        walkIn - before,
        Math.round(((walkIn - before) / before) * 1000) / 10,
      ].join(',');
    };
    expect(await blobText(files[0]?.blob)).toBe(
      [
        'store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent',
        line('ginza'),
        line('lujiazui-kiosk'),
        line('nanjing-road'),
        '',
      ].join('\n'),
    );
    // The kiosk counts no walk-outs: empty cells, never 0.
    expect(line('lujiazui-kiosk')).toMatch(/^lujiazui-kiosk,Lujiazui Metro Kiosk,\d+,,,/);
  });

  it('should move between the dashboard and the overview, keeping the range', async () => {
    mockApi();
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
    mockApi();
    renderApp(OVERVIEW, 'zh');
    const element = await screen.findByRole('table', { name: '全部门店' });
    expect(screen.getByRole('button', { name: '按进店排序' })).toBeTruthy();
    expect(bodyRows(element)[1]?.[2]).toBe('不统计');
  });
});
