/**
 * The heatmap's numbers as a table (hours down, weekdays across), behind a "Show as table"
 * toggle; its rows render only while it is open, so the map draws no more than it shows.
 */
import { useState } from 'react';
import { weekdayName } from '../../i18n/bucket-label.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { HOURS_PER_DAY, type HeatGrid } from './grid.ts';
import { averageFormat, hourSpan } from './labels.ts';

export function HeatmapTable({ grid }: { grid: HeatGrid }) {
  const { t, intlLocale } = useI18n();
  const format = averageFormat(intlLocale);
  const [open, setOpen] = useState(false);
  return (
    <details
      className="data-table heatmap-table"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t.heatmapShowTable}</summary>
      {open && (
        <div className="table-scroll">
          <table>
            <caption className="heatmap-table-caption">{t.heatmapTable}</caption>
            <thead>
              <tr>
                <th scope="col">{t.heatmapHour}</th>
                {grid.rows.map((_, weekday) => (
                  <th key={weekday} scope="col">
                    <span aria-hidden="true">{weekdayName(weekday, intlLocale, 'short')}</span>
                    <span className="visually-hidden">
                      {weekdayName(weekday, intlLocale, 'long')}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: HOURS_PER_DAY }, (_, hour) => (
                <tr key={hour}>
                  <th scope="row">{hourSpan(hour)}</th>
                  {grid.rows.map((row, weekday) => {
                    const cell = row[hour];
                    const average = cell?.average ?? null;
                    return (
                      <td
                        key={weekday}
                        className={
                          [average === null ? 'no-data' : '', cell?.business ? 'business' : '']
                            .join(' ')
                            .trim() || undefined
                        }
                      >
                        {average === null ? t.noData : format(average)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
