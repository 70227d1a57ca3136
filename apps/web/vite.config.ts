import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
 * imported by it. A modulepreload link lets the browser fetch and compile that chunk alongside
 * the first script rather than after it. Chunks the app itself loads later (the weekday × hour
 * map) are not preloaded: they would compete with the first chart.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'footfall:preload-app-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {});
        const fromEntry = new Set(
          chunks.flatMap((chunk) =>
            chunk.type === 'chunk' && chunk.isEntry ? chunk.dynamicImports : [],
          ),
        );
        return chunks
          .filter((chunk) => chunk.type === 'chunk' && fromEntry.has(chunk.fileName))
          .map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${chunk.fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** A stylesheet link Vite wrote into index.html; group 1 is the file's name in the bundle. */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;

/**
 * The page's stylesheet inlined into index.html: a linked sheet blocks rendering until it has
 * downloaded, which on a phone over a mobile network holds the first paint back by a round trip.
 * The whole sheet is small (about 10 KB, under 3 KB compressed), so it goes in whole rather than
 * split into critical and deferred parts. The CSP allows inline styles already (recharts needs
 * them); scripts stay external. Stylesheets of chunks loaded later (the weekday × hour map) keep
 * their own files, loaded with their chunk.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'footfall:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return link;
          const css = Buffer.from(asset.source).toString('utf8').trim();
          // `</style` inside the sheet would end the element early; no CSS needs to write it.
          if (/<\/style/i.test(css)) throw new Error(`${fileName} contains </style`);
          // Nothing else asks for the file once it is inline.
          Reflect.deleteProperty(bundle, fileName);
          return `<style>${css}</style>`;
        });
      },
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
    // The app's chunk is one on purpose (first paint needs react, recharts and the app alike).
    chunkSizeWarningLimit: 1000,
  },
});
