/**
 * Captures downloads (`downloadBlob`'s temporary `<a download>`) in jsdom, which has neither blob
 * URLs nor navigation: each click records the file name and the blob.
 */
import { vi } from 'vitest';

// jsdom has no blob URLs; a placeholder gives the spies below something to wrap.
for (const name of ['createObjectURL', 'revokeObjectURL'] as const) {
  if (!(name in URL)) Object.defineProperty(URL, name, { value: () => '', writable: true });
}

export function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

/** A blob's text, through jsdom's FileReader (its Blob has no `text()`). */
export function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) {
      reject(new Error('no file was downloaded'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('the file could not be read'));
    };
    reader.readAsText(blob);
  });
}
