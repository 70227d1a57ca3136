import { describe, expect, it } from 'vitest';
import { dashboardLink, overviewLink, storeLink } from './pages.ts';
import { parseView as hereOf } from './view-state.ts';

const DASHBOARD =
  '?store=nanjing-road&from=2023-03-27&to=2023-04-02&granularity=day&businessHours=true&compare=week';
const OVERVIEW = '?from=2023-03-27&to=2023-04-02&businessHours=true';

describe('links between the pages', () => {
  it('should open the overview over the dashboard view’s range and switch, and nothing else', () => {
    expect(overviewLink(hereOf(DASHBOARD))).toBe(`/overview${OVERVIEW}`);
  });

  it('should keep the whole view on a link to the dashboard from the dashboard', () => {
    expect(dashboardLink(hereOf(DASHBOARD))).toBe(`/${DASHBOARD}`);
  });

  it('should carry the overview’s range to the dashboard, which completes the subject', () => {
    expect(dashboardLink(hereOf(OVERVIEW))).toBe(`/${OVERVIEW}`);
  });

  it('should link to the bare pages while the address names no whole range', () => {
    for (const search of ['', '?store=ginza', '?from=2023-03-27&to=2023-04-02']) {
      expect(dashboardLink(hereOf(search))).toBe('/');
      expect(overviewLink(hereOf(search))).toBe('/overview');
    }
  });

  it('should open a store’s dashboard by hour over the overview’s range', () => {
    const range = { from: '2023-03-27', to: '2023-03-29', businessHours: false };
    expect(storeLink(range, 'ginza')).toBe(
      '/?store=ginza&from=2023-03-27&to=2023-03-29&granularity=hour&businessHours=false',
    );
  });
});
