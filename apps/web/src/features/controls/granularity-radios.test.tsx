import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../../i18n/locale.tsx';
import { GranularityRadios } from './granularity-radios.tsx';

function renderRadios(from: string, to: string, onChange = vi.fn()) {
  render(
    <LocaleProvider initialLocale="en">
      <GranularityRadios from={from} to={to} value="day" onChange={onChange} />
    </LocaleProvider>,
  );
  return onChange;
}

describe('GranularityRadios', () => {
  it('should offer every granularity for a week', () => {
    renderRadios('2023-03-27', '2023-04-02');
    const group = screen.getByRole('radiogroup', { name: 'Granularity' });
    expect(group).toBeTruthy();
    for (const name of ['Hour', 'Day', 'Week', 'Month', 'Quarter', 'Year']) {
      expect(screen.getByRole<HTMLInputElement>('radio', { name }).disabled).toBe(false);
    }
    expect(screen.queryByText(/at most/)).toBeNull();
  });

  it('should disable Hour beyond 92 days and say why', async () => {
    const onChange = renderRadios('2023-01-01', '2023-12-31');
    const hour = screen.getByRole<HTMLInputElement>('radio', { name: 'Hour' });
    expect(hour.disabled).toBe(true);
    expect(screen.getByText('Hour covers at most 92 days; choose a shorter range.')).toBeTruthy();
    await userEvent.click(hour);
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('radio', { name: 'Week' }));
    expect(onChange).toHaveBeenCalledWith('week');
  });

  it('should disable Day as well beyond 3 years', () => {
    renderRadios('2019-01-01', '2023-12-31');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Day' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Month' }).disabled).toBe(false);
  });
});
