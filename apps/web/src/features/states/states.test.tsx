import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { LocaleProvider } from '../../i18n/locale.tsx';
import type { Locale } from '../../i18n/messages.ts';
import { ErrorPanel } from './states.tsx';

const SERVER_MESSAGE = 'No device with mac 001122334455 is configured.';
const unknownDevice = new ApiError(404, 'UNKNOWN_DEVICE', SERVER_MESSAGE);

const renderPanel = (locale: Locale, onRetry = vi.fn()) =>
  render(
    <LocaleProvider initialLocale={locale}>
      <ErrorPanel error={unknownDevice} onRetry={onRetry} />
    </LocaleProvider>,
  );

describe('ErrorPanel', () => {
  it('should say the error from its code in Chinese, without the server’s English', async () => {
    const onRetry = vi.fn();
    renderPanel('zh', onRetry);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('此设备未配置，或您无权查看。');
    expect(alert.textContent).not.toContain(SERVER_MESSAGE);
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('should keep the server’s message as a detail in English', () => {
    renderPanel('en');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This device is not configured, or you may not see it.');
    expect(alert.textContent).toContain(SERVER_MESSAGE);
  });
});
