/** The page: header, controls bound to the URL view, and the traffic panel. */
import { useQuery } from '@tanstack/react-query';
import { devicesQuery, healthQuery } from './api/queries.ts';
import { BusinessHoursSwitch } from './controls/business-hours-switch.tsx';
import { DateRangeControls } from './controls/date-range.tsx';
import { DeviceSelect } from './controls/device-select.tsx';
import { GranularityRadios } from './controls/granularity-radios.tsx';
import { LanguageSelect } from './controls/language-select.tsx';
import { useI18n } from './i18n/locale.tsx';
import { ErrorPanel, LoadingSkeleton } from './panels/states.tsx';
import { TrafficPanel } from './panels/traffic-panel.tsx';
import { useView } from './view/use-view.ts';

function Header() {
  const { t } = useI18n();
  const health = useQuery(healthQuery());
  return (
    <header className="header">
      <div className="brand">
        <h1>{t.productName}</h1>
        {health.data?.mode === 'sandbox' && (
          <span className="badge" title={t.sandboxBadgeTitle}>
            {t.sandboxBadge}
          </span>
        )}
      </div>
      <LanguageSelect />
    </header>
  );
}

export function Dashboard() {
  const { t } = useI18n();
  const devices = useQuery(devicesQuery());
  const { view, setView } = useView(devices.data);
  const device = devices.data?.find((d) => d.mac === view?.device);

  let body;
  if (devices.isError) {
    body = (
      <ErrorPanel
        error={devices.error}
        onRetry={() => {
          void devices.refetch();
        }}
      />
    );
  } else if (!devices.data) {
    body = <LoadingSkeleton />;
  } else if (!view || !device) {
    body = <p className="empty">{t.noDevices}</p>;
  } else {
    body = (
      <>
        <section className="controls" aria-label={t.controls}>
          <DeviceSelect
            devices={devices.data}
            value={view.device}
            onChange={(mac) => {
              setView({ ...view, device: mac });
            }}
          />
          <DateRangeControls
            from={view.from}
            to={view.to}
            timeZone={device.timezone}
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
        </section>
        <TrafficPanel view={view} />
      </>
    );
  }

  return (
    <div className="app">
      <Header />
      <main className="main">{body}</main>
    </div>
  );
}
