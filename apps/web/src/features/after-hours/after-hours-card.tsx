import { useI18n } from '../../i18n/locale.tsx';
import type { View } from '../../domain/view-state.ts';
import { afterHours } from './after-hours.ts';
import { useAllDayAndBusinessHours } from './use-business-hours.ts';

/**
 * The summary card of walk-ins outside business hours: the view's range asked all day and in
 * business hours only (one of the two is the chart's own query, its comparison included, shared
 * through the cache; the other asks for no comparison).
 */
export function AfterHoursCard({ view }: { view: View }) {
  const { t, formatNumber, intlLocale } = useI18n();
  const { answers } = useAllDayAndBusinessHours(
    {
      subject: view.subject,
      from: view.from,
      to: view.to,
      granularity: view.granularity,
    },
    true,
    view,
  );
  // A previous view's answer (placeholder data) is not this view's figure.
  const figure = answers ? afterHours(answers.allDay.totals, answers.business.totals) : undefined;
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <div className="figure-card" data-testid="after-hours">
      <dt>{t.afterHours}</dt>
      <dd>
        {figure ? (
          <>
            {formatNumber(figure.walkIn)}
            {figure.share !== null && (
              <span className="peak-when">
                {' '}
                {/* Over several days the share is of the range's walk-ins, not of "the day". */}
                {(view.from === view.to ? t.afterHoursShare : t.afterHoursShareRange)(
                  percent.format(figure.share),
                )}
              </span>
            )}
          </>
        ) : (
          '–'
        )}
      </dd>
    </div>
  );
}
