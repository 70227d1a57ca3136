/**
 * The first paint: while the app's large script (React, recharts) still downloads and runs, the
 * page's small first script draws the linked view's chart as static SVG from the early traffic
 * answer, in the page's frame (header, a placeholder for the controls and figures, the figure).
 * React replaces all of it when it first renders (createRoot clears its container). Nothing here
 * is interactive; a view that cannot be drawn (no link, an error, an odd answer) is left to the app.
 * See docs/decisions/006-first-paint.md.
 */
import { CHART_MARGIN } from '../chart/layout.ts';
import { anyCut } from '../../domain/partial.ts';
import { legendEntries, swatchLook, type CountingSubject } from '../../domain/series-list.ts';
import { downsample, nothingRecorded } from '../../domain/series.ts';
import type { Traffic } from '@footfall/contract';
import type { Answer } from '../../api/requests.ts';
import { countingOf } from '../../domain/subject.ts';
import { chartCaption } from '../../i18n/caption.ts';
import { viewSeries } from '../../domain/pairing.ts';
import { INTL_LOCALE, MESSAGES, type Locale, type Messages } from '../../i18n/messages.ts';
import { drawableTraffic } from './drawable.ts';
import { firstChartSvg } from './first-chart.ts';
import { rememberChartWidth } from '../chart/painted.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

/** The chart's legend, above the plot, as the app's `ChartLegend` draws it. */
function legend(t: Messages, counting: CountingSubject, partial: boolean): HTMLElement {
  const items = legendEntries(counting, t, partial).map((entry) => {
    const look = swatchLook(entry);
    const swatch = element('span', look.className);
    swatch.style.background = look.background;
    if (look.borderColor !== undefined) swatch.style.borderColor = look.borderColor;
    return element('li', '', swatch, entry.label);
  });
  return element('ul', 'legend', ...items);
}

/**
 * Draws `traffic` into the empty `root`; returns false (drawing nothing) when the answer is not
 * drawable or there is nothing recorded, which the app says better.
 */
function paintTraffic(root: HTMLElement, traffic: Traffic, locale: Locale): boolean {
  if (nothingRecorded(traffic)) return false;
  // Missing buckets are gaps, as the app draws them; a comparison is paired bucket by bucket.
  const series = viewSeries(traffic);
  const t = MESSAGES[locale];
  const intlLocale = INTL_LOCALE[locale];
  const counting = countingOf(traffic);

  const cards = element(
    'div',
    'skeleton-cards',
    ...['', '', '', ''].map(() => element('span', '')),
  );
  cards.setAttribute('aria-hidden', 'true');
  const controls = element('div', 'first-paint-controls');
  controls.setAttribute('aria-hidden', 'true');
  const { points } = downsample(series);
  const frame = element('div', 'first-chart', legend(t, counting, anyCut(points)));
  const figure = element(
    'figure',
    'chart-figure',
    element(
      'figcaption',
      '',
      element('span', 'chart-title', t.chartTitle),
      element('span', 'chart-caption', chartCaption(traffic, t, intlLocale)),
    ),
    element('div', 'chart-box', frame),
  );
  // Busy, as the app marks its traffic while it loads: the app is still on its way.
  const panel = element('div', 'traffic', cards, figure);
  panel.setAttribute('aria-busy', 'true');
  const main = element('main', 'main', controls, panel);
  root.replaceChildren(
    element(
      'div',
      'app first-paint',
      element(
        'header',
        '',
        element('div', 'header', element('div', 'brand', element('h1', '', t.productName))),
        element('p', 'lede', t.productLede),
      ),
      main,
    ),
  );

  // One layout, to size the chart to its box, as recharts does.
  const width = Math.floor(frame.getBoundingClientRect().width);
  rememberChartWidth(width);
  frame.insertAdjacentHTML(
    'beforeend',
    firstChartSvg({
      points,
      granularity: traffic.granularity,
      countsWalkOut: counting.countsWalkOut,
      ...(counting.comparison && { comparison: counting.comparison }),
      width,
      plotTop: CHART_MARGIN.top,
      locale: intlLocale,
    }),
  );
  return true;
}

/** The attribute marking index.html's static shell, which the first paint and the app replace. */
const SHELL_ATTRIBUTE = 'data-shell';

/** Whether the app has rendered into `root` (anything there but the page's static shell). */
function appRendered(root: HTMLElement): boolean {
  return [...root.childNodes].some((node) =>
    node instanceof Element
      ? !node.hasAttribute(SHELL_ATTRIBUTE)
      : node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() !== '',
  );
}

/**
 * The static shell in the visitor's language: it is written in English, painted before any
 * script runs.
 *
 * @example localizeShell(root, startLocale())
 */
export function localizeShell(root: HTMLElement, locale: Locale): void {
  const shell = root.querySelector(`[${SHELL_ATTRIBUTE}]`);
  const lede = shell?.querySelector('.lede');
  if (lede) lede.textContent = MESSAGES[locale].productLede;
}

/**
 * Paints the early traffic answer into `root` if it arrives before the app has rendered there.
 * Resolves true when it painted. Never rejects: the app reports any failure itself.
 *
 * @example void paintFirstView(root, early.traffic.answer, startLocale())
 */
export async function paintFirstView(
  root: HTMLElement,
  answer: Promise<Answer>,
  locale: Locale,
): Promise<boolean> {
  try {
    const { ok, body } = await answer;
    const traffic = ok ? drawableTraffic(body) : undefined;
    // A device's answer or a store's: the caption names either subject.
    return traffic !== undefined && !appRendered(root) && paintTraffic(root, traffic, locale);
  } catch {
    return false;
  }
}
