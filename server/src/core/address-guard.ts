import dns from 'node:dns';
import net from 'node:net';

/**
 * Addresses no office's server (SMTP, webhook receiver) may be at: this host, the platform's private networks, link-local
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

/** Whether an office's server may be at this address; anything unparseable may not. */
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

/** Every address a name resolves to, as `dns.lookup` with `all` gives them. */
export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const lookupAll: LookupAll = (hostname) =>
  dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * Whether a name resolves now, within `timeoutMs`, to public addresses only. A name that does not
 * resolve answers false like one that resolves to a private address, so the answer does not tell
 * which internal names exist.
 */
export async function resolvesToPublic(
  lookup: LookupAll,
  name: string,
  timeoutMs: number,
): Promise<boolean> {
  const addresses = await withTimeout(lookup(name), timeoutMs).catch(() => []);
  return addresses.length > 0 && addresses.every((a) => isPublicAddress(a.address));
}

/**
 * `net.connect`'s (and `http.request`'s) lookup: every address the name has must be public, or none
 * is connected to (the error `refused` makes). The socket connects to exactly the addresses checked,
 * so a name that resolves elsewhere a moment later (DNS rebinding) reaches nothing unchecked.
 */
export function checkedLookup(
  lookup: LookupAll,
  deadline: number,
  refused: () => Error,
): net.LookupFunction {
  return (hostname, options, callback) => {
    withTimeout(lookup(hostname), Math.max(0, deadline - Date.now())).then(
      (addresses) => {
        const [first] = addresses;
        if (!first)
          return callback(Object.assign(new Error('No address'), { code: 'ENOTFOUND' }), '', 0);
        if (!addresses.every((a) => isPublicAddress(a.address))) return callback(refused(), '', 0);
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

/** Lower case, and an IPv6 address without its brackets. */
export function bareHost(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
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
