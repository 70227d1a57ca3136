// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sampleOverview } from '../../test/sample-traffic.ts';
import { chainChange, chainTotals, nextSort, overviewRows, sortRows } from './overview-rows.ts';

const QUERY = { from: '2023-03-29', to: '2023-03-29', businessHours: 'false' };
const overview = sampleOverview(QUERY);
const rows = overviewRows(overview.stores);
const names = (sorted: typeof rows) => sorted.map((row) => row.id);

describe('overviewRows', () => {
  it("should give each store its net and share of the chain's walk-ins", () => {
    expect(rows[0]).toEqual({
      id: 'nanjing-road',
      name: 'Nanjing Road Flagship',
      walkIn: 1654,
      walkOut: 1606,
      net: 48,
      share: 1654 / (1654 + 402 + 152),
      previous: null,
      change: null,
      vsPrevious: null,
    });
    expect(rows[1]).toMatchObject({ id: 'lujiazui-kiosk', walkOut: null, net: null });
  });

  it('should total the chain, walk-outs only when every store counts them', () => {
    expect(chainTotals(overview.stores)).toEqual({ walkIn: 2208, walkOut: null });
    expect(chainTotals(overview.stores.filter((s) => s.totals.walkOut !== null))).toEqual({
      walkIn: 1806,
      walkOut: 1748,
    });
  });
});

describe('sortRows', () => {
  it('should sort by any column either way, not-counted walk-outs last', () => {
    expect(names(sortRows(rows, { column: 'name', direction: 'ascending' }))).toEqual([
      'ginza',
      'lujiazui-kiosk',
      'nanjing-road',
    ]);
    expect(names(sortRows(rows, { column: 'walkIn', direction: 'ascending' }))).toEqual([
      'ginza',
      'lujiazui-kiosk',
      'nanjing-road',
    ]);
    expect(names(sortRows(rows, { column: 'net', direction: 'descending' }))).toEqual([
      'nanjing-road',
      'ginza',
      'lujiazui-kiosk',
    ]);
    expect(names(sortRows(rows, { column: 'walkOut', direction: 'ascending' }))).toEqual([
      'ginza',
      'nanjing-road',
      'lujiazui-kiosk',
    ]);
  });
});

describe('nextSort', () => {
  it('should turn the direction on the same column and start a new one at its default', () => {
    const byWalkIns = { column: 'walkIn', direction: 'descending' } as const;
    expect(nextSort(byWalkIns, 'walkIn')).toEqual({ column: 'walkIn', direction: 'ascending' });
    expect(nextSort(byWalkIns, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort(byWalkIns, 'share')).toEqual({ column: 'share', direction: 'descending' });
  });
});

describe('the change against the previous period', () => {
  const compared = sampleOverview({ ...QUERY, compare: 'previous' });
  const withChange = overviewRows(compared.stores);

  it('should give each store its change, signed, and its share of the earlier walk-ins', () => {
    expect(withChange[0]).toMatchObject({ previous: 1323, change: 331, vsPrevious: 331 / 1323 });
    expect(withChange[1]).toMatchObject({ previous: 503, change: -101 });
    expect(chainChange(compared.stores)).toEqual({
      previous: 1902,
      change: 306,
      vsPrevious: 306 / 1902,
    });
    expect(chainChange(overview.stores)).toBeUndefined();
  });

  it('should rank a rise from 0 above every percentage and stores without data last', () => {
    const [first] = withChange;
    if (!first) throw new Error('the sample has stores');
    const rows = [
      ...withChange,
      { ...first, id: 'new', previous: 0, change: 5, vsPrevious: null },
      { ...first, id: 'silent', previous: null, change: null, vsPrevious: null },
    ];
    expect(names(sortRows(rows, { column: 'vsPrevious', direction: 'descending' }))).toEqual([
      'new',
      'ginza',
      'nanjing-road',
      'lujiazui-kiosk',
      'silent',
    ]);
    expect(names(sortRows(rows, { column: 'vsPrevious', direction: 'ascending' }))).toEqual([
      'lujiazui-kiosk',
      'nanjing-road',
      'ginza',
      'new',
      'silent',
    ]);
  });
});
