import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blobText, captureDownloads } from '../../test/downloads.ts';
import { mockApi } from '../../test/app-api.ts';
import { SAMPLE_ANSWERS, sampleTraffic } from '../../test/sample-traffic.ts';
import { renderApp } from '../../test/render-app.tsx';

const DEVICE_VIEW =
  '/?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';
const STORE_VIEW =
  '/?store=nanjing-road&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

describe('honest gaps', () => {
  it('should say how many hours of a past day have no data', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(DEVICE_VIEW);
    const notice = await screen.findByTestId('gap-notice');
    // The fake answer has rows for 10:00 and 11:00 only.
    expect(notice.textContent).toContain('22 hours with no data');
  });

  it('should say nothing when every bucket has data', async () => {
    mockApi({
      reshapeTraffic: (_answer, query) => ({
        status: 200,
        body: {
          ...sampleTraffic(query),
          from: '2023-03-29',
          to: '2023-03-29',
          granularity: 'day',
          buckets: [{ start: '2023-03-29T00:00:00+08:00', walkIn: 1246, walkOut: 1210 }],
        },
      }),
    });
    renderApp(DEVICE_VIEW.replace('hour', 'day'));
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByTestId('gap-notice')).toBeNull();
  });

  it('should write "no data" in the table for a missing hour, never 0', async () => {
    mockApi(SAMPLE_ANSWERS);
    renderApp(DEVICE_VIEW);
    await screen.findByTestId('chart');
    await userEvent.click(screen.getByText('Data table'));
    // The rows' code loads on the first opening.
    const table = await screen.findByRole('table');
    const row = (time: string) =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.querySelector(`time[datetime="2023-03-29T${time}:00+08:00"]`));
    expect([...(row('09:00')?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      'no data',
      'no data',
    ]);
    expect([...(row('10:00')?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      '12',
      '10',
    ]);
  });

  it('should write "no data" in the CSV for a missing hour', async () => {
    mockApi(SAMPLE_ANSWERS);
    const files = captureDownloads();
    renderApp(DEVICE_VIEW);
    await screen.findByTestId('chart');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const lines = (await blobText(files[0]?.blob)).split('\n');
    expect(lines).toContain('2023-03-29T00:00:00+08:00,,no data,no data');
    expect(lines).toContain('2023-03-29T10:00:00+08:00,,12,10');
  });

  it('should name the store door that lacks data', async () => {
    mockApi({
      reshapeTraffic: (_answer, query) => {
        const traffic = sampleTraffic(query);
        if ('doors' in traffic)
          traffic.doors.find((d) => d.name === 'East side door')?.buckets.pop();
        return { status: 200, body: traffic };
      },
    });
    renderApp(STORE_VIEW);
    const notice = await screen.findByTestId('gap-notice');
    const doors = within(notice)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(doors).toEqual([
      'Main entrance: 22 hours with no data',
      'East side door: 23 hours with no data',
    ]);
  });
});
