import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  inEnglish,
  mockApi,
  percentInEnglish,
  SHANGHAI_DOOR,
  trafficAnswer,
  trafficCalls,
} from '../../test/app-api.ts';
import { renderApp } from '../../test/render-app.tsx';
import { afterHours } from './after-hours.ts';

const QUERY = (businessHours: boolean) =>
  `from=2023-03-29&to=2023-03-29&granularity=hour&businessHours=${String(businessHours)}`;
const VIEW = (businessHours: boolean) => `/?device=${SHANGHAI_DOOR.mac}&${QUERY(businessHours)}`;

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
      const fetchMock = mockApi();
      renderApp(VIEW(businessHours));
      const card = await screen.findByTestId('after-hours');
      // The day's walk-ins less those of its business hours, as the app answers each.
      const walkInsOf = async (only: boolean) =>
        (await trafficAnswer(fetchMock, `mac=${SHANGHAI_DOOR.mac}&${QUERY(only)}`)).totals.walkIn;
      const [allDay, business] = await Promise.all([walkInsOf(false), walkInsOf(true)]);
      const outside = allDay - business;
      expect(outside).toBeGreaterThan(0);
      const figure = inEnglish(outside);
      await screen.findByText(figure, { selector: '[data-testid="after-hours"] dd', exact: false });
      expect(card.querySelector('dt')?.textContent).toBe('Outside business hours');
      expect(card.querySelector('dd')?.textContent).toBe(
        `${figure} ${percentInEnglish(outside / allDay)} of the day`,
      );
      const asked = trafficCalls(fetchMock).map((url) => url.search);
      expect(asked.some((url) => url.includes('businessHours=true'))).toBe(true);
      expect(asked.some((url) => url.includes('businessHours=false'))).toBe(true);
    },
  );
});
