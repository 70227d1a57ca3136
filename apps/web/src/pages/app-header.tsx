/**
 * The page header: the product's name, the sandbox badge, the two pages, the language and, when
 * someone is signed in, their menu.
 */
import { useQuery } from '@tanstack/react-query';
import { healthQuery } from '../api/queries.ts';
import { LanguageSelect } from '../features/controls/language-select.tsx';
import { useI18n } from '../i18n/locale.tsx';
import { UserMenu } from '../features/session/user-menu.tsx';
import { followLink, useSearch } from '../features/view/location.ts';
import { parseView } from '../domain/view-state.ts';
import type { PageEntry } from './registry.tsx';

export function AppHeader({
  pages,
  current,
}: {
  /** The pages to link to, in order (the registry's). */
  pages: readonly PageEntry[];
  current: PageEntry;
}) {
  const { t } = useI18n();
  const health = useQuery(healthQuery());
  // Each link carries the current range: the address holds it (each page keeps it complete).
  const here = parseView(useSearch());
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
          {pages.map((target) => (
            <a
              key={target.id}
              href={target.link(here)}
              aria-current={target === current ? 'page' : undefined}
              onClick={followLink}
            >
              {target.label(t)}
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
