import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, trafficCalls } from '../../test/app-api.ts';
import { SAMPLE_ANSWERS, sampleTraffic } from '../../test/sample-traffic.ts';
import { renderApp } from '../../test/render-app.tsx';

const VIEW =
  '/?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

const summary = () => screen.findByRole('region', { name: 'Summary' });
const walkIns = (region: HTMLElement) =>
  within(region).getByText('Walk-ins').nextElementSibling?.textContent;

describe('Compare with', () => {
  it('should ask for the comparison, keep it in the URL and give the change of the totals', async () => {
    const api = mockApi(SAMPLE_ANSWERS);
    renderApp(VIEW);
    const region = await summary();
    const control = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Compare with' });
    expect(control.value).toBe('');
    expect([...control.options].map((o) => o.text)).toEqual([
      'Nothing',
      'Previous period (Mar 28)',
      'Same days last week (Mar 22)',
      'Same weekdays last year (Mar 30, 2022)',
    ]);
    await userEvent.selectOptions(control, 'week');
    expect(window.location.search).toBe(`${VIEW.slice(1)}&compare=week`);
    // 1,246 walk-ins against 997 a week earlier, whose 22 other hours had no data.
    expect(await within(region).findByText('+249 (+25%)')).toBeTruthy();
    expect(walkIns(region)).toBe('1,246▲ +249 (+25%) vs Mar 22 (22 hours with no data then)');
    expect(trafficCalls(api).at(-1)?.searchParams.get('compare')).toBe('week');
  });

  it('should name the comparison in the caption, and drop it for Nothing', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(`${VIEW}&compare=week`);
    const region = await summary();
    const figure = await screen.findByRole('figure');
    expect(figure.textContent).toContain('vs the same days last week, Mar 22, 2023 – Mar 22, 2023');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), '');
    expect(window.location.search).not.toContain('compare');
    await waitFor(() => {
      expect(walkIns(region)).toBe('1,246');
    });
  });

  it('should say there is no comparison data when the earlier range has no buckets', async () => {
    mockApi({
      reshapeTraffic: (_answer, query) => {
        const traffic = sampleTraffic(query);
        const { comparison } = traffic;
        if (!comparison) return { status: 200, body: traffic };
        const empty = { ...comparison, buckets: [], totals: { walkIn: 0, walkOut: 0 } };
        return { status: 200, body: { ...traffic, comparison: empty } };
      },
    });
    renderApp(`${VIEW}&compare=year`);
    const region = await summary();
    await waitFor(() => {
      expect(walkIns(region)).toBe('1,246No comparison data · vs Mar 30, 2022');
    });
  });

  it('should show the compared bucket, its walk-ins and the change in the data table', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(`${VIEW}&compare=previous`);
    await summary();
    await userEvent.click(screen.getByText('Data table'));
    // The rows' code loads on the first opening.
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Start',
      'Walk-ins',
      'Walk-outs',
      'Compared with',
      'Walk-ins, previous period',
      'Change',
    ]);
    const row = within(table).getByRole('rowheader', { name: 'Wed 03-29 11:00' }).parentElement;
    expect([...(row?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      '1,234',
      '1,200',
      'Tue 03-28 11:00',
      '987',
      '+247 (+25%)',
    ]);
    const empty = within(table).getByRole('rowheader', { name: 'Wed 03-29 03:00' }).parentElement;
    expect([...(empty?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      'no data',
      'no data',
      'Tue 03-28 03:00',
      'no data',
      '–',
    ]);
  });
});
