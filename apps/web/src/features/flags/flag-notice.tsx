import { bucketFullLabel } from '../../i18n/bucket-label.ts';
import { useI18n } from '../../i18n/locale.tsx';
import type { DayFlag } from '../../domain/day-flags.ts';
import { flagLines, type FlagRun } from '../../domain/flag-places.ts';
import { flagReason } from './flag-text.ts';

/** Runs of days named one by one in a line; the table has them all. */
const LISTED_RUNS = 4;

/**
 * The lines under the chart that explain its flag marks: one per door and kind, naming the days
 * and the reason in plain words. Nothing when no day is flagged.
 */
export function FlagNotice({ flags }: { flags: readonly DayFlag[] }) {
  const i18n = useI18n();
  const { t, intlLocale } = i18n;
  if (flags.length === 0) return null;
  const runDays = (run: FlagRun) =>
    t.flagDays(
      bucketFullLabel(run.from, 'day', intlLocale),
      bucketFullLabel(run.to, 'day', intlLocale),
      run.days,
    );
  return (
    <div className="flag-notice" role="note" aria-label={t.flagsTitle} data-testid="flag-notice">
      <p>
        <strong>{t.flagsTitle}</strong> — {t.flagLegend}
      </p>
      <ul>
        {flagLines(flags).map((line) => {
          const [only, ...others] = line.runs;
          const days =
            only && others.length === 0
              ? runDays(only)
              : t.flagManyDays(
                  line.days,
                  line.runs.slice(0, LISTED_RUNS).map(runDays),
                  Math.max(0, line.runs.length - LISTED_RUNS),
                );
          return (
            <li key={`${line.kind}|${line.mac}`} data-flag={line.kind}>
              <span className={`flag-swatch flag-swatch-${line.kind}`} aria-hidden="true" />
              {t.flagLine(line.door, t.flagNames[line.kind], days, flagReason(line, i18n))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
