// Builds the server to one JavaScript file, `dist/main.js`, that `pnpm start` runs on plain Node:
// no TypeScript loader at run time. The server's own npm dependencies stay imports, resolved from
// its node_modules; the workspace packages (TypeScript sources) are bundled in, with their
// dependencies, which pnpm does not make resolvable from the server's directory.
import { readFileSync } from 'node:fs';
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

const started = performance.now();
await build({
  entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/main.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: 'linked',
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
console.log(`server built to dist/main.js in ${Math.round(performance.now() - started)} ms`);
