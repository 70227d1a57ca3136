import { describe, expect, it } from 'vitest';
import { CALL_LOG_LIMIT, createCallLog } from './call-log.ts';

const call = (day: number, extra: Record<string, string> = {}) => ({
  mac: 'd47c44906f16',
  startTime: `2023-03-${String(day).padStart(2, '0')} 00:00:00`,
  endTime: '2023-03-31 23:59:59',
  ...extra,
});

describe('createCallLog', () => {
  it('should read the business parameters: times as sent, timeType and business hours as numbers', () => {
    const log = createCallLog();
    log.record({
      ...call(1),
      endTime: '2023-03-05 23:59:59',
      timeType: '3',
      isOnBusinessTime: '1',
    });
    log.record(call(2));
    expect(log.entries()).toEqual([
      {
        mac: 'd47c44906f16',
        startTime: '2023-03-01 00:00:00',
        endTime: '2023-03-05 23:59:59',
        timeType: 3,
        isOnBusinessTime: 1,
      },
      // The platform's defaults when a call sends neither.
      {
        mac: 'd47c44906f16',
        startTime: '2023-03-02 00:00:00',
        endTime: '2023-03-31 23:59:59',
        timeType: 1,
        isOnBusinessTime: 0,
      },
    ]);
  });

  it('should not log a call without valid business parameters', () => {
    const log = createCallLog();
    log.record({ _mt: 'open.demo.queryOpenAccount' });
    log.record(call(1, { timeType: '7' }));
    log.record(call(1, { mac: 'D4:7C:44:90:6F:16' }));
    expect(log.entries()).toEqual([]);
  });

  it('should keep only the last calls, oldest first', () => {
    const log = createCallLog(3);
    for (let day = 1; day <= 5; day++) log.record(call(day));
    expect(log.entries().map((entry) => entry.startTime.slice(8, 10))).toEqual(['03', '04', '05']);
    // A copy: a caller cannot change the log.
    log.entries().length = 0;
    expect(log.entries()).toHaveLength(3);
  });

  it(`should keep ${CALL_LOG_LIMIT} calls by default`, () => {
    const log = createCallLog();
    for (let i = 0; i < CALL_LOG_LIMIT + 5; i++) log.record(call((i % 28) + 1));
    const entries = log.entries();
    expect(entries).toHaveLength(CALL_LOG_LIMIT);
    // The first 5 calls (days 1–5) are gone: the oldest kept is the 6th.
    expect(entries[0]?.startTime).toBe('2023-03-06 00:00:00');
  });
});
