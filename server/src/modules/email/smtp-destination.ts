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

export type DestinationRefusal = 'port' | 'address';

/**
 * The office's SMTP server is somewhere it may not be: a port that is not for mail, or a host that is
 * (or resolves to) a local, private or reserved address. Never retried.
 */
export class SmtpDestinationRefused extends Error {
  readonly code = 'EDESTINATION';

  constructor(readonly refusal: DestinationRefusal) {
    super(
      refusal === 'port'
        ? 'The SMTP port is not allowed.'
        : 'The SMTP host is not at a public address.',
    );
  }
}

/** How connections to a host are made: as they are, or to checked addresses only. */
type Route = { trusted: true; connectTo: string } | { trusted: false };

/**
 * Where an office's SMTP server may be, and the only way to connect to it. A host name is resolved
 * once per connection, every address it resolves to is checked, and the socket connects to those
 * very addresses, so a name that resolves elsewhere a moment later (DNS rebinding) reaches nothing
 * unchecked. Hosts of SMTP_ALLOWED_HOSTS and the development mail catcher skip the address check.
 */
export class SmtpDestinations {
  constructor(
    private readonly config: Pick<
      Config,
      'smtpAllowedHosts' | 'smtpAllowedPorts' | 'devSmtpPort' | 'demoData' | 'env'
    >,
    private readonly lookup: LookupAll = lookupAll,
  ) {}

  /** Refuses a port, or a host that is not on the allow list and not public; throws SmtpDestinationRefused. */
  private route(host: string, port: number): Route {
    const name = bareHost(host);
    if (this.isMailCatcher(name, port)) return { trusted: true, connectTo: '127.0.0.1' };
    const allowed = this.config.smtpAllowedHosts.filter((entry) => entry.host === name);
    const portAllowed = (rule: number | '*' | undefined) =>
      rule === undefined
        ? this.config.smtpAllowedPorts.includes(port)
        : rule === '*' || rule === port;
    if (allowed.length) {
      if (!allowed.some((entry) => portAllowed(entry.port)))
        throw new SmtpDestinationRefused('port');
      return { trusted: true, connectTo: name };
    }
    if (!portAllowed(undefined)) throw new SmtpDestinationRefused('port');
    if (net.isIP(name) && !isPublicAddress(name)) throw new SmtpDestinationRefused('address');
    return { trusted: false };
  }

  /** The mail catcher of the demo data, on this machine, while this configuration runs one. */
  private isMailCatcher(name: string, port: number): boolean {
    const runsCatcher =
      this.config.demoData && this.config.env !== 'production' && this.config.devSmtpPort > 0;
    return (
      runsCatcher &&
      port === this.config.devSmtpPort &&
      (name === '127.0.0.1' || name === 'localhost')
    );
  }

  /**
   * When the settings are saved: the port, and the host's addresses as DNS gives them now. A name
   * that does not resolve is refused like one that resolves to a private address, so the answer
   * does not tell which internal names exist.
   */
  async vet(host: string, port: number, timeoutMs: number): Promise<void> {
    const route = this.route(host, port);
    const name = bareHost(host);
    if (route.trusted || net.isIP(name)) return;
    if (!(await resolvesToPublic(this.lookup, name, timeoutMs)))
      throw new SmtpDestinationRefused('address');
  }

  /**
   * A connected socket to the office's server, for nodemailer's `getSocket`: resolved now, every
   * address checked, connected to those addresses only (trying each, as nodemailer would), within
   * what is left of `deadline`.
   */
  connect(host: string, port: number, deadline: number): Promise<net.Socket> {
    let route: Route;
    try {
      route = this.route(host, port);
    } catch (error) {
      return Promise.reject(error);
    }
    const name = bareHost(host);
    const socket = net.connect({
      host: route.trusted ? route.connectTo : name,
      port,
      autoSelectFamily: true,
      ...(route.trusted || net.isIP(name)
        ? {}
        : {
            lookup: checkedLookup(
              this.lookup,
              deadline,
              () => new SmtpDestinationRefused('address'),
            ),
          }),
    });
    return new Promise<net.Socket>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })),
        Math.max(0, deadline - Date.now()),
      );
      socket.once('error', fail);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeListener('error', fail);
        resolve(socket);
      });
    });
  }
}
