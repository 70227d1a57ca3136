import { useId } from 'react';
import type { Device } from '../api/schemas.ts';
import { formatMac } from '@footfall/contract';
import { useI18n } from '../i18n/locale.tsx';

/** Devices grouped by store, in the order the server lists them. */
export function groupByStore(devices: readonly Device[]): [string, Device[]][] {
  const groups = new Map<string, Device[]>();
  for (const device of devices) {
    const group = groups.get(device.store);
    if (group) group.push(device);
    else groups.set(device.store, [device]);
  }
  return [...groups];
}

export function DeviceSelect({
  devices,
  value,
  onChange,
}: {
  devices: readonly Device[];
  value: string;
  onChange: (mac: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field field-device">
      <label htmlFor={id}>{t.device}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {groupByStore(devices).map(([store, group]) => (
          <optgroup key={store} label={store}>
            {group.map((device) => (
              <option key={device.mac} value={device.mac}>
                {`${device.name} (${formatMac(device.mac)})`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
