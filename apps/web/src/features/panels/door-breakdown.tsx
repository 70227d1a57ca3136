/**
 * A store's doors: each entrance door's walk-ins, walk-outs and share of the store's walk-ins, as
 * a table or as a stacked chart; inner doors (not the way in) listed apart, outside the total.
 */
import type { Door, StoreTraffic } from '@footfall/contract';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { entranceDoors } from '../../domain/subject.ts';
import { doorRows } from '../chart/door-series.ts';
import { useI18n } from '../../i18n/locale.tsx';

// The doors' chart is drawn only once asked for (the table is the default): its code loads then.
const DoorsChart = lazy(() =>
  import('../chart/doors-chart.tsx').then((module) => ({ default: module.DoorsChart })),
);

type Shown = 'table' | 'chart';

export function DoorBreakdown({ traffic }: { traffic: StoreTraffic }) {
  const { t } = useI18n();
  const headingId = useId();
  const [shown, setShown] = useState<Shown>('table');
  const entrances = entranceDoors(traffic.doors);
  const inner = traffic.doors.filter((door) => !door.entrance);

  return (
    <section className="doors" aria-labelledby={headingId}>
      <div className="doors-head">
        <h2 id={headingId}>{t.doorsTitle}</h2>
        <ShowAs value={shown} onChange={setShown} />
      </div>
      {shown === 'table' ? (
        <DoorTable doors={entrances} total={traffic.totals} withShare />
      ) : (
        <DoorsFigure traffic={traffic} doors={entrances} />
      )}
      {inner.length > 0 && <InnerDoors doors={inner} />}
    </section>
  );
}

function ShowAs({ value, onChange }: { value: Shown; onChange: (shown: Shown) => void }) {
  const { t } = useI18n();
  const name = useId();
  const legendId = useId();
  return (
    <fieldset className="field show-as" role="radiogroup" aria-labelledby={legendId}>
      <legend id={legendId} className="visually-hidden">
        {t.doorsShowAs}
      </legend>
      <div className="segmented">
        {(['table', 'chart'] as const).map((option) => (
          <label key={option} className="segment">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => {
                onChange(option);
              }}
            />
            <span>{option === 'table' ? t.doorsAsTable : t.doorsAsChart}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function DoorTable({
  doors,
  total,
  withShare,
  label,
}: {
  doors: readonly Door[];
  total: StoreTraffic['totals'];
  withShare: boolean;
  label?: string;
}) {
  const { t, formatNumber, intlLocale } = useI18n();
  const percent = new Intl.NumberFormat(intlLocale, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const walkOut = (door: Door): string =>
    door.countsWalkOut && door.totals.walkOut !== null
      ? formatNumber(door.totals.walkOut)
      : t.notCountedShort;
  return (
    <div className="table-scroll">
      <table aria-label={label ?? t.doorsTitle}>
        <thead>
          <tr>
            <th scope="col">{t.door}</th>
            <th scope="col">{t.walkIns}</th>
            <th scope="col">{t.walkOuts}</th>
            {withShare && (
              <th scope="col">
                {/* A phone shows the short word; the header's name stays the full one. */}
                <span className="label-full">{t.share}</span>
                <span className="label-short" aria-hidden="true">
                  {t.shareShort}
                </span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {doors.map((door) => (
            <tr key={door.mac}>
              <th scope="row">{door.name}</th>
              <td>{formatNumber(door.totals.walkIn)}</td>
              <td className={walkOut(door) === t.notCountedShort ? 'not-counted' : undefined}>
                {walkOut(door)}
              </td>
              {withShare && (
                <td>
                  {total.walkIn > 0 ? percent.format(door.totals.walkIn / total.walkIn) : '–'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {withShare && (
          <tfoot>
            <tr>
              <th scope="row">{t.doorsTotal}</th>
              <td>{formatNumber(total.walkIn)}</td>
              <td className={total.walkOut === null ? 'not-counted' : undefined}>
                {total.walkOut === null ? t.notCountedShort : formatNumber(total.walkOut)}
              </td>
              <td>{total.walkIn > 0 ? percent.format(1) : '–'}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function DoorsFigure({ traffic, doors }: { traffic: StoreTraffic; doors: readonly Door[] }) {
  const { t } = useI18n();
  const titleId = useId();
  const { rows, groupSize } = useMemo(() => doorRows(doors, undefined, traffic), [doors, traffic]);
  return (
    <figure className="chart-figure doors-figure" aria-labelledby={titleId}>
      <figcaption>
        <span id={titleId} className="chart-title">
          {t.doorsChartTitle}
        </span>
      </figcaption>
      <Suspense fallback={null}>
        <DoorsChart doors={doors} rows={rows} granularity={traffic.granularity} />
      </Suspense>
      {groupSize > 1 && (
        <p className="hint">
          {t.doorsChartGrouped(groupSize, t.granularities[traffic.granularity].toLowerCase())}
        </p>
      )}
    </figure>
  );
}

function InnerDoors({ doors }: { doors: readonly Door[] }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="inner-doors" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.innerDoors}</h3>
      <p className="hint">{t.innerDoorsNote}</p>
      <DoorTable
        doors={doors}
        total={{ walkIn: 0, walkOut: null }}
        withShare={false}
        label={t.innerDoors}
      />
    </section>
  );
}
