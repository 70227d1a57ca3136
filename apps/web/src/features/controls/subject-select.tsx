/**
 * The subject picker: each store ("Nanjing Road Flagship — all doors") and each of its doors,
 * grouped by store, as one native select (keyboard and screen readers handle it as they handle
 * any select). Devices that belong to no store are listed last.
 */
import type { Device, Store, Subject } from '@footfall/contract';
import { useId } from 'react';
import { deviceLabel } from '../../i18n/caption.ts';
import { useI18n } from '../../i18n/locale.tsx';
import type { Catalog } from '../../domain/view-state.ts';

/** A subject as an option's value: `store:<id>` or `device:<mac>`. */
const subjectValue = (subject: Subject): string =>
  subject.kind === 'store' ? `store:${subject.id}` : `device:${subject.mac}`;

function parseSubjectValue(value: string): Subject | undefined {
  if (value.startsWith('store:')) return { kind: 'store', id: value.slice('store:'.length) };
  if (value.startsWith('device:')) return { kind: 'device', mac: value.slice('device:'.length) };
  return undefined;
}

export interface SubjectGroup {
  /** `undefined` for the devices of no store. */
  store: Store | undefined;
  devices: Device[];
}

/** The stores with their doors in the server's order, then the devices of no store. */
function groupSubjects({ stores, devices }: Catalog): SubjectGroup[] {
  const byMac = new Map(devices.map((d) => [d.mac, d]));
  const placed = new Set<string>();
  const groups: SubjectGroup[] = stores.map((store) => ({
    store,
    devices: store.devices.flatMap((mac) => {
      const found = byMac.get(mac);
      if (!found) return [];
      placed.add(mac);
      return [found];
    }),
  }));
  const others = devices.filter((d) => !placed.has(d.mac));
  if (others.length > 0) groups.push({ store: undefined, devices: others });
  return groups;
}

export function SubjectSelect({
  catalog,
  value,
  onChange,
}: {
  catalog: Catalog;
  value: Subject;
  onChange: (subject: Subject) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field field-device">
      <label htmlFor={id}>{t.subject}</label>
      <select
        id={id}
        value={subjectValue(value)}
        onChange={(event) => {
          const subject = parseSubjectValue(event.target.value);
          if (subject) onChange(subject);
        }}
      >
        {groupSubjects(catalog).map(({ store, devices }) => (
          <optgroup key={store?.id ?? ''} label={store?.name ?? t.otherDevices}>
            {store && (
              <option value={subjectValue({ kind: 'store', id: store.id })}>
                {t.storeOption(store.name)}
              </option>
            )}
            {devices.map((device) => (
              <option key={device.mac} value={subjectValue({ kind: 'device', mac: device.mac })}>
                {device.entrance ? deviceLabel(device) : t.innerDoorOption(deviceLabel(device))}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
