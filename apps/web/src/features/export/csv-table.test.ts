// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvTable } from './csv-table.ts';

describe('csvTable', () => {
  it('should write each row on its own line, ending every line in \\n', () => {
    expect(
      csvTable([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\nc,d\n');
    expect(csvTable([])).toBe('');
  });

  it('should write numbers as they are and null as an empty cell', () => {
    expect(csvTable([[12, -5, 8.3, null, 0]])).toBe('12,-5,8.3,,0\n');
  });

  it('should quote a cell holding a comma, a quote, a CR or an LF, doubling its quotes', () => {
    expect(csvTable([['a,b', 'say "hi"', 'one\ntwo', 'one\rtwo', 'plain']])).toBe(
      '"a,b","say ""hi""","one\ntwo","one\rtwo",plain\n',
    );
  });

  it('should never start a text cell with a formula', () => {
    expect(csvTable([['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'ok"]])).toBe(
      `'=1+1,'+1,'-1,'@SUM(A1),'\tx,"'\rx",'ok\n`,
    );
    expect(csvTable([['=HYPERLINK("x")']])).toBe(`"'=HYPERLINK(""x"")"\n`);
  });
});
