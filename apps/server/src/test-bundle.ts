/**
 * Vitest's global setup for the server: bundles `main.ts` once per run, as `pnpm build` does,
 * so tests that start the server as a process run plain Node on JavaScript (as `pnpm start`
 * does), starting in a fraction of a second rather than compiling TypeScript in every child.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildServer } from '../scripts/build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled server, for `startServerProcess`. */
    serverBundle: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Inside the server's folder: the bundle's imports resolve from its node_modules.
  const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(`${cache}footfall-server-test-`);
  const outfile = `${folder}/main.js`;
  await buildServer({ outfile, sourcemap: false });
  project.provide('serverBundle', outfile);
  return () => {
    rmSync(folder, { recursive: true, force: true });
  };
}
