import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** Paths the API answers itself; every other GET of a page gets the web client. */
const apiPaths = /^\/(graphql|uploads|healthz|dev\/mail)(\/|$)/;

/**
 * Serves the built web client (dist/client) at / with its routes (/companies, /graphiql, …) falling
 * back to index.html. A browser opening an email's /files/:id link (a page request, without
 * credentials) gets the client too, which asks for a login and then downloads the file.
 */
export function webClient(root: string): Router | null {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  const router = express.Router();
  router.use(
    express.static(root, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, file) =>
        file.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.get(/.*/, (req, res, next) => {
    const wantsPage =
      (req.headers.accept ?? '').includes('text/html') && !req.headers.authorization;
    if (!wantsPage || apiPaths.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
