/**
 * The page's first script, kept small: it sends the first API requests at once, paints the linked
 * view's chart from its answer, and loads the app, whose script (React, recharts) takes longest to
 * download, compile and run.
 */
import { sendEarlyRequests } from './api/early.ts';
import { paintFirstView } from './first-paint/paint.ts';
import { startLocale } from './i18n/detect.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/** How long the app waits for the first paint before it starts anyway (a slow answer). */
const FIRST_PAINT_WAIT_MS = 500;

const early = sendEarlyRequests(window.location.search);
// The linked view's chart, drawn statically as soon as its answer arrives; React replaces it.
const firstPaint = early.traffic
  ? paintFirstView(root, early.traffic.response, startLocale())
  : Promise.resolve(false);
// The main thread is idle while the app's chunk compiles: load the ICU data Intl formatters need
// now, which otherwise costs the first render's first formatter 50–100 ms.
new Intl.NumberFormat(navigator.language).format(1);
new Intl.DateTimeFormat(navigator.language, { timeZone: 'UTC', weekday: 'short' }).format(0);

/** Resolves once the browser has painted the current DOM. */
const painted = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

// Running the app's modules is one long task (~0.2–0.4 s here): it starts once the first paint is
// on screen, or given up, so it cannot hold that frame back. The chunk downloads and compiles
// meanwhile (index.html preloads it).
Promise.race([
  firstPaint.then((drawn) => (drawn ? painted() : undefined)),
  new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS)),
])
  .then(() => import('./boot.tsx'))
  .then(({ boot }) => boot(root, early))
  .catch((error: unknown) => {
    // Typically a script from an older build, gone since a deploy: a reload fetches the new one.
    root.textContent = `Footfall could not start (${String(error)}). Reload the page to try again.`;
  });
