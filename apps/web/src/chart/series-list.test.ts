// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { countedSeries, legendEntry, SERIES, seriesFor } from './series-list.ts';

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

describe('legendEntry', () => {
  it('should name a counted series with its colour and say when one is not counted', () => {
    const [walkIn, walkOut] = seriesFor({ kind: 'device', countsWalkOut: false });
    if (!walkIn || !walkOut) throw new Error('two series');
    expect(legendEntry(walkIn, MESSAGES.zh)).toEqual({ label: '进店', color: walkIn.color });
    expect(legendEntry(walkOut, MESSAGES.en)).toEqual({
      label: 'Walk-outs: not counted by this device',
      color: undefined,
    });
  });

  it("should word a store's uncounted walk-outs for the store, not a device", () => {
    const [, walkOut] = seriesFor({ kind: 'store', countsWalkOut: false });
    if (!walkOut) throw new Error('two series');
    expect(legendEntry(walkOut, MESSAGES.en).label).toBe(
      'Walk-outs: not counted at every entrance of this store',
    );
    expect(legendEntry(walkOut, MESSAGES.zh).label).toBe('出店：本店并非每个入口都统计');
    expect(MESSAGES.en[walkOut.notCountedValue]).toBe('not counted at every entrance');
  });
});
