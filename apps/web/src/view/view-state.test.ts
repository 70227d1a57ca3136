// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEVICES, FACE_CAMERA } from '../test/fake-api.ts';
import {
  normalizeView,
  parseView,
  resolveView,
  serializeView,
  viewFromLink,
  type View,
} from './view-state.ts';

const NOW = Date.UTC(2023, 2, 29, 20, 0); // 2023-03-30 04:00 in Shanghai

describe('view state', () => {
  it('should read back every field it writes', () => {
    const view: View = {
      device: 'aabbccddeeff',
      from: '2023-01-01',
      to: '2023-03-31',
      granularity: 'week',
      businessHours: true,
    };
    expect(serializeView(view)).toBe(
      '?device=aabbccddeeff&from=2023-01-01&to=2023-03-31&granularity=week&businessHours=true',
    );
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it('should default to the first device, the last 7 days in its zone, by hour, all day', () => {
    expect(resolveView({}, DEVICES, NOW)).toEqual({
      device: 'd47c44906f14',
      from: '2023-03-24',
      to: '2023-03-30',
      granularity: 'hour',
      businessHours: false,
    });
  });

  it('should drop malformed fields and keep the good ones', () => {
    const partial = parseView(
      '?device=AA:BB:CC:DD:EE:FF&from=2023-02-30&to=2023-03-01&granularity=minute&businessHours=yes',
    );
    expect(partial).toEqual({ device: 'AA:BB:CC:DD:EE:FF', to: '2023-03-01' });
    const view = resolveView(partial, DEVICES, NOW);
    expect(view?.device).toBe(FACE_CAMERA.mac);
    expect(view).toMatchObject({ from: '2023-02-23', to: '2023-03-01' });
  });

  it('should swap an inside-out range and fall back to the finest granularity it allows', () => {
    expect(
      normalizeView({
        device: 'd47c44906f14',
        from: '2023-12-31',
        to: '2023-01-01',
        granularity: 'hour',
        businessHours: false,
      }),
    ).toMatchObject({ from: '2023-01-01', to: '2023-12-31', granularity: 'day' });
  });

  it('should read a full view from a link before the devices are known', () => {
    expect(viewFromLink('?device=D4:7C:44:90:6F:14&from=2023-03-29&to=2023-03-29')).toEqual(
      resolveView(parseView('?device=d47c44906f14&from=2023-03-29&to=2023-03-29'), DEVICES, NOW),
    );
    expect(viewFromLink('?device=d47c44906f14')).toBeUndefined();
  });

  it('should have no view without devices', () => {
    expect(resolveView({}, [], NOW)).toBeUndefined();
  });
});
