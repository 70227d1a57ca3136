/**
 * The page's first script, kept small: it sends the first API requests at once, paints the linked
 * view's chart from its answer, and loads the app, whose script (React, recharts) takes longest to
 * download, compile and run.
 */
import { sendEarlyRequests } from './api/early.ts';
import { localizeShell, paintFirstView } from './features/first-paint/paint.ts';
import { preloadAppChunks } from './features/first-paint/app-chunks.ts';
import { afterFirstPaint, nextPaint } from './features/first-paint/schedule.ts';
import { startLocale } from './i18n/detect.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/** How long the app waits for the first paint before it starts anyway (a slow answer). */
const FIRST_PAINT_WAIT_MS = 500;

const locale = startLocale();
// index.html's shell is in English; a Chinese visitor gets it in Chinese as soon as this runs.
if (locale !== 'en') localizeShell(root, locale);
const early = sendEarlyRequests(window.location.pathname, window.location.search);
// The linked view's chart, drawn statically as soon as its answer arrives; React replaces it.
// The overview page has no traffic chart, so it has no early traffic to paint.
const firstPaint = early.traffic
  ? paintFirstView(root, early.traffic.answer, locale)
  : Promise.resolve(false);
// The main thread is idle while the answers and the app's chunk are on their way: load the ICU
// data Intl formatters need now, which otherwise costs the first formatter 50–100 ms. A task of
// its own, not part of this script's.
setTimeout(() => {
  new Intl.NumberFormat(navigator.language).format(1);
  new Intl.DateTimeFormat(navigator.language, { timeZone: 'UTC', weekday: 'short' }).format(0);
}, 0);

// The app's chunk downloads and compiles from the shell's first frame on (vite.config.ts says why
// not before); its modules run once the first paint is on screen (or given up).
void nextPaint().then(() => preloadAppChunks(document));
afterFirstPaint(firstPaint, FIRST_PAINT_WAIT_MS)
  .then(() => import('./boot.tsx'))
  .then(({ boot }) => boot(root, early))
  .catch((error: unknown) => {
    // Typically a script from an older build, gone since a deploy: a reload fetches the new one.
    root.textContent = `Footfall could not start (${String(error)}). Reload the page to try again.`;
  });
