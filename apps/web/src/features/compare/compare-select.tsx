import {
  COMPARISONS,
  comparisonRange,
  isComparison,
  parseDate,
  type Comparison,
} from '@footfall/buckets';
import { useId } from 'react';
import { useI18n } from '../../i18n/locale.tsx';
import { comparedDays } from './compared-days.ts';

/**
 * "Compare with": nothing, the previous period, the same days last week or the same weekdays last
 * year, each option naming the days it stands for.
 */
export function CompareSelect({
  from,
  to,
  value,
  onChange,
}: {
  from: string;
  to: string;
  value: Comparison | undefined;
  onChange: (compare: Comparison | undefined) => void;
}) {
  const { t, intlLocale } = useI18n();
  const id = useId();
  const fromWall = parseDate(from);
  const toWall = parseDate(to);
  const days = (kind: Comparison): string | undefined => {
    if (fromWall === undefined || toWall === undefined) return undefined;
    return comparedDays(comparisonRange(fromWall, toWall, kind), kind, toWall, intlLocale);
  };
  return (
    <div className="field field-compare">
      <label htmlFor={id}>{t.compareWith}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(isComparison(chosen) ? chosen : undefined);
        }}
      >
        <option value="">{t.compareNone}</option>
        {COMPARISONS.map((kind) => {
          const range = days(kind);
          const name = t.compareOptions[kind];
          return (
            <option key={kind} value={kind}>
              {range === undefined ? name : t.compareOption(name, range)}
            </option>
          );
        })}
      </select>
    </div>
  );
}
