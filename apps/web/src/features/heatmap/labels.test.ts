import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages.ts';
import { busiestText, cellText, hourSpan } from './labels.ts';

const cell = { weekday: 5, hour: 18, average: 186.64, days: 13, business: true };

describe('hourSpan', () => {
  it('should name the hour as the span it covers, the last one ending at 24:00', () => {
    expect(hourSpan(18)).toBe('18:00–19:00');
    expect(hourSpan(0)).toBe('00:00–01:00');
    expect(hourSpan(23)).toBe('23:00–24:00');
  });
});

describe('busiestText', () => {
  it('should name the busiest slot in English and in Chinese', () => {
    const slot = { weekday: 5, hour: 18, average: 187 };
    expect(busiestText(slot, MESSAGES.en, 'en-US')).toBe(
      'Busiest: Saturday 18:00–19:00, 187 on average',
    );
    expect(busiestText(slot, MESSAGES.zh, 'zh-CN')).toBe('最忙：星期六 18:00–19:00，平均 187 人次');
  });
});

describe('cellText', () => {
  it('should give the average to one decimal and the days it is taken over', () => {
    expect(cellText(cell, MESSAGES.en, 'en-US')).toBe(
      'Saturday 18:00–19:00: 186.6 on average (13 days)',
    );
    expect(cellText({ ...cell, days: 1 }, MESSAGES.en, 'en-US')).toBe(
      'Saturday 18:00–19:00: 186.6 on average (1 day)',
    );
    expect(cellText(cell, MESSAGES.zh, 'zh-CN')).toBe(
      '星期六 18:00–19:00：平均 186.6 人次（13 天）',
    );
  });

  it('should say no data, never 0, for a slot no day has data for', () => {
    const empty = { ...cell, weekday: 0, average: null, days: 0 };
    expect(cellText(empty, MESSAGES.en, 'en-US')).toBe('Monday 18:00–19:00: no data');
    expect(cellText(empty, MESSAGES.zh, 'zh-CN')).toBe('星期一 18:00–19:00：无数据');
  });
});
