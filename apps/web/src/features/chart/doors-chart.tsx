/**
 * Walk-ins by door: one stacked bar per bucket (or group of buckets), one colour per entrance
 * door, so each bar's height is the store's total. Animation is off, as in the traffic chart.
 */
import type { Granularity } from '@footfall/buckets';
import { useMemo } from 'react';
import { Bar, ComposedChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { bucketFullLabel } from '../../i18n/bucket-label.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { doorColor, type DoorRow } from './door-series.ts';
import { GRID_PROPS, useChartFrame } from './chart-frame.ts';

export function DoorsChart({
  doors,
  rows,
  granularity,
}: {
  doors: readonly { mac: string; name: string }[];
  rows: readonly DoorRow[];
  granularity: Granularity;
}) {
  const { t, intlLocale, formatNumber } = useI18n();
  const { ref, width, chart, xAxis, yAxis } = useChartFrame(rows, granularity);
  // A door with no row here has no data: never a 0.
  const doorValue = (value: number | null | undefined): string =>
    value === null || value === undefined ? t.noData : formatNumber(value);
  const byWall = useMemo(() => new Map(rows.map((row) => [row.wall, row])), [rows]);
  // recharts reads each door's value by a key; the row's array indexed by the door's position.
  const data = useMemo(
    () =>
      rows.map((row) => ({
        wall: row.wall,
        ...Object.fromEntries(row.walkIns.map((value, d) => [`door${d}`, value])),
      })),
    [rows],
  );

  return (
    <div ref={ref} className="chart-box" data-testid="doors-chart">
      {/* HTML above the plot, as the traffic chart's legend (traffic-chart.tsx says why). */}
      <ul className="legend">
        {doors.map((door, d) => (
          <li key={door.mac}>
            <span className="swatch" style={{ background: doorColor(d) }} aria-hidden="true" />
            {door.name}
          </li>
        ))}
      </ul>
      {width > 0 && (
        <ComposedChart {...chart} data={data}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis {...xAxis} />
          <YAxis {...yAxis} />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: '#f3f4f6' }}
            content={({ active, label }) => {
              const row = typeof label === 'number' ? byWall.get(label) : undefined;
              if (!active || !row) return null;
              const first = bucketFullLabel(row.wall, granularity, intlLocale, row.held);
              const when =
                row.lastWall === row.wall
                  ? first
                  : `${first} – ${bucketFullLabel(row.lastWall, granularity, intlLocale)}`;
              return (
                <div className="chart-tooltip">
                  <p className="chart-tooltip-when">{when}</p>
                  {doors.map((door, d) => (
                    <p key={door.mac}>
                      <span
                        className="swatch"
                        style={{ background: doorColor(d) }}
                        aria-hidden="true"
                      />
                      {door.name}: {doorValue(row.walkIns[d])}
                    </p>
                  ))}
                </div>
              );
            }}
          />
          {doors.map((door, d) => (
            <Bar
              key={door.mac}
              dataKey={`door${d}`}
              name={door.name}
              stackId="doors"
              fill={doorColor(d)}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      )}
    </div>
  );
}
