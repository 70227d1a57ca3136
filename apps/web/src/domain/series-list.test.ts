// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { countedSeries, legendEntries, SERIES, seriesFor } from './series-list.ts';

describe('seriesFor', () => {
  it('should count walk-outs only where the subject counts them', () => {
    expect(
      seriesFor({ kind: 'device', countsWalkOut: true }).map((s) => [s.key, s.counted]),
    ).toEqual([
      ['walkIn', true],
      ['walkOut', true],
    ]);
    expect(countedSeries({ countsWalkOut: false }).map((s) => s.key)).toEqual(['walkIn']);
  });

  it('should give every series a distinct key, column and colour', () => {
    for (const field of ['key', 'column', 'color'] as const) {
      expect(new Set(SERIES.map((s) => s[field])).size).toBe(SERIES.length);
    }
  });
});

describe('legendEntries', () => {
  it('should name a counted series with its colour and say when one is not counted', () => {
    const device = { kind: 'device', countsWalkOut: false } as const;
    const [walkIn] = seriesFor(device);
    expect(legendEntries(device, MESSAGES.zh, false)[0]).toEqual({
      label: '进店',
      color: walkIn?.color,
    });
    expect(legendEntries(device, MESSAGES.en, false)[1]).toEqual({
      label: 'Walk-outs: not counted by this device',
      color: undefined,
    });
  });

  it("should word a store's uncounted walk-outs for the store, not a device", () => {
    const store = { kind: 'store', countsWalkOut: false } as const;
    const [, walkOut] = seriesFor(store);
    if (!walkOut) throw new Error('two series');
    expect(legendEntries(store, MESSAGES.en, false)[1]?.label).toBe(
      'Walk-outs: not counted at every entrance of this store',
    );
    expect(legendEntries(store, MESSAGES.zh, false)[1]?.label).toBe('出店：本店并非每个入口都统计');
    expect(MESSAGES.en[walkOut.notCountedValue]).toBe('not counted at every entrance');
  });
});
