import { allowsGranularity, GRANULARITIES, parseDate, type Granularity } from '@footfall/buckets';
import { useId } from 'react';
import { useI18n } from '../../i18n/locale.tsx';

/**
 * The granularity radio group. A choice the range does not allow is disabled and a hint under
 * the group says why.
 */
export function GranularityRadios({
  from,
  to,
  value,
  onChange,
}: {
  from: string;
  to: string;
  value: Granularity;
  onChange: (granularity: Granularity) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  const hintId = useId();
  const legendId = useId();
  const fromWall = parseDate(from);
  const toWall = parseDate(to);
  const allowed = (g: Granularity): boolean =>
    fromWall === undefined || toWall === undefined || allowsGranularity(fromWall, toWall, g);
  const disabled = GRANULARITIES.filter((g) => !allowed(g));

  return (
    <fieldset
      className="field granularity"
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={disabled.length > 0 ? hintId : undefined}
    >
      <legend id={legendId}>{t.granularity}</legend>
      <div className="segmented">
        {GRANULARITIES.map((g) => (
          <label key={g} className={allowed(g) ? 'segment' : 'segment segment-disabled'}>
            <input
              type="radio"
              name={name}
              value={g}
              checked={value === g}
              disabled={!allowed(g)}
              onChange={() => {
                onChange(g);
              }}
            />
            <span>{t.granularities[g]}</span>
          </label>
        ))}
      </div>
      {disabled.length > 0 && (
        <p id={hintId} className="hint">
          {disabled.map((g) => t.granularityLimit(g)).join(' ')}
        </p>
      )}
    </fieldset>
  );
}
