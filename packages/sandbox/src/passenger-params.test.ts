import { describe, expect, it } from 'vitest';
import { createSandbox } from './app.ts';
import { PARAM_INVALID, parsePassengerParams } from './passenger-params.ts';
import { NOW, passengerParams, post } from './test-support.ts';

const good = {
  mac: 'd47c44906f14',
  startTime: '2024-03-13 00:00:00',
  endTime: '2024-03-13 23:59:59',
  timeType: '3',
  isOnBusinessTime: '1',
};

describe('parsePassengerParams', () => {
  it('should read valid parameters, with timeType 1 and all day by default', () => {
    expect(parsePassengerParams(good)).toEqual({
      ok: true,
      value: {
        mac: 'd47c44906f14',
        start: Date.UTC(2024, 2, 13),
        end: Date.UTC(2024, 2, 13, 23, 59, 59),
        granularity: 'week',
        businessHoursOnly: true,
      },
    });
    expect(
      parsePassengerParams({ mac: good.mac, startTime: good.startTime, endTime: good.endTime }),
    ).toMatchObject({
      value: { granularity: 'hour', businessHoursOnly: false },
    });
  });

  it.each([
    ['mac', undefined, 'mac is required.'],
    ['mac', 'D47C44906F14', 'mac must be 12 lowercase hexadecimal digits.'],
    ['mac', 'd4:7c:44:90:6f:14', 'mac must be 12 lowercase hexadecimal digits.'],
    ['mac', 'd47c44906f1', 'mac must be 12 lowercase hexadecimal digits.'],
    ['startTime', undefined, 'startTime is required.'],
    ['startTime', '2024-03-13', 'startTime must be yyyy-MM-dd HH:mm:ss.'],
    ['endTime', '2024-02-30 00:00:00', 'endTime is not a real date and time: 2024-02-30 00:00:00.'],
    ['endTime', '2024-03-12 23:59:59', 'startTime must not be after endTime.'],
    [
      'endTime',
      '2036-03-13 00:00:00',
      'The range from startTime to endTime must not exceed 11 years.',
    ],
    ['timeType', '7', 'timeType must be 1 (hour) to 6 (year).'],
    ['timeType', '', 'timeType must be 1 (hour) to 6 (year).'],
    ['isOnBusinessTime', 'true', 'isOnBusinessTime must be 0 or 1.'],
  ])('should reject %s = %j with a message', (name, value, message) => {
    const params: Record<string, string> = Object.fromEntries(
      Object.entries(good).filter(([key]) => key !== name),
    );
    if (value !== undefined) params[name] = value;
    expect(parsePassengerParams(params)).toEqual({ ok: false, message });
  });

  it('should answer PARAM_INVALID with the message, and an empty list for an unknown MAC', async () => {
    const sandbox = createSandbox({ now: () => NOW });
    const bad = await post(sandbox, passengerParams({ ...good, timeType: '9' }));
    expect(bad).toMatchObject({
      stat: { code: PARAM_INVALID.code, codename: 'PARAM_INVALID' },
      result: 'timeType must be 1 (hour) to 6 (year).',
      data: null,
    });
    const unknown = await post(sandbox, passengerParams({ ...good, mac: '001122334455' }));
    expect(unknown).toMatchObject({ stat: { code: 0 }, data: [] });
  });
});
