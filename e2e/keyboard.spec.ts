import { type Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { openView, PAST_WEEK, settled, viewPath } from './support.ts';

interface Stop {
  name: string;
  /** The focus ring: the element's outline, or its label's for the visually hidden radios. */
  outline: string;
}

/** Tabs through the page from the top, naming each control that takes focus, once each. */
async function tabStops(page: Page, presses: number): Promise<Stop[]> {
  await page.locator('body').focus();
  const stops: Stop[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return undefined;
      const label =
        element.getAttribute('aria-label') ??
        (element instanceof HTMLInputElement || element instanceof HTMLSelectElement
          ? element.labels?.[0]?.textContent
          : null) ??
        element.textContent;
      const ring =
        element instanceof HTMLInputElement && element.type === 'radio'
          ? element.nextElementSibling
          : element;
      const style = ring ? getComputedStyle(ring) : undefined;
      return {
        name: label.trim(),
        outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : 'none',
      };
    });
    if (stop && stops.at(-1)?.name !== stop.name) stops.push(stop);
  }
  return stops;
}

test.describe('keyboard', () => {
  test('should reach every control in reading order, each with a visible focus ring', async ({
    page,
  }) => {
    await openView(page, { ...PAST_WEEK, granularity: 'day' });
    await settled(page);
    const stops = await tabStops(page, 45);
    const names = stops.map((stop) => stop.name);
    const expected = [
      'Dashboard',
      'All stores',
      'Language / 语言',
      'Store or door',
      'From',
      'To',
      'Today',
      'Yesterday',
      'Last 7 days',
      'Last 30 days',
      'This month',
      'Last month',
      'This year',
      'Day',
      'Business hours only',
      'Export PNG',
      'Export CSV',
      'Data table',
    ];
    const positions = expected.map((name) => names.findIndex((n) => n.startsWith(name)));
    expect(positions, `tab stops: ${names.join(' | ')}`).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const stop of stops.filter((s) => expected.some((name) => s.name.startsWith(name)))) {
      expect(stop.outline, `focus ring of ${stop.name}`).not.toMatch(/^none|\b0px$/);
    }
  });

  test('should change granularity with the arrow keys and business hours with Space', async ({
    page,
  }) => {
    await openView(page, { ...PAST_WEEK, granularity: 'day' });
    await page.getByRole('radio', { name: 'Day' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
    await expect(page).toHaveURL(viewPath({ ...PAST_WEEK, granularity: 'week' }));

    await page.getByRole('switch', { name: 'Business hours only' }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(
      viewPath({ ...PAST_WEEK, granularity: 'week', businessHours: true }),
    );
  });
});
