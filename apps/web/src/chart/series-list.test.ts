// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { countedSeries, legendEntry, SERIES, seriesFor } from './series-list.ts';

describe('seriesFor', () => {
  it('should count walk-outs only where the subject counts them', () => {
    expect(seriesFor({ countsWalkOut: true }).map((s) => [s.key, s.counted])).toEqual([
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
    const [walkIn, walkOut] = seriesFor({ countsWalkOut: false });
    if (!walkIn || !walkOut) throw new Error('two series');
    expect(legendEntry(walkIn, MESSAGES.zh)).toEqual({ label: '进店', color: walkIn.color });
    expect(legendEntry(walkOut, MESSAGES.en)).toEqual({
      label: 'Walk-outs: not counted by this device',
      color: undefined,
    });
  });
});
