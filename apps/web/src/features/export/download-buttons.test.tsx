import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../domain/export-problem.ts';
import { LocaleProvider } from '../../i18n/locale.tsx';
import { blobText, captureDownloads } from '../../test/downloads.ts';
import { DownloadButtons, type Offer } from './download-buttons.tsx';

const STEM = 'footfall-ginza-2023-03-27-2023-04-02-day';

const renderButtons = (offers: Offer[]) =>
  render(
    <LocaleProvider initialLocale="en">
      <DownloadButtons offers={offers} />
    </LocaleProvider>,
  );

describe('DownloadButtons', () => {
  it('should offer each file under its format’s words and save it under the stem and extension', async () => {
    const files = captureDownloads();
    renderButtons([
      { format: 'png', stem: STEM, make: () => Promise.resolve(new Blob(['png'])) },
      { format: 'csv', stem: STEM, make: () => new Blob(['a,b']) },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await expect.poll(() => files.map((file) => file.name)).toEqual([`${STEM}.csv`, `${STEM}.png`]);
    expect(await blobText(files[0]?.blob)).toBe('a,b');
  });

  it('should say why a file could not be made, and clear it on the next try', async () => {
    const files = captureDownloads();
    let attempt = 0;
    renderButtons([
      {
        format: 'png',
        stem: STEM,
        label: 'Export the map',
        make: () => {
          attempt += 1;
          return attempt === 1
            ? Promise.reject(new ExportError('noChart'))
            : Promise.resolve(new Blob(['png']));
        },
      },
    ]);
    const button = screen.getByRole('button', { name: 'Export the map' });
    await userEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('There is no chart to export.');
    await userEvent.click(button);
    await expect.poll(() => files.length).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should say so when making the file throws at once', async () => {
    renderButtons([
      {
        format: 'csv',
        stem: STEM,
        make: () => {
          throw new Error('out of memory');
        },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The PNG export failed.');
  });
});
