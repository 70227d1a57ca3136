import { describe, expect, it } from 'vitest';
import { sign } from './sign.ts';

const published = {
  _aid: 'S107',
  orgid: '1',
  _akey: 'test',
  _requestMode: 'post',
  _mt: 'open.demo.queryOpenAccount',
  _sm: 'md5',
  _version: 'v1',
  _timestamp: '20171221132407',
};

describe('sign', () => {
  it('should match the published vector', () => {
    expect(sign(published, 'test', 'md5')).toBe('5489704B80A47394025527D6D51FB582');
  });

  it('should sign _format like any other sent parameter', () => {
    expect(sign({ ...published, _format: 'json' }, 'test', 'md5')).toBe(
      'CB2C3103EAD1EFFA18ACFC3177EDB854',
    );
  });

  it('should sort by UTF-16 code units and sign empty values as bare names', () => {
    const params = { Zeta: '1', _aid: 'S107', alpha: '', Beta: 'x y', '9lives': '中文', _Z: 'z' };
    expect(sign(params, 'test', 'md5')).toBe('5FCEDCA14021D8D2ED7E2340550B8909');
  });

  it('should sign with sha1 and a secret outside ASCII', () => {
    const params = {
      _aid: 'S107',
      _akey: 'S107-00000742',
      _mt: 'open.shopwebpassengerflow.customerflow.listDevicePassengerIndicator',
      _sm: 'sha1',
      _requestMode: 'post',
      _version: 'v1',
      _timestamp: '20230329235959',
      _format: 'json',
      mac: 'd47c44906f14',
      startTime: '2023-03-29 00:00:00',
      endTime: '2023-03-29 23:59:59',
      timeType: '1',
      isOnBusinessTime: '0',
    };
    expect(sign(params, 'k9 Ü-密钥+&=%', 'sha1')).toBe('89ED29EE44800BBE459B7CD87CC2275C2F4D106F');
  });

  it('should leave _sig out of what it signs', () => {
    expect(sign({ ...published, _sig: 'ANYTHING' }, 'test', 'md5')).toBe(
      '5489704B80A47394025527D6D51FB582',
    );
  });

  it('should change with any one character of a value or the secret', () => {
    const base = sign(published, 'test', 'md5');
    expect(sign({ ...published, orgid: '2' }, 'test', 'md5')).not.toBe(base);
    expect(sign(published, 'tesT', 'md5')).not.toBe(base);
  });
});
