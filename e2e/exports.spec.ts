import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Download, type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { WALK_IN_COLOR, WALK_OUT_COLOR } from '../apps/web/src/domain/colors.ts';
import { hasPngSignature, pixelStats, pngSize } from './png.ts';
import { chartFigure, fetchTraffic, openView, PAST_WEEK, type ViewQuery } from './support.ts';

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

test.describe('PNG export', () => {
  test('should download an opaque, non-blank PNG at twice the chart size or more', async ({
    page,
    context,
  }) => {
    // Few buckets draw as bars, whose insides are the series' exact colours.
    const view: ViewQuery = { ...PAST_WEEK, granularity: 'day' };
    await openView(page, view);
    const box = await chartFigure(page).boundingBox();
    if (!box) throw new Error('the chart figure has no box');

    const { file, bytes } = await download(page, 'Export PNG');
    expect(file.suggestedFilename()).toBe('footfall-d47c44906f14-2023-03-27-2023-04-02-day.png');
    expect(hasPngSignature(bytes)).toBe(true);
    const size = pngSize(bytes);
    expect(size.width).toBeGreaterThanOrEqual(2 * box.width);
    expect(size.height).toBeGreaterThanOrEqual(2 * 320);

    const stats = await pixelStats(context, bytes, [WALK_IN_COLOR, WALK_OUT_COLOR, '#ffffff']);
    expect(stats).toMatchObject({ width: size.width, height: size.height, translucent: 0 });
    expect(stats.distinctColors).toBeGreaterThan(20); // text is anti-aliased: many shades
    expect(stats.matches[WALK_IN_COLOR]).toBeGreaterThan(1000);
    expect(stats.matches[WALK_OUT_COLOR]).toBeGreaterThan(1000);
    // Mostly white background, yet far from all of it.
    expect(stats.matches['#ffffff']).toBeGreaterThan(size.width * size.height * 0.5);
    expect(stats.matches['#ffffff']).toBeLessThan(size.width * size.height * 0.98);

    const dir = join(tmpdir(), 'shots');
    mkdirSync(dir, { recursive: true });
    copyFileSync(await file.path(), join(dir, 'e2e-export.png'));
  });
});

test.describe('CSV export', () => {
  test("should download every bucket with the API's numbers", async ({ page, request }) => {
    const traffic = await fetchTraffic(request, PAST_WEEK);
    expect(traffic.buckets).toHaveLength(7 * 24);
    await openView(page, PAST_WEEK);

    const { file, bytes } = await download(page, 'Export CSV');
    expect(file.suggestedFilename()).toBe('footfall-d47c44906f14-2023-03-27-2023-04-02-hour.csv');
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n');
    // Hours are no number of days: their `days` cells are empty.
    expect(lines.shift()).toBe('start,days,walk_in,walk_out');
    expect(lines.pop()).toBe(''); // a final line end
    expect(lines).toEqual(traffic.buckets.map((b) => `${b.start},,${b.walkIn},${b.walkOut ?? ''}`));
  });
});
