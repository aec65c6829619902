import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Actor } from '../core/context.js';
import type { Logger } from '../core/logger.js';
import { bearerToken } from '../modules/auth/auth.service.js';
import { UploadRejected } from '../modules/file/file.service.js';
import type { Services } from '../services.js';

interface RouteDeps {
  orm: MikroORM;
  services: Services;
  config: Config;
  logger: Logger;
}

/** The routes that are not GraphQL: uploads, downloads and the health check. */
export function httpRoutes({ orm, services, config, logger }: RouteDeps): Router {
  const router = express.Router();

  const authenticate = (req: Request): Promise<Actor | null> =>
    services.auth.authenticate(orm.em.fork(), bearerToken(req.headers.authorization));

  const fail = (res: Response, status: number, message: string) => {
    if (!res.headersSent) res.status(status).json({ error: message });
  };

  router.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  router.post('/uploads', async (req, res) => {
    const actor = await authenticate(req).catch(() => null);
    if (!actor) return fail(res, 401, 'You must be logged in.');
    if (!req.is('multipart/form-data')) return fail(res, 400, 'Send the file as multipart/form-data in the field "file".');
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: config.uploadMaxBytes + 1, fields: 10 } });
    } catch {
      return fail(res, 400, 'The multipart body is malformed.');
    }
    let handled = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || handled) {
        stream.resume();
        return;
      }
      handled = true;
      services.files
        .store(orm.em.fork(), actor, info.filename ?? 'file', stream)
        .then((file) => res.status(201).json({ id: file.id, filename: file.filename, size: file.size, contentType: file.contentType }))
        .catch((error: unknown) => {
          if (error instanceof UploadRejected) return fail(res, error.status, error.message);
          logger.error('upload failed', { error: String(error) });
          fail(res, 500, 'The upload failed.');
        });
    });
    parser.on('error', () => fail(res, 400, 'The multipart body is malformed.'));
    parser.on('close', () => {
      if (!handled) fail(res, 400, 'Send the file in the multipart field "file".');
    });
    req.pipe(parser);
  });

  router.get('/files/:id', async (req, res) => {
    const actor = await authenticate(req).catch(() => null);
    if (!actor) return fail(res, 401, 'You must be logged in.');
    const em = orm.em.fork();
    const file = await services.files.findReadable(em, actor, String(req.params.id));
    if (!file) return fail(res, 404, 'Not found.');
    const stream = services.files.storage.read(file.storageKey);
    stream.once('error', (error) => {
      logger.error('file read failed', { fileId: file.id, error: String(error) });
      if (!res.headersSent) fail(res, 404, 'Not found.');
      else res.destroy();
    });
    stream.once('open', () => {
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.size));
      res.setHeader('Content-Disposition', contentDisposition(file.filename));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      stream.pipe(res);
    });
  });

  return router;
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987), Polish letters kept. */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
