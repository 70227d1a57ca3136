// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overviewCsv } from './overview-csv.ts';

const HEADER = 'store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent';
const NO_COMPARISON = { previous: null, change: null, vsPrevious: null };

describe('overviewCsv', () => {
  it('should write one row per store, empty where walk-outs are not counted', () => {
    expect(
      overviewCsv([
        {
          id: 'ginza',
          name: 'Ginza Boutique',
          walkIn: 152,
          walkOut: 142,
          net: 10,
          share: 0.25,
          ...NO_COMPARISON,
        },
        {
          id: 'kiosk',
          name: 'Kiosk',
          walkIn: 456,
          walkOut: null,
          net: null,
          share: 0.75,
          ...NO_COMPARISON,
        },
      ]),
    ).toBe(`${HEADER}\nginza,Ginza Boutique,152,142,10,0.25,,,\nkiosk,Kiosk,456,,,0.75,,,\n`);
  });

  it('should give the previous period, the change and its percentage, none against 0', () => {
    const row = { id: 'a', name: 'A', walkIn: 130, walkOut: 120, net: 10, share: 1 };
    const csv = overviewCsv([
      { ...row, previous: 120, change: 10, vsPrevious: 10 / 120 },
      { ...row, id: 'b', walkIn: 7, previous: 0, change: 7, vsPrevious: null },
    ]);
    expect(csv.split('\n').slice(1, 3)).toEqual([
      'a,A,130,120,10,1,120,10,8.3',
      'b,A,7,120,10,1,0,7,',
    ]);
  });

  it('should quote a name holding a comma or a quote, and never start a cell with a formula', () => {
    const row = { walkIn: 1, walkOut: 1, net: 0, share: 1 / 3, ...NO_COMPARISON };
    expect(overviewCsv([{ ...row, id: 'a', name: 'Shop "A", Level 2' }]).split('\n')[1]).toBe(
      'a,"Shop ""A"", Level 2",1,1,0,0.3333,,,',
    );
    expect(overviewCsv([{ ...row, id: 'b', name: '=HYPERLINK("x")' }]).split('\n')[1]).toBe(
      `b,"'=HYPERLINK(""x"")",1,1,0,0.3333,,,`,
    );
  });
});
