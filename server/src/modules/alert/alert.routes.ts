import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';
import { AppError } from '../../core/errors.js';
import { NewMessagesAlert } from './alert.entity.js';
import { type AlertService, PREFERENCES_PATH } from './alert.service.js';

/**
 * RFC 8058 one-click unsubscribe: an alert's `List-Unsubscribe` names the preferences page, and a
 * mail client POSTs `List-Unsubscribe=One-Click` to it, with no login and no page shown. The
 * link's token names the user; a bad one answers 400 and changes nothing. (A GET of the same
 * address is the web client's page, which offers the choices.)
 */
export function alertRoutes(orm: MikroORM, alerts: AlertService): Router {
  const router = express.Router();
  router.post(
    PREFERENCES_PATH,
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (req, res, next) => {
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (body['List-Unsubscribe'] !== 'One-Click')
        return void res
          .status(400)
          .json({ error: 'Send List-Unsubscribe=One-Click to turn email alerts off.' });
      try {
        const link = await alerts.updateByLink(orm.em.fork(), token, NewMessagesAlert.NEVER);
        res.json({ newMessages: link.newMessages });
      } catch (error) {
        if (error instanceof AppError) res.status(400).json({ error: error.message });
        else next(error);
      }
    },
  );
  return router;
}
