import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response: the web client, the playground, the API and downloads. The
 * session token sits in the browser's localStorage, so the policy allows scripts from this origin
 * only (no inline scripts, no eval) and no framing at all.
 *
 * GraphiQL's editor (Monaco, bundled with the client) adds <style> elements at run time and loads
 * its icon fonts as data: URLs, so styles may be inline and fonts (and the favicon) data:; its
 * language services run in workers built as files of this origin. Connections go to this origin
 * only, the WebSocket included ('self' covers ws: and wss: of the same host).
 *
 * HSTS only when PUBLIC_URL is https: sent over plain HTTP it would be ignored at best, and on
 * localhost it would pin the development server to https.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const https = new URL(publicUrl).protocol === 'https:';
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
