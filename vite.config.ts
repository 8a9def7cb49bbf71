import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Web client (src/web) → dist/web. The API server serves dist/web as static files with an
// SPA fallback to index.html; in development the Vite dev server proxies the API to it.
const backend = process.env.OCOP_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    // Read by scripts/js-budget.mjs: which chunks each entry loads.
    manifest: true,
    // Two front ends: the back office (index.html) and the light public portal
    // (portal/index.html, served by the server with each page's metadata written in).
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'src/web/index.html'),
        portal: path.resolve(import.meta.dirname, 'src/web/portal/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: backend },
      '/v': { target: backend },
      // The portal's pages get their metadata from the server.
      '^/(p|sales-points|fairs|stats|open-data)(/|$|\\?)': { target: backend },
    },
  },
});

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `file.br` and `file.gz` beside every text file of the build (maximum compression,
 * once, at build time), which the server sends to browsers that accept them
 * (@fastify/static `preCompressed`). Skipped when compressing would not save anything.
 */
function precompress(): Plugin {
  return {
    name: 'ocop-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const files = Object.keys(bundle).filter((f) => /\.(js|mjs|css|html|svg|json|geojson|txt|xml|wasm)$/.test(f));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(dir, name);
          const data = await fs.promises.readFile(file);
          if (data.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            gzip(data, { level: 9 }),
          ]);
          if (br.length < data.length) await fs.promises.writeFile(`${file}.br`, br);
          if (gz.length < data.length) await fs.promises.writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}
