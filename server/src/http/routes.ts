import { pipeline, Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.js';
import type { Actor } from '../core/context.js';
import { databaseAnswers } from '../core/database.js';
import {
  AppError,
  ErrorCode,
  errorForLog,
  isDatabaseUnavailable,
  TooManyRequestsError,
} from '../core/errors.js';
import { createLoaders } from '../core/loaders.js';
import type { Logger } from '../core/logger.js';
import { isStaffActor } from '../core/scope.js';
import { ApiScope } from '../modules/api-token/api-token.entity.js';
import { UPLOAD_SCOPES } from '../modules/api-token/api-token.policy.js';
import { bearerToken } from '../modules/auth/auth.service.js';
import {
  csvLanguage,
  recipientFilterFromQuery,
  recipientsCsv,
  reportFilename,
} from '../modules/broadcast/broadcast.csv.js';
import type { Broadcast } from '../modules/broadcast/broadcast.entity.js';
import type { BroadcastRecipientFilter } from '../modules/broadcast/broadcast.types.js';
import { escapeHtml } from '../modules/email/email.html.js';
import type { CapturedMail, MailCatcher } from '../modules/email/mail-catcher.js';
import { SHUTTING_DOWN, sizeLimitText } from '../modules/file/file.service.js';
import { receiveUpload, refuseUpload } from '../modules/file/file.upload.js';
import type { Services } from '../services.js';

/** What a 503 asks the client to wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

interface RouteDeps {
  orm: MikroORM;
  services: Services;
  config: Config;
  logger: Logger;
  mailCatcher?: MailCatcher;
}

/**
 * /healthz: 200 while the database answers `select 1` within `timeoutMs`, else 503 (a frozen
 * database must not hang the health check); 503 too once the process is stopping.
 */
export function healthRoutes({
  orm,
  timeoutMs,
  stopping,
}: {
  orm: MikroORM;
  timeoutMs: number;
  stopping: () => boolean;
}): Router {
  const router = express.Router();
  router.get('/healthz', async (_req, res) => {
    if (stopping()) return void res.status(503).json({ status: 'stopping' });
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      databaseAnswers(orm),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (answered) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'unavailable' });
  });
  return router;
}

/** The routes that are not GraphQL: uploads and downloads (the health check is healthRoutes). */
export function httpRoutes({ orm, services, config, logger, mailCatcher }: RouteDeps): Router {
  const router = express.Router();

  const fail = (res: Response, status: number, message: string) => {
    if (!res.headersSent) res.status(status).json({ error: message });
  };

  /**
   * The request's actor; otherwise the answer is sent and null returned: 401 only when the request
   * has no valid token, 503 when the database cannot tell (down, unreachable, too slow), 500 for
   * anything else. A logged-in user is never sent back to the login page by an outage. An API
   * token needs one of `scopes` (else 403) and stays within its rate (else 429).
   */
  const authenticate = async (
    req: Request,
    res: Response,
    scopes: readonly ApiScope[],
  ): Promise<Actor | null> => {
    try {
      const actor = await services.auth.authenticate(
        orm.em.fork(),
        bearerToken(req.headers.authorization),
      );
      if (!actor) {
        fail(res, 401, 'You must be logged in.');
        return null;
      }
      const refusal = await services.apiTokens.routeRefusal(actor, scopes);
      if (refusal instanceof TooManyRequestsError) {
        res.setHeader('Retry-After', String(refusal.retryAfter));
        fail(res, 429, refusal.message);
        return null;
      }
      if (refusal) {
        fail(res, refusal.extensions.code === ErrorCode.Forbidden ? 403 : 400, refusal.message);
        return null;
      }
      return actor;
    } catch (error) {
      logger.error('authentication failed', errorForLog(error));
      if (isDatabaseUnavailable(error)) {
        res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        fail(res, 503, 'The service is unavailable for a moment; try again.');
      } else fail(res, 500, 'Internal server error.');
      return null;
    }
  };

  router.post('/uploads', async (req, res) => {
    if (services.files.uploadsStopped) return refuseUpload(req, res, 503, SHUTTING_DOWN);
    const actor = await authenticate(req, res, UPLOAD_SCOPES);
    if (!actor) return;
    if (!req.is('multipart/form-data'))
      return fail(res, 400, 'Send the file as multipart/form-data in the field "file".');
    // Far over the limit: refuse without reading it (the client may see the connection close).
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > config.uploadMaxBytes + 1024 * 1024)
      return refuseUpload(
        req,
        res,
        413,
        `The file is larger than ${sizeLimitText(config.uploadMaxBytes)}.`,
      );
    receiveUpload(req, res, {
      em: orm.em.fork(),
      actor,
      files: services.files,
      logger,
      limits: {
        maxBytes: config.uploadMaxBytes,
        minBytesPerSecond: config.uploadMinBytesPerSecond,
        rateWindowMs: config.uploadRateWindowMs,
      },
    });
  });

  router.get('/files/:id', async (req, res) => {
    const actor = await authenticate(req, res, [ApiScope.READ]);
    if (!actor) return;
    const em = orm.em.fork();
    const file = await services.files.findReadable(em, actor, String(req.params.id));
    if (!file) return fail(res, 404, 'Not found.');
    let content: Readable;
    try {
      content = await services.files.storage.open(file.storageKey);
    } catch (error) {
      logger.error('file read failed', { fileId: file.id, error: String(error) });
      return fail(res, 404, 'Not found.');
    }
    // The archive's "downloaded" state; a failure here must not cost the client the download.
    services.files
      .recordDownload(em, actor, file)
      .catch((error: unknown) =>
        logger.warn('download not recorded', { fileId: file.id, error: String(error) }),
      );
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    // A client that goes away mid-download destroys the stream, closing its file or query.
    pipeline(content, res, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        logger.error('file read failed', { fileId: file.id, error: String(error) });
      }
    });
  });

  /**
   * The recipients report of a broadcast as CSV (every row matching the filter of the query string:
   * read, acknowledged, emailStatus, downloaded, replied; lang=en for English headers), streamed.
   * 401 without credentials, 403 for anyone but office staff, 404 for a broadcast they do not see.
   */
  router.get('/broadcasts/:id/recipients.csv', async (req, res) => {
    const actor = await authenticate(req, res, [ApiScope.READ]);
    if (!actor) return;
    if (!isStaffActor(actor)) return fail(res, 403, 'Only office staff see send reports.');
    const em = orm.em.fork();
    const scope = { em, actor, loaders: createLoaders(em) };
    const language = csvLanguage(req.query.lang);
    let broadcast: Broadcast;
    let filter: BroadcastRecipientFilter;
    try {
      filter = recipientFilterFromQuery(req.query);
      broadcast = await services.broadcasts.get(scope, String(req.params.id));
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.NotFound)
        return fail(res, 404, 'Not found.');
      if (error instanceof AppError && error.extensions.code === ErrorCode.BadUserInput)
        return fail(res, 400, error.message);
      logger.error('report export failed', errorForLog(error));
      return fail(res, 500, 'Internal server error.');
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition(reportFilename(broadcast, language)));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Backpressure from the socket pauses the reading; a client that goes away ends it.
    pipeline(
      Readable.from(services.broadcasts.csvRecords(scope, broadcast, filter, language)),
      recipientsCsv(language),
      res,
      (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
          logger.error('report export failed', errorForLog(error));
      },
    );
  });

  if (mailCatcher && config.env !== 'production') {
    // Development only: what the demo office "sent", newest first.
    router.get('/dev/mail', (req, res) => {
      const mail = [...mailCatcher.messages].reverse();
      if (!req.accepts('html') || req.query.format === 'json') return void res.json(mail);
      res.type('html').send(renderMailList(mail));
    });
  }

  return router;
}

function renderMailList(mail: CapturedMail[]): string {
  const rows = mail
    .map(
      (m) =>
        `<article><h2>${escapeHtml(m.subject)}</h2><p><b>To:</b> ${escapeHtml(m.envelopeTo.join(', '))} <b>From:</b> ${escapeHtml(m.from)} <b>At:</b> ${escapeHtml(m.receivedAt)}</p><pre>${escapeHtml(m.text)}</pre></article>`,
    )
    .join('<hr>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Captured mail</title></head><body><h1>Captured mail (${mail.length})</h1>${rows || '<p>Nothing yet.</p>'}</body></html>`;
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987), Polish letters kept. */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
