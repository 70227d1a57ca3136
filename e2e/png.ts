/**
 * Reading an exported PNG: its header in Node, its pixels in Chromium itself (which decodes PNG
 * exactly, so the suite needs no image library).
 */
import type { BrowserContext } from '@playwright/test';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function hasPngSignature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** Width and height from the IHDR chunk, which must come first. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface PixelStats {
  width: number;
  height: number;
  distinctColors: number;
  /** Pixels whose alpha is not 255. */
  translucent: number;
  /** Pixels of exactly each asked colour (`#rrggbb`). */
  matches: Record<string, number>;
}

/** Decodes the PNG on a canvas in a blank page (no CSP there) and counts its colours. */
export async function pixelStats(
  context: BrowserContext,
  bytes: Buffer,
  colors: readonly string[],
): Promise<PixelStats> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ dataUrl, wanted }) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no 2D canvas');
        context2d.drawImage(image, 0, 0);
        const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
        const rgb = (hex: string) => Number.parseInt(hex.slice(1), 16);
        const matches: Record<string, number> = Object.fromEntries(wanted.map((c) => [c, 0]));
        const byRgb = new Map(wanted.map((c) => [rgb(c), c]));
        const seen = new Set<number>();
        let translucent = 0;
        for (let i = 0; i < data.length; i += 4) {
          const color = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
          seen.add(color);
          if (data[i + 3] !== 255) translucent++;
          const name = byRgb.get(color);
          if (name !== undefined) matches[name] = (matches[name] ?? 0) + 1;
        }
        return {
          width: canvas.width,
          height: canvas.height,
          distinctColors: seen.size,
          translucent,
          matches,
        };
      },
      { dataUrl: `data:image/png;base64,${bytes.toString('base64')}`, wanted: colors },
    );
  } finally {
    await page.close();
  }
}
