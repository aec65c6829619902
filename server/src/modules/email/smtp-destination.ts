import dns from 'node:dns';
import net from 'node:net';
import type { Config } from '../../config.js';

/**
 * Addresses no office's SMTP server may be at: this host, the platform's private networks, link-local
 * (cloud metadata at 169.254.169.254, fd00:ec2::254), multicast, and the reserved and documentation
 * ranges. IPv4-mapped IPv6 addresses are checked as their IPv4 address.
 */
const forbidden = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT (also some clouds' metadata, 100.100.100.200)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  forbidden.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // protocol assignments (Teredo among them)
  ['2001:db8::', 32],
  ['2002::', 16], // 6to4, which embeds any IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local
  ['ff00::', 8], // multicast
] as const) {
  forbidden.addSubnet(prefix, bits, 'ipv6');
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part counts as two). */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  const [, a, b, c, d] = dotted ?? [];
  const text =
    dotted && a && b && c && d
      ? address.slice(0, dotted.index) +
        [((+a << 8) | +b).toString(16), ((+c << 8) | +d).toString(16)].join(':')
      : address;
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) =>
    part ? part.split(':').map((group) => parseInt(group, 16)) : [];
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined
    ? left
    : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The NAT64 well-known prefix (64:ff9b::/96) reaches the IPv4 address in its last 32 bits: that one is checked. */
function embeddedNat64(address: string): string | null {
  const groups = ipv6Groups(address);
  if (
    groups.length !== 8 ||
    groups[0] !== 0x64 ||
    groups[1] !== 0xff9b ||
    groups.slice(2, 6).some((group) => group !== 0)
  )
    return null;
  const [high, low] = groups.slice(6);
  if (high === undefined || low === undefined) return null;
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether an office's SMTP server may be at this address; anything unparseable may not. */
export function isPublicAddress(address: string): boolean {
  const [scoped = ''] = address.split('%');
  const bare = scoped.toLowerCase();
  const family = net.isIP(bare);
  if (family === 4) return !forbidden.check(bare, 'ipv4');
  if (family !== 6) return false;
  const nat64 = embeddedNat64(bare);
  if (nat64) return !forbidden.check(nat64, 'ipv4');
  return !forbidden.check(bare, 'ipv6');
}

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

type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const lookupAll: LookupAll = (hostname) =>
  dns.promises.lookup(hostname, { all: true, verbatim: true });

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
    const addresses = await withTimeout(this.lookup(name), timeoutMs).catch(() => []);
    if (!addresses.length || !addresses.every((a) => isPublicAddress(a.address)))
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
      ...(route.trusted || net.isIP(name) ? {} : { lookup: this.checkedLookup(deadline) }),
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

  /** `net.connect`'s lookup: every address the name has must be public, or none is connected to. */
  private checkedLookup(deadline: number): net.LookupFunction {
    return (hostname, options, callback) => {
      withTimeout(this.lookup(hostname), Math.max(0, deadline - Date.now())).then(
        (addresses) => {
          const [first] = addresses;
          if (!first)
            return callback(Object.assign(new Error('No address'), { code: 'ENOTFOUND' }), '', 0);
          if (!addresses.every((a) => isPublicAddress(a.address)))
            return callback(new SmtpDestinationRefused('address'), '', 0);
          if (options.all)
            return (callback as unknown as (error: null, all: typeof addresses) => void)(
              null,
              addresses,
            );
          callback(null, first.address, first.family);
        },
        (error: Error) => callback(error, '', 0),
      );
    };
  }
}

/** Lower case, and an IPv6 address without its brackets. */
function bareHost(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('DNS lookup timeout'), { code: 'ETIMEDOUT' })),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}
