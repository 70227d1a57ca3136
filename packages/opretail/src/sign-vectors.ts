/**
 * Signing vectors for tests and the benchmark, exported as `@footfall/opretail/sign-vectors` so the
 * sandbox's tests sign with the same ones.
 */

/** DESIGN's published vector: md5, key and secret `test`. */
export const PUBLISHED_VECTOR = {
  secret: 'test',
  params: {
    _aid: 'S107',
    orgid: '1',
    _akey: 'test',
    _requestMode: 'post',
    _mt: 'open.demo.queryOpenAccount',
    _sm: 'md5',
    _version: 'v1',
    _timestamp: '20171221132407',
  },
  md5: '5489704B80A47394025527D6D51FB582',
} as const;

/**
 * The full-request signing vector from issue 2: every parameter a real listDevicePassengerIndicator
 * call sends, signed with sha1 and a secret outside ASCII. Shared by the sign and request tests and
 * the benchmark, so all three exercise the same realistic 13-parameter request.
 */
export const FULL_REQUEST_VECTOR = {
  secret: 'k9 Ü-密钥+&=%',
  params: {
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
  },
  sha1: '89ED29EE44800BBE459B7CD87CC2275C2F4D106F',
} as const;
