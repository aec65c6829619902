import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const api = process.env.API_URL ?? 'http://localhost:4000';

/** The web client; `npm start` builds it into dist/client and the API serves it at /. */
export default defineConfig({
  root: __dirname,
  // Brotli (quality 11) and gzip (level 9) twins of every text asset, written once at build time so
  // the server sends them (express-static-gzip) without compressing on each request.
  plugins: [
    react(),
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|css|js|mjs|json|svg|ttf|txt)$/,
      logLevel: 'silent',
    }),
  ],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  // Dev server only. GraphiQL's Monaco workers are `?worker` imports in its setup module, which must
  // not be pre-bundled (graphiql's documented Vite setup); the CommonJS packages only the GraphQL
  // worker reaches are never found by the dependency scan, so they are named here.
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    include: ['graphql-language-service', 'picomatch-browser'],
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': api,
      '/healthz': api,
      '/dev/mail': api,
      '^/files/.*': {
        target: api,
        bypass: (req) => (req.headers.accept?.includes('text/html') ? '/index.html' : undefined),
      },
    },
  },
});
