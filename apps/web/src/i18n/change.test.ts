// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.ts';
import { changeBetween, changeOf, directionOf, formatChange } from './change.ts';

describe('formatChange', () => {
  it('should sign the change and its percentage of the earlier figure', () => {
    expect(formatChange(changeBetween(1624, 1500), MESSAGES.en, 'en-US')).toBe('+124 (+8.3%)');
    expect(formatChange(changeBetween(1400, 1500), MESSAGES.en, 'en-US')).toBe('-100 (-6.7%)');
    expect(formatChange(changeBetween(1500, 1500), MESSAGES.zh, 'zh-CN')).toBe('0（0%）');
  });

  it('should give no percentage against 0, and say why', () => {
    expect(formatChange(changeBetween(37, 0), MESSAGES.en, 'en-US')).toBe('+37 (from 0, no %)');
    expect(formatChange(changeBetween(0, 0), MESSAGES.en, 'en-US')).toBe('0 (none either time)');
    expect(formatChange(changeBetween(37, 0), MESSAGES.zh, 'zh-CN')).toBe(
      '+37（原为 0，无百分比）',
    );
  });
});

describe('changeOf', () => {
  it('should have no change where either side has no data', () => {
    expect(changeOf(12, null)).toBeUndefined();
    expect(changeOf(null, 12)).toBeUndefined();
    expect(changeOf(12, 10)).toEqual({ delta: 2, ratio: 0.2 });
    expect(directionOf({ delta: -1, ratio: null })).toBe('down');
  });
});
