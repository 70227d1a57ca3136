import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, trafficCalls } from '../../test/app-api.ts';
import { sampleTraffic } from '../../test/sample-traffic.ts';
import { renderApp } from '../../test/render-app.tsx';
import { afterHours } from './after-hours.ts';

const VIEW = (businessHours: boolean) =>
  `/?device=d47c44906f14&from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=${businessHours}`;

/** The sample answer all day; in business hours, only its 11:00 bucket (1,234 of 1,246). */
function api() {
  return mockApi({
    reshapeTraffic: (_answer, query) => {
      const traffic = sampleTraffic(query);
      if (query.businessHours !== 'true') return { status: 200, body: traffic };
      const buckets = traffic.buckets.slice(1);
      const walkIn = buckets.reduce((sum, b) => sum + b.walkIn, 0);
      return {
        status: 200,
        body: { ...traffic, buckets, totals: { walkIn, walkOut: traffic.totals.walkOut } },
      };
    },
  });
}

describe('afterHours', () => {
  it('should subtract business hours from the whole day and give its share', () => {
    expect(afterHours({ walkIn: 120, walkOut: 0 }, { walkIn: 90, walkOut: 0 })).toEqual({
      walkIn: 30,
      share: 0.25,
    });
  });

  it('should give no share for a day without walk-ins', () => {
    expect(afterHours({ walkIn: 0, walkOut: 0 }, { walkIn: 0, walkOut: 0 }).share).toBeNull();
  });
});

describe('AfterHoursCard', () => {
  it.each([false, true])(
    'should show walk-ins outside business hours and their share (view businessHours=%s)',
    async (businessHours) => {
      const fetchMock = api();
      renderApp(VIEW(businessHours));
      const card = await screen.findByTestId('after-hours');
      await screen.findByText('12', { selector: '[data-testid="after-hours"] dd', exact: false });
      expect(card.querySelector('dt')?.textContent).toBe('Outside business hours');
      expect(card.querySelector('dd')?.textContent).toBe('12 1% of the day');
      const asked = trafficCalls(fetchMock).map((url) => url.search);
      expect(asked.some((url) => url.includes('businessHours=true'))).toBe(true);
      expect(asked.some((url) => url.includes('businessHours=false'))).toBe(true);
    },
  );
});
