// Builds the server to one JavaScript file, `dist/main.js`, that `pnpm start` runs on plain Node:
// no TypeScript loader at run time. The server's own npm dependencies stay imports, resolved from
// its node_modules; the workspace packages (TypeScript sources) are bundled in, with their
// dependencies, which pnpm does not make resolvable from the server's directory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ownDependencies = new Set(
  Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@footfall/')),
);
/** `hono/secure-headers` → `hono`, `@hono/node-server/conninfo` → `@hono/node-server`. */
const packageName = (path) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Bundles `src/main.ts` to `outfile`, which must lie inside the server's folder (its imports
 * resolve from the server's node_modules). Tests start server processes from such a bundle.
 *
 * @param {{ outfile: string, sourcemap?: boolean }} options
 */
export async function buildServer({ outfile, sourcemap = true }) {
  await build({
    entryPoints: [fileURLToPath(new URL('../src/main.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: sourcemap ? 'linked' : false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'server-dependencies-stay-external',
        setup(context) {
          context.onResolve({ filter: /^[^./]/ }, (args) =>
            ownDependencies.has(packageName(args.path))
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildServer({ outfile: fileURLToPath(new URL('../dist/main.js', import.meta.url)) });
  console.log(`server built to dist/main.js in ${Math.round(performance.now() - started)} ms`);
}
