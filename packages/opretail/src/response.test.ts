import { describe, expect, it } from 'vitest';
import { OpretailError } from './errors.ts';
import { parsePassengerResponse, type RowContext } from './response.ts';

const hourly: RowContext = { granularity: 'hour', timezone: 'Asia/Shanghai', attempts: 1 };

function envelope(data: unknown, code: unknown = 0): unknown {
  return {
    stat: { cid: 'c1', code, codename: 'SUCCESS', systime: '2023-03-29 10:00:00' },
    result: null,
    data,
  };
}

const rows = [
  { time: '2023-03-29 10:00:00', passengerFlow: 12, outFlowCount: 10 },
  { time: '2023-03-29 11:00:00', passengerFlow: 7, outFlowCount: 8 },
];
const expected = [
  { start: Date.UTC(2023, 2, 29, 10), walkIn: 12, walkOut: 10 },
  { start: Date.UTC(2023, 2, 29, 11), walkIn: 7, walkOut: 8 },
];

function failure(body: unknown, context: RowContext = hourly): OpretailError {
  try {
    parsePassengerResponse(body, context);
  } catch (error) {
    if (error instanceof OpretailError) return error;
    throw error;
  }
  throw new Error('expected an OpretailError');
}

describe('parsePassengerResponse', () => {
  it.each([
    ['a bare array', rows],
    ['an object with list', { list: rows, total: 2 }],
    ['an object with records', { records: rows }],
    ['an object with rows', { rows, pageNo: 1 }],
    ['an object with dataList', { dataList: rows }],
  ])('should read rows from %s', (_shape, data) => {
    expect(parsePassengerResponse(envelope(data), hourly)).toEqual(expected);
  });

  it('should read an empty list as no rows', () => {
    expect(parsePassengerResponse(envelope({ list: [] }), hourly)).toEqual([]);
  });

  it('should take a numeric-string code and numeric-string counts', () => {
    const data = [{ time: '2023-03-29 10:00:00', passengerFlow: '12', outFlowCount: '0' }];
    expect(parsePassengerResponse(envelope(data, '0'), hourly)).toEqual([
      { start: Date.UTC(2023, 2, 29, 10), walkIn: 12, walkOut: 0 },
    ]);
  });

  it('should read an absent or null outFlowCount as not counted, never 0', () => {
    const data = [
      { time: '2023-03-29 10', passengerFlow: 3 },
      { time: '2023-03-29 11', passengerFlow: 4, outFlowCount: null },
    ];
    expect(parsePassengerResponse(envelope(data), hourly).map((row) => row.walkOut)).toEqual([
      null,
      null,
    ]);
  });

  it.each([
    ['yyyy-MM-dd HH:mm:ss', '2023-03-29 10:42:17', 'hour', Date.UTC(2023, 2, 29, 10)],
    ['yyyy-MM-dd HH:mm', '2023-03-29 10:42', 'hour', Date.UTC(2023, 2, 29, 10)],
    ['yyyy-MM-dd HH', '2023-03-29 10', 'hour', Date.UTC(2023, 2, 29, 10)],
    ['yyyy-MM-dd', '2023-03-29', 'day', Date.UTC(2023, 2, 29)],
    ['yyyy-MM-dd as a week', '2023-03-29', 'week', Date.UTC(2023, 2, 27)],
    ['yyyy-MM', '2023-03', 'month', Date.UTC(2023, 2, 1)],
    ['yyyy-MM as a quarter', '2023-05', 'quarter', Date.UTC(2023, 3, 1)],
    ['yyyy', '2023', 'year', Date.UTC(2023, 0, 1)],
  ] as const)(
    'should read a %s label and floor it to its bucket',
    (_format, time, granularity, start) => {
      const parsed = parsePassengerResponse(envelope([{ time, passengerFlow: 1 }]), {
        ...hourly,
        granularity,
      });
      expect(parsed[0]?.start).toBe(start);
    },
  );

  it('should read epoch-ms labels, number or string, as wall time in the device zone', () => {
    // 2023-03-29T02:30:00Z: 10:30 in Shanghai, 04:30 in Berlin (CEST).
    const epoch = Date.UTC(2023, 2, 29, 2, 30);
    const data = [
      { time: epoch, passengerFlow: 1 },
      { time: String(epoch), passengerFlow: 2 },
    ];
    expect(parsePassengerResponse(envelope(data), hourly).map((row) => row.start)).toEqual([
      Date.UTC(2023, 2, 29, 10),
      Date.UTC(2023, 2, 29, 10),
    ]);
    const berlin = parsePassengerResponse(envelope(data), { ...hourly, timezone: 'Europe/Berlin' });
    expect(berlin.map((row) => row.start)).toEqual([
      Date.UTC(2023, 2, 29, 4),
      Date.UTC(2023, 2, 29, 4),
    ]);
  });

  it('should turn a non-zero code into a gateway error explained from the table', () => {
    const error = failure(envelope(null, '3'));
    expect(error).toMatchObject({
      kind: 'gateway',
      gatewayCode: 3,
      gatewayName: 'KEY_HAS_EXPIRED',
      message: 'The Opretail key has expired: renew the service.',
    });
  });

  it('should keep the gateway name of an undocumented code', () => {
    const error = failure({ stat: { code: 42, codename: 'NEW_THING' } });
    expect(error).toMatchObject({ kind: 'gateway', gatewayCode: 42, gatewayName: 'NEW_THING' });
    expect(error.message).toContain('undocumented code 42');
  });

  it.each([
    ['a body without stat', { data: [] }, /response\.stat/],
    ['a non-numeric code', { stat: { code: 'ok' }, data: [] }, /response\.stat\.code/],
    ['a body that is not an object', 'hello', /response/],
    ['missing data', { stat: { code: 0 } }, /data is neither.*got nothing/],
    ['data without a known list', { stat: { code: 0 }, data: { items: [] } }, /keys items/],
    [
      'a row that is not an object',
      envelope([rows[0], 'x']),
      /row 1: expected a row object, got "x"/,
    ],
    [
      'a missing passengerFlow',
      envelope([{ time: '2023-03-29 10' }]),
      /row 0\.passengerFlow: .*got nothing/,
    ],
    [
      'a negative count',
      envelope([{ time: '2023-03-29', passengerFlow: -1 }]),
      /row 0\.passengerFlow: .*got -1/,
    ],
    [
      'a fractional count',
      envelope([{ time: '2023-03-29', passengerFlow: 1.5 }]),
      /row 0\.passengerFlow/,
    ],
    [
      'a fractional string count',
      envelope([{ time: '2023-03-29', passengerFlow: '1.5' }]),
      /passengerFlow/,
    ],
    [
      'an empty outFlowCount',
      envelope([{ time: '2023-03-29', passengerFlow: 1, outFlowCount: '' }]),
      /row 0\.outFlowCount/,
    ],
    ['a missing time', envelope([{ passengerFlow: 1 }]), /row 0\.time: .*got nothing/],
    [
      'an impossible date',
      envelope([{ time: '2023-02-30', passengerFlow: 1 }]),
      /row 0\.time: .*"2023-02-30"/,
    ],
    [
      'a label in words',
      envelope([rows[0], { time: 'yesterday', passengerFlow: 1 }]),
      /row 1\.time/,
    ],
    ['a compact date as a number', envelope([{ time: 20230329, passengerFlow: 1 }]), /row 0\.time/],
    [
      'a compact date-time as a string',
      envelope([{ time: '202303291000', passengerFlow: 1 }]),
      /row 0\.time/,
    ],
    ['epoch seconds', envelope([{ time: 1680057000, passengerFlow: 1 }]), /row 0\.time/],
  ])('should call %s malformed, naming where', (_case, body, detail) => {
    const error = failure(body);
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/^The Opretail gateway answered in an unexpected format: /);
    expect(error.message).toMatch(detail);
  });

  it.each([
    ['a code with blanks', ' 3 ', 3],
    ['a negative code of several digits', '-500', -500],
  ])('should read %s as a gateway code', (_case, code, gatewayCode) => {
    expect(failure(envelope(null, code))).toMatchObject({ kind: 'gateway', gatewayCode });
  });

  it('should name an undocumented code whose codename is not a string as undocumented', () => {
    expect(failure({ stat: { code: 42, codename: 7 } }).gatewayName).toBe('UNDOCUMENTED');
  });

  it.each([
    [
      'a code with more after it',
      { stat: { code: '3x' } },
      'response.stat.code: expected a whole number',
    ],
    [
      'a code with more before it',
      { stat: { code: 'x3' } },
      'response.stat.code: expected a whole number',
    ],
    [
      'a row that is an array',
      envelope([[1, 2]]),
      'row 0: expected a row object, got an array of 2 items',
    ],
    ['a row that is null', envelope([null]), 'row 0: expected a row object, got null'],
    [
      'data that is an empty object',
      { stat: { code: 0 }, data: {} },
      'data is neither a list of rows nor an object holding one under list, records, rows or dataList (got an empty object)',
    ],
    [
      'data with many keys',
      {
        stat: { code: 0 },
        data: { alpha: 1, bravo: 2, charlie: 3, delta: 4, echo: 5, foxtrot: 6 },
      },
      'data is neither a list of rows nor an object holding one under list, records, rows or dataList (got an object with keys alpha, bravo, charlie, delta, echo, foxt…)',
    ],
    [
      'a long label',
      envelope([{ time: 'x'.repeat(50), passengerFlow: 1 }]),
      `row 0.time: expected a time label (yyyy-MM-dd HH:mm:ss or shorter, or epoch ms), got "${'x'.repeat(39)}…`,
    ],
    [
      'a label of 38 characters',
      envelope([{ time: 'y'.repeat(38), passengerFlow: 1 }]),
      `row 0.time: expected a time label (yyyy-MM-dd HH:mm:ss or shorter, or epoch ms), got "${'y'.repeat(38)}"`,
    ],
    [
      'a negative count',
      envelope([{ time: '2023-03-29', passengerFlow: -1 }]),
      'row 0.passengerFlow: expected a whole number of people (number or numeric string), got -1',
    ],
    [
      'an empty outFlowCount',
      envelope([{ time: '2023-03-29', passengerFlow: 1, outFlowCount: '' }]),
      'row 0.outFlowCount: expected a whole number of people (number or numeric string) or null, got ""',
    ],
  ])('should word %s exactly', (_case, body, detail) => {
    expect(failure(body).message).toBe(
      `The Opretail gateway answered in an unexpected format: ${detail}.`,
    );
  });

  it.each(['x12', '12x', [12], Number.MAX_SAFE_INTEGER + 2, '99999999999999999999'])(
    'should refuse the count %j',
    (passengerFlow) => {
      expect(failure(envelope([{ time: '2023-03-29', passengerFlow }])).message).toMatch(
        /row 0\.passengerFlow/,
      );
    },
  );

  it('should read a count of 0 and a count with blanks', () => {
    const data = [
      { time: '2023-03-29 10', passengerFlow: 0, outFlowCount: ' 4 ' },
      { time: '2023-03-29 11', passengerFlow: ' 12 ', outFlowCount: 0 },
    ];
    expect(parsePassengerResponse(envelope(data), hourly)).toEqual([
      { start: Date.UTC(2023, 2, 29, 10), walkIn: 0, walkOut: 4 },
      { start: Date.UTC(2023, 2, 29, 11), walkIn: 12, walkOut: 0 },
    ]);
  });

  it('should take epoch labels from 1e12 (2001) up to, not including, 1e13, and with blanks', () => {
    const at = (time: unknown) =>
      parsePassengerResponse(envelope([{ time, passengerFlow: 1 }]), hourly)[0]?.start;
    // 1e12 ms is 2001-09-09 01:46:40Z, 09:46 in Shanghai.
    expect(at(1e12)).toBe(Date.UTC(2001, 8, 9, 9));
    expect(at(' 1000000000000 ')).toBe(Date.UTC(2001, 8, 9, 9));
    expect(failure(envelope([{ time: 1e12 - 1, passengerFlow: 1 }])).message).toMatch(
      /row 0\.time/,
    );
    expect(failure(envelope([{ time: 1e13, passengerFlow: 1 }])).message).toMatch(/row 0\.time/);
    expect(failure(envelope([{ time: 1e12 + 0.5, passengerFlow: 1 }])).message).toMatch(
      /row 0\.time/,
    );
  });

  it('should carry the attempt number on its errors', () => {
    expect(failure(envelope(null, -500), { ...hourly, attempts: 3 }).attempts).toBe(3);
  });

  it('should show an echoed object by its keys only, never its values', () => {
    const error = failure(envelope({ _sig: 'ABCDEF0123', _akey: 'k' }));
    expect(error.message).toContain('keys _sig, _akey');
    expect(error.message).not.toContain('ABCDEF0123');
  });
});
