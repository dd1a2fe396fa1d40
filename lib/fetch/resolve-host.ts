// Host name → one checked address to connect to. Every address the name resolves to must be public:
// a name that resolves to both a public and a private address is refused (a common rebinding trick).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { checkAddress } from './address-policy';
import { refused, upstream } from './fetch-error';

export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const systemLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface ResolveOptions {
  lookup?: LookupAll;
  /** Test hook: decides instead of the address policy (tests need a "public" host on this machine). */
  allowAddress?: (address: string) => boolean;
}

export async function resolvePublicAddress(hostname: string, options: ResolveOptions = {}): Promise<{ address: string; family: 4 | 6 }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host);
    } catch (error) {
      throw upstream(`The host name ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? 'DNS error'}).`);
    }
  }
  if (addresses.length === 0) throw upstream(`The host name ${host} has no address.`);
  for (const { address } of addresses) {
    const allowed = options.allowAddress ? options.allowAddress(address) : checkAddress(address).allowed;
    if (!allowed) {
      const reason = checkAddress(address).reason ?? 'disallowed';
      throw refused(`Refused to fetch ${host}: it resolves to ${address}, a ${reason} address. Only public web pages can be fetched.`);
    }
  }
  const chosen = addresses[0];
  return { address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}
