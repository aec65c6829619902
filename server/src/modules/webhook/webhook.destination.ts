import net from 'node:net';
import type { Config } from '../../config.js';
import {
  bareHost,
  checkedLookup,
  isPublicAddress,
  type LookupAll,
  lookupAll,
  resolvesToPublic,
} from '../../core/address-guard.js';

/** Why a webhook URL is refused; the same words whether a name is private or does not resolve. */
export class WebhookDestinationRefused extends Error {
  readonly code = 'EDESTINATION';

  constructor(
    message = 'The webhook URL is not at a public address.',
    readonly field = 'url',
  ) {
    super(message);
  }
}

export const WEBHOOK_URL_MAX = 2048;

/**
 * Where a webhook may POST: https to a public address (every address its name resolves to public),
 * or, for hosts of WEBHOOK_ALLOWED_HOSTS only (development, tests, a receiver inside the platform's
 * network), http or https to any address. The same address rule as offices' SMTP servers
 * (core/address-guard.ts), checked when the webhook is created and again at every connection,
 * which goes to exactly the addresses checked (no DNS rebinding).
 */
export class WebhookDestinations {
  constructor(
    private readonly config: Pick<Config, 'webhookAllowedHosts'>,
    private readonly lookup: LookupAll = lookupAll,
  ) {}

  /** The URL parsed, or WebhookDestinationRefused naming what is wrong with it. */
  parse(raw: string): URL {
    const text = raw.trim();
    if (!text || text.length > WEBHOOK_URL_MAX)
      throw new WebhookDestinationRefused(`url must be 1 to ${WEBHOOK_URL_MAX} characters.`);
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new WebhookDestinationRefused('url must be an absolute http(s) URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new WebhookDestinationRefused('url must be an absolute http(s) URL.');
    if (url.username || url.password)
      throw new WebhookDestinationRefused('url may not carry a user name or password.');
    if (url.protocol === 'http:' && !this.isAllowed(url))
      throw new WebhookDestinationRefused('url must use https.');
    return url;
  }

  /** Whether the URL's host (and port) is on WEBHOOK_ALLOWED_HOSTS: no address check then. */
  isAllowed(url: URL): boolean {
    const host = bareHost(url.hostname);
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return this.config.webhookAllowedHosts.some(
      (entry) =>
        entry.host === host &&
        (entry.port === undefined || entry.port === '*' || entry.port === port),
    );
  }

  /** When the webhook is created: the URL's host as DNS gives it now must be public (or allowed). */
  async vet(raw: string, timeoutMs: number): Promise<URL> {
    const url = this.parse(raw);
    if (this.isAllowed(url)) return url;
    const host = bareHost(url.hostname);
    const publicHost = net.isIP(host)
      ? isPublicAddress(host)
      : await resolvesToPublic(this.lookup, host, timeoutMs);
    if (!publicHost) throw new WebhookDestinationRefused();
    return url;
  }

  /**
   * For `http.request` at delivery: `undefined` to connect as usual (an allowed host), or a checked
   * lookup that refuses a private address; throws for a private IP literal.
   */
  connectionLookup(url: URL, deadline: number): net.LookupFunction | undefined {
    if (this.isAllowed(url)) return undefined;
    const host = bareHost(url.hostname);
    if (net.isIP(host)) {
      if (!isPublicAddress(host)) throw new WebhookDestinationRefused();
      return undefined;
    }
    return checkedLookup(this.lookup, deadline, () => new WebhookDestinationRefused());
  }
}
