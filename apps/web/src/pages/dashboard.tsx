/** The dashboard page: header, controls bound to the URL view, and the traffic panel. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { devicesQuery, storesQuery } from '../api/queries.ts';
import { CompareSelect } from '../features/compare/compare-select.tsx';
import { BusinessHoursSwitch } from '../features/controls/business-hours-switch.tsx';
import { DateRangeControls } from '../features/controls/date-range.tsx';
import { GranularityRadios } from '../features/controls/granularity-radios.tsx';
import { SubjectSelect } from '../features/controls/subject-select.tsx';
import { useI18n } from '../i18n/locale.tsx';
import { deviceLabel } from '../i18n/caption.ts';
import { ErrorPanel, LoadingSkeleton } from '../features/states/states.tsx';
import { TrafficPanel } from '../features/panels/traffic-panel.tsx';
import { useView } from '../features/view/use-view.ts';
import { findSubject, type Catalog } from '../domain/view-state.ts';

export function Dashboard() {
  const { t } = useI18n();
  const devices = useQuery(devicesQuery());
  const stores = useQuery(storesQuery());
  const catalog = useMemo<Catalog | undefined>(
    () =>
      devices.data && stores.data ? { devices: devices.data, stores: stores.data } : undefined,
    [devices.data, stores.data],
  );
  const { view, unseen, setView } = useView(catalog);
  const found = view && catalog ? findSubject(view.subject, catalog) : undefined;
  const failed = devices.isError ? devices : stores.isError ? stores : undefined;

  if (failed?.error) {
    return (
      <ErrorPanel
        error={failed.error}
        onRetry={() => {
          void failed.refetch();
        }}
      />
    );
  }
  if (!catalog) {
    return <LoadingSkeleton />;
  }
  if (!view || !found) {
    return <p className="empty">{t.noDevices}</p>;
  }
  const timeZone = found.kind === 'store' ? found.store.timezone : found.device.timezone;
  return (
    <>
      {unseen && (
        <p className="notice" role="status" data-testid="unseen-subject">
          {t.unseenSubject(
            unseen.asked.kind === 'store' ? unseen.asked.id : unseen.asked.mac,
            found.kind === 'store' ? found.store.name : deviceLabel(found.device),
          )}
        </p>
      )}
      <section className="controls" aria-label={t.controlsLabel}>
        <SubjectSelect
          catalog={catalog}
          value={view.subject}
          onChange={(subject) => {
            setView({ ...view, subject });
          }}
        />
        <DateRangeControls
          from={view.from}
          to={view.to}
          timeZone={timeZone}
          onChange={(range) => {
            setView({ ...view, ...range });
          }}
        />
        <GranularityRadios
          from={view.from}
          to={view.to}
          value={view.granularity}
          onChange={(granularity) => {
            setView({ ...view, granularity });
          }}
        />
        <BusinessHoursSwitch
          checked={view.businessHours}
          onChange={(businessHours) => {
            setView({ ...view, businessHours });
          }}
        />
        <CompareSelect
          from={view.from}
          to={view.to}
          value={view.compare}
          onChange={(compare) => {
            setView({ ...view, compare });
          }}
        />
      </section>
      <TrafficPanel view={view} />
    </>
  );
}
