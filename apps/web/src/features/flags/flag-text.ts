import type { I18n } from '../../i18n/locale.tsx';
import type { FlagKind } from '../../domain/day-flags.ts';

/** What a flag is worth saying about some days: its kind and the counts over them. */
export interface FlagCounts {
  kind: FlagKind;
  walkIn: number;
  walkOut: number | null;
}

/**
 * The plain reason of a flag: "no data through the whole business day", or the walk-outs counted
 * for the walk-ins with the excess, "265 walk-outs for 217 walk-ins (+22%)".
 *
 * @example flagReason({ kind: 'offline', walkIn: 0, walkOut: null }, i18n)
 */
export function flagReason(
  flag: FlagCounts,
  i18n: Pick<I18n, 't' | 'formatNumber' | 'intlLocale'>,
): string {
  const { t, formatNumber, intlLocale } = i18n;
  if (flag.kind === 'offline') return t.flagOfflineReason;
  const walkOut = flag.walkOut ?? 0;
  const percent =
    flag.walkIn > 0
      ? new Intl.NumberFormat(intlLocale, {
          style: 'percent',
          signDisplay: 'always',
          maximumFractionDigits: 0,
        }).format(walkOut / flag.walkIn - 1)
      : undefined;
  return t.flagDisagreeReason(formatNumber(walkOut), formatNumber(flag.walkIn), percent);
}
