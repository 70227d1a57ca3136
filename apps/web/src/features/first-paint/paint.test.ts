import { readFileSync } from 'node:fs';
import type { Bucket } from '@footfall/contract';
import { dirname, join } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { sendEarlyRequests } from '../../api/early.ts';
import { readAnswer, type Answer } from '../../api/requests.ts';
import { boot } from '../../boot.tsx';
import {
  allDayTrafficCalls,
  FACE_CAMERA,
  inEnglish,
  mockApi,
  SHANGHAI_DOOR,
  trafficAnswer,
} from '../../test/app-api.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { localizeShell, paintFirstView } from './paint.ts';

const DAY = 'from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=false';

/** The app's answer for a device (`mac=…`) or a store (`store=…`) over the day. */
const realAnswer = (subject: string) => trafficAnswer(mockApi(), `${subject}&${DAY}`);
const deviceTraffic = () => realAnswer(`mac=${SHANGHAI_DOOR.mac}`);

/** The bars of walk-ins and walk-outs: one per series per bucket above 0 (a 0 draws none). */
const barsOf = (buckets: readonly Bucket[]) =>
  buckets.filter((b) => b.walkIn > 0).length + buckets.filter((b) => (b.walkOut ?? 0) > 0).length;
const answer = (body: unknown, status = 200): Promise<Answer> =>
  readAnswer(Promise.resolve(new Response(JSON.stringify(body), { status })));
const newRoot = (): HTMLElement => document.body.appendChild(document.createElement('div'));

let reactRoot: Root | undefined;
afterEach(() => {
  act(() => reactRoot?.unmount());
  reactRoot = undefined;
  document.body.replaceChildren();
});

describe('paintFirstView', () => {
  it("should draw the view's figure, caption, legend and both series", async () => {
    const root = newRoot();
    const body = await deviceTraffic();
    expect(await paintFirstView(root, answer(body), 'en')).toBe(true);
    const figure = within(root).getByRole('figure');
    expect(within(figure).getByText('Walk-ins and walk-outs')).toBeTruthy();
    expect(figure.querySelector('figcaption')?.textContent).toContain(
      'Main entrance (d4:7c:44:90:6f:14), Nanjing Road Flagship',
    );
    expect(within(figure).getByText('Walk-outs')).toBeTruthy();
    expect(figure.querySelectorAll('svg g.first-chart-series rect')).toHaveLength(
      barsOf(body.buckets),
    );
    expect(within(root).getByRole('heading', { name: 'Footfall' })).toBeTruthy();
  });

  it('should name a store and the doors it counts', async () => {
    const root = newRoot();
    const body = await realAnswer('store=nanjing-road');
    expect(await paintFirstView(root, answer(body), 'en')).toBe(true);
    expect(root.querySelector('figcaption')?.textContent).toContain(
      'Nanjing Road Flagship — all doors (Main entrance, East side door)',
    );
    expect(root.querySelectorAll('svg g.first-chart-series rect')).toHaveLength(
      barsOf(body.buckets),
    );
  });

  it('should say walk-outs are not counted, in Chinese too', async () => {
    const root = newRoot();
    const body = await realAnswer(`mac=${FACE_CAMERA.mac}`);
    expect(await paintFirstView(root, answer(body), 'zh')).toBe(true);
    expect(root.querySelector('.legend')?.textContent).toContain('此设备不统计');
    expect(root.querySelectorAll('svg g.first-chart-series')).toHaveLength(1);
  });

  it("should word a store's uncounted walk-outs for the store, in English and Chinese", async () => {
    const body = await realAnswer('store=lujiazui-kiosk');
    for (const [locale, text] of [
      ['en', 'Walk-outs: not counted at every entrance of this store'],
      ['zh', '出店：本店并非每个入口都统计'],
    ] as const) {
      const root = newRoot();
      expect(await paintFirstView(root, answer(body), locale)).toBe(true);
      expect(root.querySelector('.legend')?.textContent).toContain(text);
      expect(root.querySelector('.legend')?.textContent).not.toContain(
        MESSAGES[locale].notCountedByDevice,
      );
    }
  });

  it("should draw over index.html's static shell, and say the shell's lede in Chinese", async () => {
    const html = readFileSync(join(dirname(import.meta.filename), '../../../index.html'), 'utf8');
    const shell = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
    if (!shell) throw new Error('index.html has no #root');
    // The shell is English as written: the same words the app says.
    expect(shell.querySelector('.lede')?.textContent.trim()).toBe(MESSAGES.en.productLede);
    const root = newRoot();
    root.innerHTML = shell.innerHTML;
    localizeShell(root, 'zh');
    expect(root.querySelector('.lede')?.textContent).toBe(MESSAGES.zh.productLede);
    expect(await paintFirstView(root, answer(await deviceTraffic()), 'en')).toBe(true);
    expect(root.querySelector('[data-shell]')).toBeNull();
    expect(root.querySelector('.lede')?.textContent).toBe(MESSAGES.en.productLede);
    expect(root.querySelector('figure svg')).not.toBeNull();
  });

  it('should leave the page to the app once the app has drawn there', async () => {
    const root = newRoot();
    root.append('the app');
    expect(await paintFirstView(root, answer(await deviceTraffic()), 'en')).toBe(false);
    expect(root.textContent).toBe('the app');
  });

  it('should draw nothing for an error, an odd body or a range with no traffic', async () => {
    const root = newRoot();
    const error = { error: { code: 'RANGE_TOO_LONG', message: 'too long' } };
    const traffic = await deviceTraffic();
    const silent = { ...traffic, buckets: [] };
    for (const [body, status] of [
      [error, 400],
      [{ ...traffic, buckets: [{ start: 'x', walkIn: '12', walkOut: null }] }, 200],
      [silent, 200],
    ] as const) {
      expect(await paintFirstView(root, answer(body, status), 'en')).toBe(false);
    }
    expect(await paintFirstView(root, Promise.reject(new TypeError('offline')), 'en')).toBe(false);
    expect(root.hasChildNodes()).toBe(false);
  });

  it('should be replaced by the app, which still reads the same early answer', async () => {
    const mock = mockApi();
    window.history.replaceState(
      null,
      '',
      `/?device=${SHANGHAI_DOOR.mac}&from=2023-03-29&to=2023-03-29`,
    );
    const root = newRoot();
    const early = sendEarlyRequests(window.location.pathname, window.location.search);
    if (!early.traffic) throw new Error('the link names a view');
    expect(await paintFirstView(root, early.traffic.answer, 'en')).toBe(true);
    await act(async () => {
      reactRoot = await boot(root, early);
    });
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const { totals } = await trafficAnswer(mock, allDayTrafficCalls(mock)[0]);
    expect(within(summary).getByText(inEnglish(totals.walkIn))).toBeTruthy();
    expect(root.querySelector('.first-paint')).toBeNull();
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(allDayTrafficCalls(mock)).toHaveLength(1);
  });
});
