/**
 * The page header: the product's name, the sandbox badge, the two pages, the language and, when
 * someone is signed in, their menu.
 */
import { useQuery } from '@tanstack/react-query';
import { healthQuery } from '../api/queries.ts';
import { LanguageSelect } from '../features/controls/language-select.tsx';
import { useI18n } from '../i18n/locale.tsx';
import { UserMenu } from '../features/session/user-menu.tsx';
import { followLink } from '../features/view/location.ts';

export type Page = 'dashboard' | 'overview';

export function AppHeader({
  page,
  links,
}: {
  page: Page;
  /** Where each page opens, carrying the current range. */
  links: Record<Page, string>;
}) {
  const { t } = useI18n();
  const health = useQuery(healthQuery());
  const names: Record<Page, string> = { dashboard: t.navDashboard, overview: t.navOverview };
  return (
    // The banner holds the lede too: every piece of the page sits in a landmark (axe's `region`).
    <header>
      <div className="header">
        <div className="brand">
          <h1>{t.productName}</h1>
          {health.data?.mode === 'sandbox' && (
            <span className="badge" title={t.sandboxBadgeTitle}>
              {t.sandboxBadge}
            </span>
          )}
        </div>
        <nav className="pages" aria-label={t.navLabel}>
          {(['dashboard', 'overview'] as const).map((target) => (
            <a
              key={target}
              href={links[target]}
              aria-current={target === page ? 'page' : undefined}
              onClick={followLink}
            >
              {names[target]}
            </a>
          ))}
        </nav>
        <LanguageSelect />
        <UserMenu />
      </div>
      {/* Also in index.html's static shell, at the same place and size: painted with the page. */}
      <p className="lede">{t.productLede}</p>
    </header>
  );
}
