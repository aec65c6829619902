import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import type PgBoss from 'pg-boss';
import proxyaddr from 'proxy-addr';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { type Actor, type Context, createContext } from './core/context.js';
import {
  type EmbeddedDatabase,
  migrateDatabase,
  openDatabase,
  startEmbeddedPostgres,
} from './core/database.js';
import { ErrorCode, errorForLog, maskError } from './core/errors.js';
import {
  limitError,
  maxExpandedSelections,
  parseOptions,
  queryCost,
  queryLimitRules,
  queryLimitsPlugin,
} from './core/graphql-limits.js';
import { createLogger, type Logger } from './core/logger.js';
import { LiveBus, Topic, topicId } from './core/pubsub.js';
import { SchemaVisibility, schemaVisibilityPlugin } from './core/schema-visibility.js';
import { loadOrCreateKey, SecretBox } from './core/secret-box.js';
import { textInputError, textInputPlugin } from './core/text-input.js';
import { logSocketErrorsAsDebug, SocketGuard } from './core/ws-limits.js';
import { healthRoutes, httpRoutes } from './http/routes.js';
import { securityHeaders } from './http/security-headers.js';
import { webClient } from './http/web-client.js';
import { alertRoutes } from './modules/alert/alert.routes.js';
import { startAlertSweep } from './modules/alert/alert.sweep.js';
import { apiTokenPlugin } from './modules/api-token/api-token.plugin.js';
import { apiTokenExpiresAt } from './modules/api-token/api-token.queries.js';
import { ensurePasswordResetQueue, startPasswordResetWorker } from './modules/auth/account.jobs.js';
import { sessionExpiresAt } from './modules/auth/auth.queries.js';
import { bearerToken } from './modules/auth/auth.service.js';
import {
  ensureScheduledSendQueue,
  startScheduledSendWorker,
} from './modules/broadcast/broadcast.schedule.js';
import { startDeadlineReminders } from './modules/deadline/deadline.job.js';
import { seedDemo } from './modules/demo/demo.seed.js';
import { createBoss, ensureEmailQueue } from './modules/email/email.queue.js';
import { EmailWorker } from './modules/email/email.worker.js';
import { type MailCatcher, startMailCatcher } from './modules/email/mail-catcher.js';
import { openStorage } from './modules/file/file.storage.js';
import {
  ensureSystemMailQueue,
  startSystemMailWorker,
  systemSmtpUrlOf,
} from './modules/system-mail/system-mail.worker.js';
import { startWebhooks } from './modules/webhook/webhook.worker.js';
import { buildAppSchema } from './schema.js';
import { createServices, type Services } from './services.js';

export interface App {
  url: string;
  port: number;
  orm: MikroORM;
  services: Services;
  logger: Logger;
  boss: PgBoss;
  emailWorker: EmailWorker;
  /** The development mail catcher, when the embedded default runs one. */
  mailCatcher?: MailCatcher;
  /**
   * Stops accepting, closes sockets, refuses uploads, lets in-flight requests and SMTP
   * transactions finish, then stops the job queue, the database and the embedded PostgreSQL, all
   * within SHUTDOWN_TIMEOUT_MS less FORCE_STOP_MS.
   */
  stop(): Promise<void>;
  /** Stops at once, as a killed process would: in-flight deliveries are left for another worker. */
  kill(): Promise<void>;
  /** The last resort when a stop overruns its budget: the embedded PostgreSQL goes down now. */
  forceStop(): Promise<void>;
}

export interface StartOptions {
  /**
   * The process cannot go on (its embedded PostgreSQL died and could not be restarted): the caller
   * stops it and exits non-zero, so a supervisor restarts the whole app.
   */
  onFatal?(error: Error): void;
}

/** What a stop keeps for the force path (main.ts), which must still fit in SHUTDOWN_TIMEOUT_MS. */
export const FORCE_STOP_MS = 1000;
/** /healthz answers 503 when the database has not answered `select 1` within this. */
const HEALTH_TIMEOUT_MS = 1500;

/** A step of a stop that may not wait longer than `ms`; one over its time is logged and left. */
async function within(
  step: Promise<unknown> | undefined,
  ms: number,
  what: string,
  logger: Logger,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    Promise.resolve(step).then(
      () => 'done',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    ),
    new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, ms));
    }),
  ]);
  clearTimeout(timer);
  if (outcome === 'timeout') logger.warn('shutdown step over its time', { step: what, ms });
  else if (outcome !== 'done') logger.warn('shutdown step failed', { step: what, error: outcome });
}

/**
 * Boot: config → database and migrations → demo data → schema → HTTP + WebSocket on one port.
 * ROLE=worker runs the email workers with /healthz only. Whatever fails on the way is closed again
 * (the embedded PostgreSQL stopped) before the error is passed on.
 */
export async function startApp(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  options: StartOptions = {},
): Promise<App> {
  const opened: Array<{ what: string; close: () => Promise<unknown> }> = [];
  try {
    return await boot(config, logger, options, opened);
  } catch (error) {
    for (const { what, close } of opened.reverse()) await within(close(), 5000, what, logger);
    throw error;
  }
}

async function boot(
  config: Config,
  logger: Logger,
  options: StartOptions,
  opened: Array<{ what: string; close: () => Promise<unknown> }>,
): Promise<App> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(
      path.join(config.dataDir, 'postgres'),
      config.embeddedPgPort,
      logger,
      {
        supervise: {
          onGiveUp: (error) =>
            options.onFatal
              ? options.onFatal(error)
              : logger.error('the embedded PostgreSQL is gone for good', { error: error.message }),
        },
      },
    );
    opened.push({ what: 'embedded PostgreSQL', close: () => embedded!.stop(5000) });
    databaseUrl = embedded.url;
  }
  const applied = await migrateDatabase(databaseUrl);
  if (applied.length) logger.info('migrations applied', { migrations: applied });
  const orm = await openDatabase(databaseUrl, config.dbPoolMax, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    acquireTimeoutMs: config.dbAcquireTimeoutMs,
  });
  opened.push({ what: 'database', close: () => orm.close(true) });

  const secretKey =
    config.secretKey ?? (await loadOrCreateKey(path.join(config.dataDir, 'secret.key')));
  const boss = createBoss(databaseUrl, config);
  boss.on('error', (error) => logger.error('job queue error', { error: error.message }));
  await boss.start();
  opened.push({ what: 'job queue', close: () => boss.stop({ graceful: false, close: true }) });
  await ensureEmailQueue(boss, config);
  await ensureSystemMailQueue(boss, config);
  await ensurePasswordResetQueue(boss, config);
  await ensureScheduledSendQueue(boss, config);

  const live = new LiveBus(logger, config.redisUrl);
  opened.push({ what: 'live bus', close: () => live.close() });
  await live.ready();
  if (config.role === 'worker' && !config.redisUrl)
    logger.warn('ROLE=worker without REDIS_URL: email progress reaches no API process live');
  const secretBox = new SecretBox(secretKey);
  const services = createServices({
    config,
    logger,
    live,
    storage: await openStorage(config, orm, logger),
    secretBox,
    boss: () => boss,
  });
  const api = config.role !== 'worker';
  // With demo data (the embedded default) the demo office's mail goes to a catcher, never out.
  const mailCatcher =
    api && config.demoData && config.env !== 'production' && config.devSmtpPort > 0
      ? await startMailCatcher(config.devSmtpPort)
      : undefined;
  if (mailCatcher) opened.push({ what: 'mail catcher', close: () => mailCatcher.stop() });
  if (api && config.demoData)
    await seedDemo(orm.em.fork(), services, config, logger, mailCatcher?.port);
  const emailWorker = new EmailWorker(orm, boss, services);
  await emailWorker.start();
  opened.push({ what: 'email workers', close: () => emailWorker.stop(false) });
  services.email.onQueued = () => emailWorker.wake();
  // Invitations, resets and notices: SYSTEM_SMTP_URL, or the mail catcher in demo mode.
  if (config.workers > 0)
    await startSystemMailWorker(orm, boss, {
      config,
      logger,
      secretBox,
      smtpUrl: systemSmtpUrlOf(config, mailCatcher?.port),
    });
  if (config.workers > 0)
    await startPasswordResetWorker(orm, boss, services.accounts, config, logger);
  if (config.workers > 0)
    await startScheduledSendWorker(orm, boss, services.broadcasts.scheduler, config, logger);
  if (config.workers > 0 && config.alertSweepSeconds > 0)
    await startAlertSweep(orm, boss, services.alerts, config, logger);
  // Events are recorded into this queue by every role; workers send them (ROLE=all or worker).
  const webhookWorker = await startWebhooks(orm, boss, {
    config,
    logger,
    secretBox,
    destinations: services.webhookDestinations,
    systemMail: services.systemMail,
  });
  if (config.workers > 0)
    await startDeadlineReminders(orm, boss, services.deadlines, config, logger);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config.publicUrl));
  const httpServer = http.createServer(app);
  let shuttingDown = false;
  const health = healthRoutes({ orm, timeoutMs: HEALTH_TIMEOUT_MS, stopping: () => shuttingDown });
  const listen = async () => {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    return (httpServer.address() as AddressInfo).port;
  };
  const left = (until: number) => Math.max(0, until - Date.now());
  /**
   * The stop in three parts. Until `drainUntil`, all at once: no new connections, uploads or jobs;
   * sockets closed; in-flight requests and SMTP transactions finish. Then the job queue, pub/sub
   * and pools; the embedded PostgreSQL last, with what is left.
   */
  const stopIn = (
    budgetMs: number,
    graceful: boolean,
    stopHttp: (drainMs: number) => Promise<unknown>,
  ) => {
    const begun = Date.now();
    const end = begun + budgetMs;
    const drainUntil = end - Math.min(4000, Math.floor(budgetMs / 4));
    return (async () => {
      shuttingDown = true;
      webhookWorker.stop();
      await Promise.all([
        within(services.files.stopUploads(), left(drainUntil), 'uploads', logger),
        within(stopHttp(left(drainUntil)), left(drainUntil) + 250, 'HTTP and WebSocket', logger),
        within(
          emailWorker.stop(graceful, left(drainUntil)),
          left(drainUntil) + 250,
          'email workers',
          logger,
        ),
      ]);
      await within(
        boss.stop({ graceful, wait: true, close: true, timeout: 1000 }),
        left(end) / 2,
        'job queue',
        logger,
      );
      services.smtp.close(!graceful);
      await within(mailCatcher?.stop(), 500, 'mail catcher', logger);
      await within(live.close(), 500, 'live bus', logger);
      await within(orm.close(true), left(end) / 2, 'database', logger);
      await embedded?.stop(left(end));
      logger.info('stopped', { graceful, ms: Date.now() - begun });
    })();
  };
  const forceStop = async () => {
    await embedded?.stop(FORCE_STOP_MS - 200);
  };

  if (!api) {
    app.use(health);
    const port = await listen();
    let stopping: Promise<void> | undefined;
    const shutdown = (graceful: boolean) =>
      (stopping ??= stopIn(
        graceful ? config.shutdownTimeoutMs - FORCE_STOP_MS : FORCE_STOP_MS,
        graceful,
        async () => {
          httpServer.closeAllConnections();
          await new Promise((resolve) => httpServer.close(resolve));
        },
      ));
    return {
      url: `http://localhost:${port}`,
      port,
      orm,
      services,
      logger,
      boss,
      emailWorker,
      stop: () => shutdown(true),
      kill: () => shutdown(false),
      forceStop,
    };
  }

  const schema = await buildAppSchema();
  const validationRules = queryLimitRules(config);
  const cost = queryCost(schema, config);
  const visibility = new SchemaVisibility(schema, config.introspection);
  const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
    maskError(formatted, error, (cause) => logger.error('unexpected error', errorForLog(cause)));
  const documents = new LRUCache<
    string,
    { document: DocumentNode } | { errors: readonly GraphQLError[] }
  >({
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (_value, query) => query.length || 1,
  });
  const checkDocument = (query: string) => {
    let checked = documents.get(query);
    if (!checked) {
      try {
        const document = parse(query, parseOptions(config));
        const invalid = validate(schema, document, specifiedRules);
        // The limits judge valid documents only, as over HTTP (Apollo's later validation rules).
        const errors = invalid.length ? invalid : validate(schema, document, validationRules);
        checked = errors.length ? { errors } : { document };
      } catch (error) {
        checked = {
          errors: [
            limitError(error, config) ??
              (error instanceof GraphQLError ? error : new GraphQLError(String(error))),
          ],
        };
      }
      documents.set(query, checked);
    }
    return checked;
  };
  const authenticate = (token: string | undefined): Promise<Actor | null> =>
    services.auth.authenticate(orm.em.fork(), token);

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.wsMaxPayloadBytes,
  });
  const actors = new WeakMap<object, Actor | null>();
  const socketGuard = new SocketGuard(config, {
    cost,
    visibility,
    // An API token's sockets are counted, expired and ended under its id, as a session's are.
    expiresAt: async (sessionId) =>
      (await sessionExpiresAt(orm.em.fork(), sessionId)) ??
      (await apiTokenExpiresAt(orm.em.fork(), sessionId)),
  });
  // A session that ended (logout, on any instance) closes its sockets here.
  const stopSessionListener = live.listen(Topic.SessionEnded, [topicId.sessions], (event) => {
    for (const { sessionId } of event.items ?? []) socketGuard.endSession(sessionId);
  });
  // A subscription holds no unit of work while it waits: the one used to subscribe, or to resolve
  // an event, is dropped as soon as that is done.
  const releaseUnitOfWork = (args: { contextValue?: unknown }) =>
    (args.contextValue as Context | undefined)?.release();
  const wsServerCleanup = useServer(
    {
      schema,
      // Parsed and validated once per distinct document: 10,000 badges share one AST, not 10,000.
      onSubscribe: async (ctx, _id, payload) => {
        const checked = checkDocument(payload.query);
        if ('errors' in checked) return checked.errors;
        const actor = actors.get(ctx) ?? null;
        const refused = socketGuard.refusal(ctx, actor, checked.document, payload);
        if (refused) return refused;
        const badText = textInputError(checked.document, payload.variables);
        if (badText) return [badText];
        const tokenRefusal = await services.apiTokens.operationRefusal(
          actor,
          checked.document,
          payload.operationName,
        );
        if (tokenRefusal) {
          socketGuard.completed(ctx);
          return [tokenRefusal];
        }
        return {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const actor = token ? await authenticate(token) : null;
        if (token && !actor) return false;
        if (actor && !(await socketGuard.admit(ctx.extra.socket, actor))) return false;
        actors.set(ctx, actor);
        return true;
      },
      onClose: (ctx) => socketGuard.release(ctx.extra.socket),
      context: (ctx) =>
        createContext(
          orm.em,
          services,
          actors.get(ctx) ?? null,
          proxyaddr(ctx.extra.request, app.get('trust proxy fn')),
          ctx.extra.request.headers['user-agent'],
        ),
      onOperation: (ctx, _id, _payload, args, result) => {
        releaseUnitOfWork(args);
        return socketGuard.started(ctx, result);
      },
      onComplete: (ctx) => socketGuard.completed(ctx),
      onNext: (ctx, id, _payload, args, result) => {
        releaseUnitOfWork(args);
        if (!result.errors) return undefined;
        const errors = result.errors.map((e) => formatError(e.toJSON(), e));
        // An unexpected failure (logged by formatError) ends this subscription once the client has
        // its error; the socket's other subscriptions go on.
        if (errors.some((e) => e.extensions?.code === ErrorCode.Internal)) {
          const subscription = ctx.subscriptions[id] as AsyncGenerator | undefined;
          setImmediate(() => void subscription?.return(undefined));
        }
        return { ...result, errors: visibility.shown(actors.get(ctx) ?? null, errors) };
      },
      onError: (ctx, _id, _payload, errors) =>
        visibility.shown(
          actors.get(ctx) ?? null,
          errors.map((e: GraphQLError) => formatError(e.toJSON(), e)),
        ),
    },
    wsServer,
  );
  logSocketErrorsAsDebug(wsServer, logger);

  const gracefulBudgetMs = config.shutdownTimeoutMs - FORCE_STOP_MS;
  const apollo = new ApolloServer<Context>({
    schema,
    // Counted in linear time with graphql's own rules; validationRules run only after both pass.
    maxRecursiveSelections: maxExpandedSelections(config),
    validationRules,
    parseOptions: parseOptions(config),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Per request instead, by schemaVisibilityPlugin (INTROSPECTION).
    introspection: true,
    plugins: [
      // In-flight requests get the drain part of the stop's budget (see stopIn), then are cut.
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: gracefulBudgetMs - Math.min(4000, Math.floor(gracefulBudgetMs / 4)),
      }),
      ApolloServerPluginLandingPageDisabled(),
      textInputPlugin,
      queryLimitsPlugin(cost, config),
      schemaVisibilityPlugin(visibility),
      apiTokenPlugin(services.apiTokens),
      { serverWillStart: async () => ({ drainServer: async () => wsServerCleanup.dispose() }) },
    ],
  });
  await apollo.start();

  const client = webClient(config.clientDir);
  if (client) app.use(client);
  app.use(health);
  app.use(httpRoutes({ orm, services, config, logger, mailCatcher }));
  app.use(alertRoutes(orm, services.alerts));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          orm.em,
          services,
          await authenticate(bearerToken(req.headers.authorization)),
          req.ip,
          req.get('user-agent'),
        ),
    }),
  );
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) logger.error('request failed', errorForLog(error));
    res.status(status).json({ error: status >= 500 ? 'Internal server error.' : 'Bad request.' });
  });

  const port = await listen();
  let stopping: Promise<void> | undefined;
  const shutdown = (graceful: boolean) =>
    (stopping ??= stopIn(graceful ? gracefulBudgetMs : FORCE_STOP_MS, graceful, async () => {
      if (graceful) await apollo.stop();
      else {
        httpServer.closeAllConnections();
        await wsServerCleanup.dispose();
        httpServer.close();
      }
      stopSessionListener();
    }));
  return {
    url: `http://localhost:${port}`,
    port,
    orm,
    services,
    logger,
    boss,
    emailWorker,
    mailCatcher,
    stop: () => shutdown(true),
    kill: () => shutdown(false),
    forceStop,
  };
}
