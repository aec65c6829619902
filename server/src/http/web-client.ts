import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Paths the API answers itself (the send reports' CSV too); every other GET of a page gets the web client. */
const apiPaths = /^\/(graphql|uploads|healthz|dev\/mail|broadcasts)(\/|$)/;
/** Downloads: a browser opening an email's link gets the page, any other client the file route. */
const filePaths = /^\/files\//;
/** The build's hashed files: a name never changes its bytes, so they are cached for good. */
const assetPaths = /^\/assets\//;

/** For files whose names carry their content's hash (Vite's assets/). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Whether a GET should get the page: any client that accepts HTML (no Accept header, `*∕*` as
 * curl sends, a browser's text/html), but not one asking only for JSON or another type, nor a
 * request carrying credentials (an API call). Downloads keep the stricter rule: only a browser's
 * page request (text/html named) gets the page, so `curl /files/:id` still answers 401.
 */
function wantsPage(req: Request): boolean {
  if (req.headers.authorization) return false;
  if (apiPaths.test(req.path) || assetPaths.test(req.path)) return false;
  if (filePaths.test(req.path)) return (req.headers.accept ?? '').includes('text/html');
  return req.accepts('html') === 'html';
}

/**
 * Serves the built web client (dist/client) at / with its routes (/companies, /graphiql, …) falling
 * back to index.html. A browser opening an email's /files/:id link (a page request, without
 * credentials) gets the client too, which asks for a login and then downloads the file.
 *
 * The build writes a brotli and a gzip twin next to each text file (vite-plugin-compression2), and
 * express-static-gzip sends the one the client's Accept-Encoding takes (brotli first), so no byte is
 * compressed per request. Hashed assets are cached for a year; index.html and everything else is
 * revalidated on every use, so a new build reaches the browser at once.
 */
export function webClient(root: string): Router | null {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  const assets = path.join(root, 'assets') + path.sep;
  const serve = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res, file) =>
        res.setHeader('Cache-Control', file.startsWith(assets) ? IMMUTABLE : 'no-cache'),
    },
  });
  const router = express.Router();
  router.use(serve);
  router.get(/.*/, (req, res, next) => {
    if (!wantsPage(req)) return next();
    const url = req.url;
    req.url = '/index.html';
    serve(req, res, (error?: unknown) => {
      req.url = url;
      next(error);
    });
  });
  return router;
}
