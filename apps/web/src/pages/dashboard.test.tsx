import { errorBodySchema } from '@footfall/contract';
import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  allDayTrafficCalls,
  FACE_CAMERA,
  inEnglish,
  mockApi,
  SHANGHAI_DOOR,
  trafficAnswer,
  trafficCalls,
  type Api,
} from '../test/app-api.ts';
import { renderApp } from '../test/render-app.tsx';

const VIEW =
  '?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

const summary = () => screen.findByRole('region', { name: 'Summary' });

/** The busiest hour of the answer the page drew, and its walk-ins. */
async function busiestHour(api: Api) {
  const { buckets } = await trafficAnswer(api, allDayTrafficCalls(api)[0]);
  const peak = buckets.reduce((best, b) => (b.walkIn > best.walkIn ? b : best));
  return { walkIn: peak.walkIn, hour: peak.start.slice(11, 16) };
}

describe('Dashboard', () => {
  it('should complete the URL with the default view, the first store, and show the sandbox badge', async () => {
    mockApi();
    renderApp('/');
    await summary();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('store')).toBe('nanjing-road');
    expect(params.get('device')).toBeNull();
    expect(params.get('granularity')).toBe('hour');
    expect(params.get('businessHours')).toBe('false');
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByText('Sandbox data')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Footfall' })).toBeTruthy();
  });

  it('should show totals, net and peak from the response', async () => {
    const api = mockApi();
    renderApp(`/${VIEW}`);
    const region = await summary();
    const value = (term: string) => within(region).getByText(term).nextElementSibling?.textContent;
    const { totals } = await trafficAnswer(api, allDayTrafficCalls(api)[0]);
    const walkOut = totals.walkOut ?? Number.NaN;
    expect(value('Walk-ins')).toBe(inEnglish(totals.walkIn));
    expect(value('Walk-outs')).toBe(inEnglish(walkOut));
    expect(value('Net')).toBe(inEnglish(totals.walkIn - walkOut));
    const peak = await busiestHour(api);
    expect(value('Peak')).toBe(`${inEnglish(peak.walkIn)} at Wed 03-29 ${peak.hour}`);
    expect(
      screen.getByText(/Main entrance \(d4:7c:44:90:6f:14\), Nanjing Road Flagship/),
    ).toBeTruthy();
  });

  it("should keep each word of the peak's time whole, so a phone never splits 03-29", async () => {
    const api = mockApi();
    renderApp(`/${VIEW}`);
    const region = await summary();
    for (const word of ['Wed', '03-29', (await busiestHour(api)).hour]) {
      // app.css gives .nowrap `white-space: nowrap`; jsdom loads no stylesheet.
      expect(within(region).getByText(word).classList.contains('nowrap')).toBe(true);
    }
  });

  it('should say walk-outs are not counted for a device that cannot count them', async () => {
    mockApi();
    renderApp(`/?device=${FACE_CAMERA.mac}&from=2023-03-29&to=2023-03-29`);
    const region = await summary();
    expect(within(region).getAllByText('not counted by this device')).toHaveLength(2);
    expect(within(region).queryByText('0')).toBeNull();
  });

  it('should put user changes in the URL and follow Back', async () => {
    const api = mockApi();
    renderApp(`/${VIEW}`);
    await summary();
    await userEvent.click(screen.getByRole('radio', { name: 'Day' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Business hours only' }));
    expect(window.location.search).toBe(
      '?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=day&businessHours=true',
    );
    expect(
      screen.getByRole('switch', { name: 'Business hours only' }).getAttribute('aria-checked'),
    ).toBe('true');
    await waitFor(() => {
      expect(trafficCalls(api).at(-1)?.searchParams.get('businessHours')).toBe('true');
    });

    act(() => {
      window.history.back();
    });
    await waitFor(() => {
      expect(window.location.search).toContain('granularity=day&businessHours=false');
    });
    await waitFor(() => {
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Day' }).checked).toBe(true);
    });
    expect(
      screen.getByRole('switch', { name: 'Business hours only' }).getAttribute('aria-checked'),
    ).toBe('false');
  });

  it('should show the server message and retry on demand', async () => {
    const api = mockApi();
    const { faults } = await api.sandbox();
    // The platform answers -500 to the client's every attempt (it tries 4 times) for one request.
    const failOnce = () => {
      faults.push({ mac: SHANGHAI_DOOR.mac, code: -500, times: 4 });
    };
    failOnce();
    const refusal = errorBodySchema.parse(
      await api.answer(`/api/traffic${VIEW.replace('device=', 'mac=')}`),
    );
    failOnce();
    renderApp(`/${VIEW}`);
    expect(await screen.findByText(refusal.error.message)).toBeTruthy();
    expect(allDayTrafficCalls(api)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await summary();
    expect(allDayTrafficCalls(api)).toHaveLength(2);
  });

  it('should say when nothing was recorded', async () => {
    mockApi({
      reshapeTraffic: (answer) => ({
        status: 200,
        body: { ...answer, buckets: [], totals: { walkIn: 0, walkOut: 0 } },
      }),
    });
    renderApp(`/${VIEW}`);
    expect(await screen.findByText('No traffic recorded in this range')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export PNG' })).toBeNull();
  });

  it('should mark stale data with its age', async () => {
    mockApi({
      reshapeTraffic: (answer) => ({
        status: 200,
        body: { ...answer, stale: true, staleAgeSeconds: 300 },
      }),
    });
    renderApp(`/${VIEW}`);
    expect(await screen.findByText('Stale data')).toBeTruthy();
    expect(screen.getByText(/5 minutes ago/)).toBeTruthy();
  });

  it('should show a loading status before the first answer', async () => {
    mockApi();
    renderApp(`/${VIEW}`);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    await summary();
  });

  it('should speak Chinese when switched', async () => {
    mockApi();
    renderApp(`/${VIEW}`);
    await summary();
    await userEvent.selectOptions(screen.getByLabelText(/Language/), '简体中文');
    expect(await screen.findByRole('region', { name: '概览' })).toBeTruthy();
    expect(screen.getByLabelText('门店或入口')).toBeTruthy();
    expect(screen.getByLabelText('开始日期')).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: '粒度' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 PNG' })).toBeTruthy();
    expect(screen.getByText('沙盒数据')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('should offer each store and each door, grouped by store, and open the one picked', async () => {
    const api = mockApi();
    renderApp(`/${VIEW}`);
    await summary();
    const select = screen.getByRole('combobox', { name: 'Store or door' });
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toEqual(['Nanjing Road Flagship', 'Lujiazui Metro Kiosk', 'Ginza Boutique']);
    const nanjing = [...(select.querySelector('optgroup')?.querySelectorAll('option') ?? [])];
    expect(nanjing.map((o) => o.textContent)).toEqual([
      'Nanjing Road Flagship — all doors',
      'Main entrance (d4:7c:44:90:6f:14)',
      'East side door (d4:7c:44:90:6f:15)',
      'VIP lounge face camera (d4:7c:44:90:6f:16) · inner door, not in the total',
    ]);
    await userEvent.selectOptions(select, 'Ginza Boutique — all doors');
    expect(window.location.search).toBe(
      '?store=ginza&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false',
    );
    await waitFor(() => {
      expect(trafficCalls(api).at(-1)?.searchParams.get('store')).toBe('ginza');
    });
    expect(await screen.findByText(/Ginza Boutique — all doors \(Entrance\)/)).toBeTruthy();
  });

  it('should say when a link names a store the user cannot see, and show their first store instead', async () => {
    mockApi();
    renderApp('/?store=berlin-hbf&from=2023-03-29&to=2023-03-29');
    await summary();
    expect(new URLSearchParams(window.location.search).get('store')).toBe('nanjing-road');
    expect(screen.getByTestId('unseen-subject').textContent).toBe(
      'The link is for “berlin-hbf”, a store or door you cannot see, or that no longer exists. Showing Nanjing Road Flagship instead.',
    );
    // Picking another store ends the notice: it was about the link.
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Store or door' }),
      'Ginza Boutique — all doors',
    );
    await screen.findByText(/Ginza Boutique — all doors \(Entrance\)/);
    expect(screen.queryByTestId('unseen-subject')).toBeNull();
  });

  it('should not say so for a link to a store the user sees', async () => {
    mockApi();
    renderApp('/?store=ginza&from=2023-03-29&to=2023-03-29');
    await screen.findByText(/Ginza Boutique — all doors \(Entrance\)/);
    expect(screen.queryByTestId('unseen-subject')).toBeNull();
  });
});
