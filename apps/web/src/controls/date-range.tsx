import { parseDate } from '@footfall/buckets';
import { useId } from 'react';
import { useI18n } from '../i18n/locale.tsx';
import { PRESETS, presetRange, todayIn, type DateRange } from '../view/presets.ts';
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
  const fromId = useId();
  const toId = useId();
  const today = todayIn(timeZone, useNow());

  return (
    <>
      <div className="field-pair">
        <div className="field">
          <label htmlFor={fromId}>{t.from}</label>
          <input
            id={fromId}
            type="date"
            value={from}
            required
            onChange={(event) => {
              const next = event.target.value;
              if (parseDate(next) === undefined) return;
              onChange({ from: next, to: next > to ? next : to });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>{t.to}</label>
          <input
            id={toId}
            type="date"
            value={to}
            min={from}
            required
            onChange={(event) => {
              const next = event.target.value;
              if (parseDate(next) === undefined) return;
              onChange({ from: next < from ? next : from, to: next });
            }}
          />
        </div>
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
