import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  allDayTrafficCalls,
  changeInEnglish,
  FRONT_DOOR,
  inEnglish,
  mockApi,
  SHANGHAI_DOOR,
  trafficAnswer,
  trafficCalls,
  WITH_POPUP,
  type Api,
} from '../../test/app-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const viewOf = (mac: string, day: string) =>
  `/?device=${mac}&from=${day}&to=${day}&granularity=hour&businessHours=false`;
const VIEW = viewOf(SHANGHAI_DOOR.mac, '2023-03-29');
/**
 * The pop-up's front door: whole on Thursday 2024-05-16 and Wednesday 2024-05-08, offline
 * 13:00–16:00 on Thursday 2024-05-09 and all Sunday 2024-05-12.
 */
const WHOLE_THURSDAY = viewOf(FRONT_DOOR.mac, '2024-05-16');
const OUTAGE_THURSDAY = viewOf(FRONT_DOOR.mac, '2024-05-09');
const AFTER_SILENT_SUNDAY = viewOf(FRONT_DOOR.mac, '2024-05-19');

const summary = () => screen.findByRole('region', { name: 'Summary' });
const walkIns = (region: HTMLElement) =>
  within(region).getByText('Walk-ins').nextElementSibling?.textContent;

/** The last answer the chart was given, asked again from the app. */
const lastAnswer = (api: Api) => trafficAnswer(api, allDayTrafficCalls(api).at(-1));
/** The last answer with a comparison the chart was given. */
const comparedAnswer = (api: Api) =>
  trafficAnswer(
    api,
    allDayTrafficCalls(api).findLast((url) => url.searchParams.has('compare')),
  );

const arrow = (now: number, then: number) => (now > then ? '▲' : now < then ? '▼' : '=');

describe('Compare with', () => {
  it('should ask for the comparison, keep it in the URL and give the change of the totals', async () => {
    const api = mockApi({ stores: WITH_POPUP });
    renderApp(WHOLE_THURSDAY);
    const region = await summary();
    const control = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Compare with' });
    expect(control.value).toBe('');
    expect([...control.options].map((o) => o.text)).toEqual([
      'Nothing',
      'Previous period (May 15)',
      'Same days last week (May 9)',
      'Same weekdays last year (May 18, 2023)',
    ]);
    await userEvent.selectOptions(control, 'week');
    expect(window.location.search).toBe(`${WHOLE_THURSDAY.slice(1)}&compare=week`);
    await waitFor(() => {
      expect(trafficCalls(api).at(-1)?.searchParams.get('compare')).toBe('week');
    });
    // The week before was the front door's afternoon outage: some of its hours had no data.
    const { totals, comparison } = await comparedAnswer(api);
    if (!comparison) throw new Error('no comparison');
    const missing = 24 - comparison.buckets.length;
    expect(missing).toBeGreaterThan(0);
    const [now, then] = [totals.walkIn, comparison.totals.walkIn];
    expect(await within(region).findByText(changeInEnglish(now, then))).toBeTruthy();
    expect(walkIns(region)).toBe(
      `${inEnglish(now)}${arrow(now, then)} ${changeInEnglish(now, then)} vs May 9 (${String(missing)} hours with no data then)`,
    );
  });

  it('should name the comparison in the caption, and drop it for Nothing', async () => {
    const api = mockApi();
    renderApp(`${VIEW}&compare=week`);
    const region = await summary();
    const figure = await screen.findByRole('figure');
    expect(figure.textContent).toContain('vs the same days last week, Mar 22, 2023 – Mar 22, 2023');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), '');
    expect(window.location.search).not.toContain('compare');
    const { totals } = await lastAnswer(api);
    await waitFor(() => {
      expect(walkIns(region)).toBe(inEnglish(totals.walkIn));
    });
  });

  it('should say there is no comparison data when the earlier range has no buckets', async () => {
    // A week earlier the front door was silent all day.
    const api = mockApi({ stores: WITH_POPUP });
    renderApp(`${AFTER_SILENT_SUNDAY}&compare=week`);
    const region = await summary();
    const { totals, comparison } = await comparedAnswer(api);
    expect(comparison?.buckets).toEqual([]);
    await waitFor(() => {
      expect(walkIns(region)).toBe(`${inEnglish(totals.walkIn)}No comparison data · vs May 12`);
    });
  });

  it('should show the compared bucket, its walk-ins and the change in the data table', async () => {
    const api = mockApi({ stores: WITH_POPUP });
    renderApp(`${OUTAGE_THURSDAY}&compare=previous`);
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
    const { buckets, comparison } = await comparedAnswer(api);
    const hourOf = (start: string) => start.slice(11, 16);
    const earlier = new Map(comparison?.buckets.map((b) => [hourOf(b.start), b]));
    // An hour with walk-ins then and now, and one of the outage (no data now, counted then).
    const counted = buckets.find(
      (b) => b.walkIn > 0 && (earlier.get(hourOf(b.start))?.walkIn ?? 0) > 0,
    );
    const lost = [...earlier.keys()].find((hour) => !buckets.some((b) => hourOf(b.start) === hour));
    if (!counted || lost === undefined) throw new Error('the outage day has no such hours');
    const hour = hourOf(counted.start);
    const then = earlier.get(hour)?.walkIn ?? Number.NaN;
    const row = within(table).getByRole('rowheader', { name: `Thu 05-09 ${hour}` }).parentElement;
    expect([...(row?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      inEnglish(counted.walkIn),
      inEnglish(counted.walkOut ?? Number.NaN),
      `Wed 05-08 ${hour}`,
      inEnglish(then),
      changeInEnglish(counted.walkIn, then),
    ]);
    const empty = within(table).getByRole('rowheader', { name: `Thu 05-09 ${lost}` }).parentElement;
    expect([...(empty?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      'no data',
      'no data',
      `Wed 05-08 ${lost}`,
      inEnglish(earlier.get(lost)?.walkIn ?? Number.NaN),
      '–',
    ]);
  });
});
