import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The first script is small and sends the API requests; the app's chunk (React, recharts) is
 * imported by it. A modulepreload link lets the browser fetch and compile that chunk alongside
 * the first script rather than after it.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'footfall:preload-app-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.values(context.bundle ?? {})
          .filter((chunk) => chunk.type === 'chunk' && chunk.isDynamicEntry)
          .map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${chunk.fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadAppChunk()],
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
