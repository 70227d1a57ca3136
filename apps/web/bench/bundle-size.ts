/**
 * The bundle budget's two sides: the product's built JavaScript and that of a bare app on the same
 * libraries drawing one two-series chart (bench/bare), both gzipped at level 9.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Gzipped bytes of every `.js` file under `dir`. */
export function gzippedJs(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      total += gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 9 }).length;
    }
  }
  return total;
}

/** Builds the product into apps/web/dist (what the server serves) with its own vite config. */
export async function buildApp(): Promise<string> {
  await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return join(WEB_ROOT, 'dist');
}

/** Builds bench/bare into a temporary folder and measures it. */
export async function bareAppBytes(): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'footfall-bare-'));
  try {
    await build({
      root: join(WEB_ROOT, 'bench/bare'),
      configFile: false,
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1000 },
    });
    return gzippedJs(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
