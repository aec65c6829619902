import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:4000';

/** The web client; `npm start` builds it into dist/client and the API serves it at /. */
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  // GraphiQL's Monaco workers are `?worker` imports in this module; the dev server must see them
  // rather than pre-bundle them away (graphiql's documented Vite setup).
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': api,
      '/healthz': api,
      '/dev/mail': api,
      '^/files/.*': { target: api, bypass: (req) => (req.headers.accept?.includes('text/html') ? '/index.html' : undefined) },
    },
  },
});
