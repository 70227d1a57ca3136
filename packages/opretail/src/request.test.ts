import { describe, expect, it } from 'vitest';
import {
  checkPassengerQuery,
  passengerParams,
  type Credentials,
  type PassengerQuery,
} from './request.ts';
import { sign } from './sign.ts';
import { FULL_REQUEST_VECTOR } from './sign-vectors.ts';

const credentials: Credentials = {
  aid: 'S107',
  akey: 'S107-00000742',
  secret: FULL_REQUEST_VECTOR.secret,
  signMethod: 'sha1',
  timezone: 'Asia/Shanghai',
};

const query: PassengerQuery = {
  mac: 'd47c44906f14',
  startTime: '2023-03-29 00:00:00',
  endTime: '2023-03-29 23:59:59',
  timeType: 1,
  isOnBusinessTime: false,
  timezone: 'Asia/Shanghai',
};

// 2023-03-29 23:59:59 in Shanghai (UTC+8).
const NOW = Date.UTC(2023, 2, 29, 15, 59, 59);

describe('passengerParams', () => {
  it('should send every parameter of the method, signed as the full-request vector', () => {
    const { params, sha1 } = FULL_REQUEST_VECTOR;
    expect(passengerParams(credentials, query, NOW)).toEqual({ ...params, _sig: sha1 });
  });

  it('should sign with md5 when configured so', () => {
    const params = passengerParams({ ...credentials, signMethod: 'md5' }, query, NOW);
    const { _sig: signature, ...signed } = params;
    expect(params._sm).toBe('md5');
    expect(signature).toBe(sign(signed, credentials.secret, 'md5'));
    expect(signature).toMatch(/^[0-9A-F]{32}$/);
  });

  it('should write the timestamp on the configured gateway clock', () => {
    expect(passengerParams({ ...credentials, timezone: 'UTC' }, query, NOW)._timestamp).toBe(
      '20230329155959',
    );
    expect(passengerParams(credentials, query, NOW + 1_000)._timestamp).toBe('20230330000000');
  });

  it('should send business hours as 1 and a coarser timeType as its number', () => {
    const params = passengerParams(
      credentials,
      { ...query, isOnBusinessTime: true, timeType: 4 },
      NOW,
    );
    expect(params.isOnBusinessTime).toBe('1');
    expect(params.timeType).toBe('4');
  });
});

describe('checkPassengerQuery', () => {
  it('should give the granularity of the timeType', () => {
    expect(checkPassengerQuery(query)).toBe('hour');
    expect(checkPassengerQuery({ ...query, timeType: 3 })).toBe('week');
    expect(checkPassengerQuery({ ...query, timeType: 6 })).toBe('year');
  });

  it.each([
    ['a MAC in capitals', { mac: 'D47C44906F14' }, /mac/],
    ['a MAC with separators', { mac: 'd4:7c:44:90:6f:14' }, /mac/],
    ['an impossible start', { startTime: '2023-02-30 00:00:00' }, /startTime/],
    ['an end without seconds', { endTime: '2023-03-29 23:59' }, /endTime/],
    ['timeType 0', { timeType: 0 }, /timeType/],
    ['timeType 7', { timeType: 7 }, /timeType/],
    ['a fractional timeType', { timeType: 1.5 }, /timeType/],
    ['an unknown zone', { timezone: 'Mars/Olympus' }, /timezone/],
  ])('should refuse %s before anything is sent', (_name, change, field) => {
    expect(() => checkPassengerQuery({ ...query, ...change })).toThrow(RangeError);
    expect(() => checkPassengerQuery({ ...query, ...change })).toThrow(field);
  });
});
