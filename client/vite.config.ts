/** Vite config of the explorer: root is client/, output client/dist, API proxied in dev. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.SAMKART_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/graphql': { target: api, changeOrigin: true } },
  },
  preview: {
    proxy: { '/graphql': { target: api, changeOrigin: true } },
  },
});
