import { parseDate } from '@footfall/buckets';
import { useId } from 'react';
import { useI18n } from '../../i18n/locale.tsx';
import { PRESETS, presetRange, todayIn, type DateRange } from '../../domain/presets.ts';
import { useNow } from '../view/use-now.ts';

/**
 * From/To date inputs and the presets. Moving one end past the other drags the other along, so
 * the range never turns inside out.
 */
export function DateRangeControls({
  from,
  to,
  timeZone,
  onChange,
}: {
  from: string;
  to: string;
  timeZone: string;
  onChange: (range: DateRange) => void;
}) {
  const { t } = useI18n();
  const today = todayIn(timeZone, useNow());

  return (
    <>
      <div className="field-pair">
        <DateField
          label={t.from}
          value={from}
          onPick={(next) => {
            onChange({ from: next, to: next > to ? next : to });
          }}
        />
        <DateField
          label={t.to}
          value={to}
          min={from}
          onPick={(next) => {
            onChange({ from: next < from ? next : from, to: next });
          }}
        />
      </div>
      <div className="presets" role="group" aria-label={t.presetsLabel}>
        {PRESETS.map((preset) => {
          const range = presetRange(preset, today);
          const current = range.from === from && range.to === to;
          return (
            <button
              key={preset}
              type="button"
              className="chip"
              aria-pressed={current}
              onClick={() => {
                onChange(range);
              }}
            >
              {t.presets[preset]}
            </button>
          );
        })}
      </div>
    </>
  );
}

/** A labelled date input that reports only complete, valid days. */
function DateField({
  label,
  value,
  min,
  onPick,
}: {
  label: string;
  value: string;
  min?: string;
  onPick: (day: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        required
        onChange={(event) => {
          const next = event.target.value;
          if (parseDate(next) !== undefined) onPick(next);
        }}
      />
    </div>
  );
}
