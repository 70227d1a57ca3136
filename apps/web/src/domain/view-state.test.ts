// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEVICES, FACE_CAMERA, GINZA_BOUTIQUE, STORES } from '../test/sample-traffic.ts';
import {
  normalizeView,
  parseView,
  resolveView,
  serializeView,
  viewFromLink,
  type View,
} from './view-state.ts';

const NOW = Date.UTC(2023, 2, 29, 20, 0); // 2023-03-30 04:00 in Shanghai, 05:00 in Tokyo
const CATALOG = { stores: STORES, devices: DEVICES };

describe('view state', () => {
  it('should read back every field it writes, for a store and for a device', () => {
    const store: View = {
      subject: { kind: 'store', id: 'nanjing-road' },
      from: '2023-01-01',
      to: '2023-03-31',
      granularity: 'week',
      businessHours: true,
    };
    expect(serializeView(store)).toBe(
      '?store=nanjing-road&from=2023-01-01&to=2023-03-31&granularity=week&businessHours=true',
    );
    expect(parseView(serializeView(store))).toEqual(store);
    const device: View = { ...store, subject: { kind: 'device', mac: 'a0b1c2d3e4f6' } };
    expect(serializeView(device)).toBe(
      '?device=a0b1c2d3e4f6&from=2023-01-01&to=2023-03-31&granularity=week&businessHours=true',
    );
    expect(parseView(serializeView(device))).toEqual(device);
  });

  it('should keep the comparison in the URL, and drop one it does not know', () => {
    const view: View = {
      subject: { kind: 'store', id: 'nanjing-road' },
      from: '2023-03-27',
      to: '2023-04-02',
      granularity: 'hour',
      businessHours: false,
      compare: 'year',
    };
    const search = serializeView(view);
    expect(search).toBe(
      '?store=nanjing-road&from=2023-03-27&to=2023-04-02&granularity=hour&businessHours=false&compare=year',
    );
    expect(resolveView(parseView(search), CATALOG, NOW)).toEqual(view);
    expect(viewFromLink(search)?.compare).toBe('year');
    expect(parseView(search.replace('compare=year', 'compare=month'))).not.toHaveProperty(
      'compare',
    );
    expect(serializeView({ ...view, compare: undefined })).not.toContain('compare');
  });

  it('should default to the first store, the last 7 days in its zone, by hour, all day', () => {
    expect(resolveView({}, CATALOG, NOW)).toEqual({
      subject: { kind: 'store', id: 'nanjing-road' },
      from: '2023-03-24',
      to: '2023-03-30',
      granularity: 'hour',
      businessHours: false,
    });
  });

  it('should default to the first device when no device belongs to a store', () => {
    expect(resolveView({}, { stores: [], devices: DEVICES }, NOW)?.subject).toEqual({
      kind: 'device',
      mac: 'd47c44906f14',
    });
  });

  it("should open an old device link, the MAC in any form, in the device's zone", () => {
    const partial = parseView('?device=A0:B1:C2:D3:E4:F6&from=2023-03-29&to=2023-03-29');
    expect(resolveView(partial, CATALOG, NOW)).toEqual({
      subject: { kind: 'device', mac: FACE_CAMERA.mac },
      from: '2023-03-29',
      to: '2023-03-29',
      granularity: 'hour',
      businessHours: false,
    });
  });

  it('should fall back to the first store for an unknown store or device', () => {
    for (const search of ['?store=nowhere', '?device=001122334455', '?device=nope']) {
      expect(resolveView(parseView(search), CATALOG, NOW)?.subject).toEqual({
        kind: 'store',
        id: 'nanjing-road',
      });
    }
  });

  it("should take today from the store's zone", () => {
    const view = resolveView(parseView(`?store=${GINZA_BOUTIQUE.id}`), CATALOG, NOW);
    expect(view).toMatchObject({ from: '2023-03-24', to: '2023-03-30' });
  });

  it('should drop malformed fields and keep the good ones', () => {
    const partial = parseView(
      '?store=ginza&from=2023-02-30&to=2023-03-01&granularity=minute&businessHours=yes',
    );
    expect(partial).toEqual({ subject: { kind: 'store', id: 'ginza' }, to: '2023-03-01' });
    expect(resolveView(partial, CATALOG, NOW)).toMatchObject({
      subject: { kind: 'store', id: 'ginza' },
      from: '2023-02-23',
      to: '2023-03-01',
    });
  });

  it('should swap an inside-out range and fall back to the finest granularity it allows', () => {
    expect(
      normalizeView({
        subject: { kind: 'store', id: 'ginza' },
        from: '2023-12-31',
        to: '2023-01-01',
        granularity: 'hour',
        businessHours: false,
      }),
    ).toMatchObject({ from: '2023-01-01', to: '2023-12-31', granularity: 'day' });
  });

  it('should read a full view from a link before the lists are known', () => {
    expect(viewFromLink('?device=D4:7C:44:90:6F:14&from=2023-03-29&to=2023-03-29')).toEqual(
      resolveView(parseView('?device=d47c44906f14&from=2023-03-29&to=2023-03-29'), CATALOG, NOW),
    );
    expect(viewFromLink('?store=ginza&from=2023-03-29&to=2023-03-29')?.subject).toEqual({
      kind: 'store',
      id: 'ginza',
    });
    expect(viewFromLink('?device=d47c44906f14')).toBeUndefined();
    expect(viewFromLink('?from=2023-03-29&to=2023-03-29')).toBeUndefined();
  });

  it('should have no view when nothing is configured', () => {
    expect(resolveView({}, { stores: [], devices: [] }, NOW)).toBeUndefined();
  });
});
