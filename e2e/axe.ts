/**
 * axe-core in the e2e tests: the WCAG 2.1 A/AA rules and axe's best practices, run on a page as
 * it is on screen, and the page's language switched as a user switches it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rule sets every page must pass: WCAG 2.0 and 2.1, levels A and AA, and best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The languages the product speaks, as the header's select names them. */
export const LANGUAGES = [
  { locale: 'en', lang: 'en-US' },
  { locale: 'zh', lang: 'zh-CN' },
] as const;

export type Language = (typeof LANGUAGES)[number];

/** The two widths every page is checked at: a desktop's (the config's) and a phone's. */
export const WIDTHS = [
  { name: 'desktop', use: {} },
  {
    name: '375 px',
    use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
  },
] as const;

/** Picks `language` in the header's "Language / 语言" select and waits for the page to speak it. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption(language.locale);
  await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
}

/** Fails with each rule's id, help and offending elements when axe finds a violation on `page`. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations, 'axe-core violations').toEqual([]);
}
