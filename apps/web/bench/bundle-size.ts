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

/** Where the bare app is served from in the paint benchmark, beside the product. */
export const BARE_BASE = '/bare/';

/** Builds bench/bare into a new temporary folder and returns it; the caller removes it. */
export async function buildBare(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'footfall-bare-'));
  await build({
    root: join(WEB_ROOT, 'bench/bare'),
    base: BARE_BASE,
    configFile: false,
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  });
  return outDir;
}

/** Removes a folder made by {@link buildBare}. */
export function removeBare(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
