import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Web client (src/web) → dist/web. The API server serves dist/web as static files with an
// SPA fallback to index.html; in development the Vite dev server proxies the API to it.
const backend = process.env.OCOP_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: {
      '/api': { target: backend },
      '/v': { target: backend },
    },
  },
});
