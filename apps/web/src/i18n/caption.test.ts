// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages.ts';
import {
  sampleDeviceTraffic,
  sampleStoreTraffic,
  type TrafficQuery,
} from '../test/sample-traffic.ts';
import { captionParts, chartCaption } from './caption.ts';

const QUERY: TrafficQuery = {
  mac: '',
  store: 'nanjing-road',
  from: '2023-03-27',
  to: '2023-04-02',
  granularity: 'hour',
  businessHours: 'false',
};

describe('chartCaption', () => {
  it('should name a store and the entrance doors it counts, not its inner door', () => {
    expect(chartCaption(sampleStoreTraffic(QUERY), MESSAGES.en, 'en-US')).toBe(
      'Nanjing Road Flagship — all doors (Main entrance, East side door) · Mar 27, 2023 – Apr 2, 2023 · Hourly · all day · Time zone Asia/Shanghai',
    );
  });

  it('should name a device with its MAC and store', () => {
    const traffic = sampleDeviceTraffic({ ...QUERY, mac: 'd47c44906f14', store: '' });
    expect(chartCaption(traffic, MESSAGES.en, 'en-US')).toMatch(
      /^Main entrance \(d4:7c:44:90:6f:14\), Nanjing Road Flagship · Mar 27, 2023/,
    );
  });

  it('should speak Chinese', () => {
    expect(captionParts(sampleStoreTraffic(QUERY), MESSAGES.zh, 'zh-CN').title).toBe(
      'Nanjing Road Flagship — 全部入口（Main entrance、East side door）',
    );
  });

  it('should title a device with its MAC and store', () => {
    const traffic = sampleDeviceTraffic({ ...QUERY, mac: 'd47c44906f14', store: '' });
    expect(captionParts(traffic, MESSAGES.en, 'en-US').title).toBe(
      'Main entrance (d4:7c:44:90:6f:14) — Nanjing Road Flagship',
    );
  });
});
