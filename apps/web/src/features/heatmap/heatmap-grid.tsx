/**
 * The weekday × hour map on the page, as an ARIA grid: one tab stop (the active cell), arrow keys
 * move, Home/End go to the ends of a row (with Ctrl, of the grid). Each cell's accessible name is
 * its number in words, and the readout under the grid shows the cell last hovered or focused.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { weekdayName } from '../../i18n/bucket-label.ts';
import { useI18n } from '../../i18n/locale.tsx';
import {
  HOURS_PER_DAY,
  outlineOf,
  WEEKDAYS,
  type HeatCell,
  type HeatGrid,
  type Slot,
} from './grid.ts';
import { cellText, hourSpan } from './labels.ts';
import { heatColor } from './scale.ts';

/** A cell's classes: no data (hatched), and the sides its business-hours outline runs along. */
function cellClass(grid: HeatGrid, cell: HeatCell): string {
  const outline = outlineOf(grid, cell);
  const sides = (['top', 'right', 'bottom', 'left'] as const).filter((side) => outline[side]);
  return [
    'heatmap-cell',
    cell.average === null ? 'no-data' : '',
    ...sides.map((side) => `edge-${side}`),
  ]
    .filter(Boolean)
    .join(' ');
}

const clamp = (n: number, max: number): number => Math.min(max, Math.max(0, n));

/** Where a key moves the active cell to, or `undefined` for a key the grid does not use. */
function moved(slot: Slot, event: KeyboardEvent): Slot | undefined {
  const lastHour = HOURS_PER_DAY - 1;
  const lastDay = WEEKDAYS - 1;
  switch (event.key) {
    case 'ArrowLeft':
      return { ...slot, hour: clamp(slot.hour - 1, lastHour) };
    case 'ArrowRight':
      return { ...slot, hour: clamp(slot.hour + 1, lastHour) };
    case 'ArrowUp':
      return { ...slot, weekday: clamp(slot.weekday - 1, lastDay) };
    case 'ArrowDown':
      return { ...slot, weekday: clamp(slot.weekday + 1, lastDay) };
    case 'Home':
      return event.ctrlKey ? { weekday: 0, hour: 0 } : { ...slot, hour: 0 };
    case 'End':
      return event.ctrlKey ? { weekday: lastDay, hour: lastHour } : { ...slot, hour: lastHour };
    default:
      return undefined;
  }
}

export function HeatmapGrid({ grid }: { grid: HeatGrid }) {
  const { t, intlLocale } = useI18n();
  const keysId = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Slot>(() => grid.busiest ?? { weekday: 0, hour: 0 });
  const [shown, setShown] = useState<HeatCell>();
  const readout = shown && grid.rows[shown.weekday]?.[shown.hour];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = moved(active, event);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-slot="${next.weekday}-${next.hour}"]`)
      ?.focus();
  };

  return (
    <div className="heatmap-grid-box">
      <div
        ref={gridRef}
        role="grid"
        aria-label={t.heatmapTitle}
        aria-describedby={keysId}
        className="heatmap-grid"
        onKeyDown={onKeyDown}
        onMouseLeave={() => {
          setShown(undefined);
        }}
      >
        <div role="row" className="heatmap-row heatmap-hours">
          {/* Heads the weekdays' column: a header with no name is no header (axe). */}
          <span role="columnheader" className="heatmap-corner">
            <span className="visually-hidden">{t.heatmapWeekday}</span>
          </span>
          {Array.from({ length: HOURS_PER_DAY }, (_, hour) => (
            <span
              key={hour}
              role="columnheader"
              aria-label={hourSpan(hour)}
              className={
                hour % 6 === 0
                  ? 'heatmap-hour'
                  : hour % 3 === 0
                    ? 'heatmap-hour minor'
                    : 'heatmap-hour none'
              }
            >
              {String(hour).padStart(2, '0')}
            </span>
          ))}
        </div>
        {grid.rows.map((row, weekday) => (
          <div key={weekday} role="row" className="heatmap-row">
            <span role="rowheader" className="heatmap-day">
              <span aria-hidden="true">{weekdayName(weekday, intlLocale, 'short')}</span>
              <span className="visually-hidden">{weekdayName(weekday, intlLocale, 'long')}</span>
            </span>
            {row.map((cell) => {
              const isActive = cell.weekday === active.weekday && cell.hour === active.hour;
              return (
                <span
                  key={cell.hour}
                  role="gridcell"
                  tabIndex={isActive ? 0 : -1}
                  aria-label={cellText(cell, t, intlLocale)}
                  data-slot={`${cell.weekday}-${cell.hour}`}
                  className={cellClass(grid, cell)}
                  style={
                    cell.average === null
                      ? undefined
                      : { background: heatColor(cell.average, grid.max) }
                  }
                  onFocus={() => {
                    setActive(cell);
                    setShown(cell);
                  }}
                  onMouseEnter={() => {
                    setShown(cell);
                  }}
                />
              );
            })}
          </div>
        ))}
      </div>
      <p className="heatmap-readout" data-testid="heatmap-readout">
        {readout ? cellText(readout, t, intlLocale) : t.heatmapKeyboardHint}
      </p>
      <span id={keysId} className="visually-hidden">
        {t.heatmapKeyboardHint}
      </span>
    </div>
  );
}
