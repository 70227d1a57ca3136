// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overviewCsv } from './overview-csv.ts';

describe('overviewCsv', () => {
  it('should write one row per store, empty where walk-outs are not counted', () => {
    expect(
      overviewCsv([
        { id: 'ginza', name: 'Ginza Boutique', walkIn: 152, walkOut: 142, net: 10, share: 0.25 },
        { id: 'kiosk', name: 'Kiosk', walkIn: 456, walkOut: null, net: null, share: 0.75 },
      ]),
    ).toBe(
      'store_id,store,walk_in,walk_out,net,share\nginza,Ginza Boutique,152,142,10,0.25\nkiosk,Kiosk,456,,,0.75\n',
    );
  });

  it('should quote a name holding a comma or a quote, and never start a cell with a formula', () => {
    const row = { walkIn: 1, walkOut: 1, net: 0, share: 1 / 3 };
    expect(overviewCsv([{ ...row, id: 'a', name: 'Shop "A", Level 2' }]).split('\n')[1]).toBe(
      'a,"Shop ""A"", Level 2",1,1,0,0.3333',
    );
    expect(overviewCsv([{ ...row, id: 'b', name: '=HYPERLINK("x")' }]).split('\n')[1]).toBe(
      `b,"'=HYPERLINK(""x"")",1,1,0,0.3333`,
    );
  });
});
