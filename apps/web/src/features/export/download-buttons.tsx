/** A view's downloads: one button per file it offers, and why the last one failed, if it did. */
import { useState } from 'react';
import { useI18n } from '../../i18n/locale.tsx';
import { downloadBlob, fileName, FORMATS, type Format } from './download.ts';
import { exportErrorText } from './export-error.ts';

/** A file a view offers: its format, its name's stem (`fileStem`) and how to make it. */
export interface Offer {
  format: Format;
  stem: string;
  /** The file; a promise where making it takes work (a PNG), or loads code on first use. */
  make: () => Blob | Promise<Blob>;
  /** The button's words, when the format's own do not say enough (the map's PNG). */
  label?: string;
}

export function DownloadButtons({ offers }: { offers: readonly Offer[] }) {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const fail = (problem: unknown) => {
    setError(exportErrorText(problem, t));
  };
  const save = (offer: Offer) => {
    setError(undefined);
    const name = fileName(offer.stem, offer.format);
    try {
      const made = offer.make();
      // A blob at hand is saved in the click itself.
      if (made instanceof Blob) downloadBlob(made, name);
      else
        made.then((blob) => {
          downloadBlob(blob, name);
        }, fail);
    } catch (problem) {
      fail(problem);
    }
  };
  return (
    <div className="actions">
      {offers.map((offer) => (
        <button
          key={`${offer.format}|${offer.stem}`}
          type="button"
          onClick={() => {
            save(offer);
          }}
        >
          {offer.label ?? FORMATS[offer.format].label(t)}
        </button>
      ))}
      {error !== undefined && (
        <p role="alert" className="error-inline">
          {error}
        </p>
      )}
    </div>
  );
}
