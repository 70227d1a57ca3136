import type { Traffic } from '@footfall/contract';
import type { SeriesPoint } from '../../domain/series.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { doorGaps, missingBuckets } from '../../domain/gaps.ts';

/**
 * How many buckets that are over have no data, and for a store which entrance doors lack data:
 * a total with a silent door is lower than the store's real traffic. Nothing when all is there.
 */
export function GapNotice({
  traffic,
  series,
  now,
}: {
  traffic: Traffic;
  series: readonly SeriesPoint[];
  now: number;
}) {
  const { t, formatNumber } = useI18n();
  const missing = missingBuckets(series, traffic, now).length;
  if (missing === 0) return null;
  const count = (n: number) => t.gapCount(n, formatNumber(n), traffic.granularity);
  const doors = doorGaps(traffic, now);
  return (
    <div className="gap-notice" role="note" data-testid="gap-notice">
      <p>
        <strong>{count(missing)}</strong> — {t.gapHint}
      </p>
      {doors.length > 0 && (
        <ul>
          {doors.map((door) => (
            <li key={door.mac}>{t.gapLine(door.name, count(door.missing))}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
