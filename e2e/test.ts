/**
 * The `test` every spec uses: Playwright's, with a guard that fails a test on any
 * Content-Security-Policy violation in its pages (a `securitypolicyviolation` event, or Chromium's
 * console report of a refused script, style, image, connection or eval). The server's CSP is
 * strict; this makes "no violation anywhere in the product" a property every e2e test checks.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

const BINDING = '__footfallCspViolation';

/** Chromium's console words for a refusal by the page's CSP. */
const CSP_CONSOLE = /Content Security Policy/i;

/**
 * Records every CSP violation of `context`'s pages into `violations`. The default `context` of
 * a test is guarded already; a spec that makes its own context guards it with this.
 *
 * @example const context = await browser.newContext(); await guardCsp(context, violations);
 */
export async function guardCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding(BINDING, (_source, text: unknown) => {
    violations.push(String(text));
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`;
      const send: unknown = Reflect.get(window, binding);
      if (typeof send === 'function') void Reflect.apply(send, window, [report]);
    });
  }, BINDING);
  context.on('console', (message) => {
    if (message.type() === 'error' && CSP_CONSOLE.test(message.text())) {
      violations.push(message.text());
    }
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await guardCsp(context, violations);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
