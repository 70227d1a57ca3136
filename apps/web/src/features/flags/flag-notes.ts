import type { Granularity } from '@footfall/buckets';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/locale.tsx';
import type { DayFlag } from '../../domain/day-flags.ts';
import { bucketFullLabel } from '../../i18n/bucket-label.ts';
import { flagRuns, flagsOfRow } from '../../domain/flag-places.ts';
import { flagReason } from './flag-text.ts';

/** A table column of notes: its header, and each row's text ('' for none). */
export interface RowNotes {
  header: string;
  of: (wall: number) => string;
}

/**
 * The flags column of the data table: each row names its days' flagged doors with the reason,
 * "Front door: possibly offline (no data through the whole business day)"; a week's (month's…)
 * row names the days too. `undefined` (no column) when nothing is flagged.
 *
 * @example const notes = useFlagNotes(flags, 'hour'); notes?.of(row.wall)
 */
export function useFlagNotes(
  flags: readonly DayFlag[],
  granularity: Granularity,
): RowNotes | undefined {
  const i18n = useI18n();
  return useMemo(() => {
    if (flags.length === 0) return undefined;
    const { t, intlLocale } = i18n;
    const ofRow = flagsOfRow(flags, granularity);
    const withinADay = granularity === 'hour' || granularity === 'day';
    const day = (wall: number) => bucketFullLabel(wall, 'day', intlLocale);
    return {
      header: t.flagsColumn,
      of: (wall) =>
        flagRuns(ofRow(wall))
          .map((run) => {
            const reason = flagReason(run, i18n);
            const why = withinADay
              ? reason
              : `${t.flagDays(day(run.from), day(run.to), run.days)}: ${reason}`;
            return t.flagNote(run.door, t.flagNames[run.kind], why);
          })
          .join('; '),
    };
  }, [flags, granularity, i18n]);
}
