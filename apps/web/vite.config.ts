import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { APP_CHUNKS_META } from './src/features/first-paint/app-chunks.ts';

const COMPRESSIBLE = /\.(?:js|css|html|svg|json)$/;
/** Below this a compressed copy saves too little to be worth a file. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * Brotli (best) and gzip (level 9) copies of the built text files, beside them as `.br` and `.gz`:
 * the server sends one when the browser accepts it, and never compresses while answering.
 */
function precompress(): Plugin {
  return {
    name: 'footfall:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const source = await readFile(path);
          if (source.length < MIN_COMPRESS_BYTES) return;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            promisify(gzip)(source, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/**
 * The first script is small and sends the API requests; the app's chunk (React, recharts) is
 * imported by it. The page names that chunk, and any chunk it imports statically, in a
 * `footfall:app-chunks` meta tag; the first script preloads them (modulepreload links) once the
 * shell is on screen, so the browser fetches and compiles the app while the first chart is drawn
 * rather than after it. Not links in the page itself: fetched before the first paint, 200 KB of
 * script would compete with the page's own first frame on a slow network (src/first-paint/
 * schedule.ts). Chunks the app itself loads later (the weekday × hour map, the PNG export, the
 * data table's rows, the doors' chart, the overview page) are not preloaded: they would compete
 * with the first chart.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'footfall:preload-app-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = new Map(
          Object.values(context.bundle ?? {}).flatMap((chunk) =>
            chunk.type === 'chunk' ? [[chunk.fileName, chunk] as const] : [],
          ),
        );
        const preloaded = new Set<string>();
        const visit = (fileName: string): void => {
          const chunk = chunks.get(fileName);
          if (!chunk || chunk.isEntry || preloaded.has(fileName)) return;
          preloaded.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of chunks.values()) {
          if (chunk.isEntry) chunk.dynamicImports.forEach(visit);
        }
        return [
          {
            tag: 'meta',
            attrs: {
              name: APP_CHUNKS_META,
              content: [...preloaded].map((fileName) => `/${fileName}`).join(' '),
            },
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}

/**
 * The page's stylesheet (src/styles.css, which imports the app's, the features' and the pages'
 * sheets in cascade order) inlined into index.html: a linked sheet blocks rendering until it has
 * downloaded, which on a phone over a mobile network holds the first paint back by a round trip.
 * The whole sheet is small (about 10 KB, under 3 KB compressed), so it goes in whole rather than
 * split into critical and deferred parts. The CSP allows inline styles already (recharts needs
 * them); scripts stay external. Stylesheets of chunks loaded later (the weekday × hour map) keep
 * their own files, loaded with their chunk.
 *
 * The sheet is taken off the entry chunk before Vite writes index.html and its preload lists:
 * otherwise Vite links it from the page and also loads it before every lazy chunk that shares
 * modules with the entry, and that file is gone.
 */
function inlineEntryCss(): Plugin {
  let sheets: string[] = [];
  return {
    name: 'footfall:inline-entry-css',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        sheets = [];
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.viteMetadata) continue;
          const imported = chunk.viteMetadata.importedCss;
          for (const fileName of imported) {
            const asset = bundle[fileName];
            if (asset?.type !== 'asset') continue;
            const css = Buffer.from(asset.source).toString('utf8').trim();
            // `</style` inside the sheet would end the element early; no CSS needs to write it.
            if (/<\/style/i.test(css)) throw new Error(`${fileName} contains </style`);
            sheets.push(css);
            imported.delete(fileName);
            Reflect.deleteProperty(bundle, fileName);
          }
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        sheets.map((css) => ({ tag: 'style', children: css, injectTo: 'head' as const })),
    },
  };
}

export default defineConfig({
  plugins: [react(), inlineEntryCss(), preloadAppChunk(), precompress()],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // No source maps in the product: a private dashboard's source stays off the page
    // (docs/decisions/016-no-source-maps.md).
    sourcemap: false,
    // The app's chunk holds what the first view draws (react, recharts and the dashboard alike);
    // later views are chunks of their own.
    chunkSizeWarningLimit: 1000,
    // Every browser the dashboard supports knows `<link rel="modulepreload">` (Safari since 17);
    // an older one loads the chunks without preloading them, rather than every one downloading
    // Vite's polyfill for it.
    modulePreload: { polyfill: false },
  },
});
