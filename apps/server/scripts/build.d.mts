/** Bundles `src/main.ts` to `outfile`, inside the server's folder (see build.mjs). */
export function buildServer(options: { outfile: string; sourcemap?: boolean }): Promise<void>;
