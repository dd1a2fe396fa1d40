// Which IP addresses a server-side fetch may connect to: public unicast only. Loopback, private,
// carrier-grade NAT, link-local (cloud metadata at 169.254.169.254 / fd00:ec2::254), multicast,
// documentation and reserved ranges are refused, including IPv4 addresses hidden inside IPv6 forms
// (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), and the IPv4-translated
// ::ffff:0:0/96 and local-use NAT64 64:ff9b:1::/48 ranges, whose translators may reach private networks.
import { BlockList, isIP } from 'node:net';

const IPV4_REFUSED: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'this-network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const IPV6_REFUSED: Array<[string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard-only'],
  ['2001::', 32, 'Teredo'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (private)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

function blockList(entries: Array<[string, number, string]>, type: 'ipv4' | 'ipv6') {
  return entries.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, reason, range: `${network}/${prefix}` };
  });
}

const V4 = blockList(IPV4_REFUSED, 'ipv4');
const V6 = blockList(IPV6_REFUSED, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === null ? [] : Array(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((g) => parseInt(g || '0', 16));
}

const v4FromGroups = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/** The IPv4 address an IPv6 address stands for, when it is one of the IPv4-embedding forms. */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  const zeroPrefix = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroPrefix(5) && g[5] === 0xffff) return v4FromGroups(g[6], g[7]); // ::ffff:a.b.c.d
  if (zeroPrefix(6) && (g[6] !== 0 || g[7] > 1)) return v4FromGroups(g[6], g[7]); // deprecated ::a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4FromGroups(g[6], g[7]); // NAT64
  if (g[0] === 0x2002) return v4FromGroups(g[1], g[2]); // 6to4
  return null;
}

export interface AddressVerdict {
  allowed: boolean;
  /** Why it is refused ("loopback", "private", ...), for the error message. */
  reason?: string;
}

/** Public unicast addresses are allowed; every special-purpose range is refused. */
export function checkAddress(address: string): AddressVerdict {
  const version = isIP(address);
  if (version === 4) {
    const hit = V4.find(({ list }) => list.check(address, 'ipv4'));
    return hit ? { allowed: false, reason: hit.reason } : { allowed: true };
  }
  if (version === 6) {
    const g = ipv6Groups(address);
    // ::ffff:0:a.b.c.d (node's BlockList does not match this prefix): a translator turns it into IPv4.
    if (g.slice(0, 4).every((x) => x === 0) && g[4] === 0xffff && g[5] === 0) return { allowed: false, reason: 'IPv4-translated (SIIT)' };
    const v4 = embeddedIpv4(address);
    if (v4) return checkAddress(v4);
    const hit = V6.find(({ list }) => list.check(address, 'ipv6'));
    return hit ? { allowed: false, reason: hit.reason } : { allowed: true };
  }
  return { allowed: false, reason: 'not an IP address' };
}
