/** The data states around the chart: loading, empty, error, stale. */
import type { Granularity } from '@footfall/buckets';
import { errorText } from '../../api/error-text.ts';
import { useI18n } from '../../i18n/locale.tsx';

export function LoadingSkeleton() {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t.loading}</span>
      <div className="skeleton-cards" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <div className="skeleton-chart" aria-hidden="true" />
    </div>
  );
}

export function EmptyState() {
  const { t } = useI18n();
  return (
    <p className="empty" role="status">
      {t.empty}
    </p>
  );
}

/**
 * A failed request, said from its error code in the user's language; `granularity` is the one the
 * view asked for, so a range too long can name its limit.
 */
export function ErrorPanel({
  error,
  granularity,
  onRetry,
}: {
  error: unknown;
  granularity?: Granularity;
  onRetry: () => void;
}) {
  const { t, locale } = useI18n();
  const { text, detail } = errorText(error, locale, { granularity });
  return (
    <div className="error" role="alert">
      <p className="error-title">{t.errorTitle}</p>
      <p>{text}</p>
      {detail !== undefined && <p className="error-detail">{detail}</p>}
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

/** "Stale data" with its age, e.g. "5 minutes ago", in the locale. */
export function StaleNotice({ ageSeconds }: { ageSeconds: number | undefined }) {
  const { t, intlLocale } = useI18n();
  const relative = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
  const age =
    ageSeconds === undefined
      ? undefined
      : ageSeconds < 90
        ? relative.format(-Math.round(ageSeconds), 'second')
        : ageSeconds < 90 * 60
          ? relative.format(-Math.round(ageSeconds / 60), 'minute')
          : ageSeconds < 36 * 3600
            ? relative.format(-Math.round(ageSeconds / 3600), 'hour')
            : relative.format(-Math.round(ageSeconds / 86_400), 'day');
  return (
    <p className="stale" role="status">
      <strong>{t.stale}</strong>
      {age !== undefined && <span> · {t.staleAge(age)}</span>}
    </p>
  );
}
