import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { CandorError } from '../../core/candor-error.js';
import type { TWebhookAllowList } from './parse-webhook-allow-list.js';

/** Resolves a host name to its addresses (default: the system resolver, every address). */
export type TResolveHost = (hostname: string) => Promise<readonly string[]>;

export type TWebhookTarget = {
  url: URL;
  /** The checked address the request connects to (never resolved again). */
  address: string;
  family: 4 | 6;
};

function blockList(kind: 'ipv4' | 'ipv6', ...subnets: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [address, prefix] of subnets) list.addSubnet(address, prefix, kind);
  return list;
}

/** Address kinds refused unless the allow-list names them; checked in this order. */
const REFUSED: readonly { name: string; v4: BlockList; v6: BlockList }[] = [
  {
    name: 'a loopback',
    v4: blockList('ipv4', ['127.0.0.0', 8]),
    v6: blockList('ipv6', ['::1', 128]),
  },
  {
    name: 'a link-local or cloud metadata',
    v4: blockList('ipv4', ['169.254.0.0', 16]),
    v6: blockList('ipv6', ['fe80::', 10], ['fd00:ec2::254', 128]),
  },
  {
    name: 'a private',
    v4: blockList('ipv4', ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10]),
    v6: blockList('ipv6', ['fc00::', 7]),
  },
  {
    name: 'a reserved (unspecified, documentation, multicast or translated)',
    v4: blockList(
      'ipv4',
      ['0.0.0.0', 8],
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['224.0.0.0', 4],
      ['240.0.0.0', 4],
    ),
    v6: blockList(
      'ipv6',
      ['::', 128],
      ['64:ff9b::', 96],
      ['64:ff9b:1::', 48],
      ['100::', 64],
      ['2001:db8::', 32],
      ['2002::', 16],
      ['ff00::', 8],
    ),
  },
];

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1, or ::ffff:a00:1 as URLs write it) is checked as the IPv4 address it carries. */
function unmap(address: string): { address: string; family: 4 | 6 } {
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted?.[1] !== undefined) return { address: dotted[1], family: 4 };
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex?.[1] !== undefined && hex[2] !== undefined) {
    const high = Number.parseInt(hex[1], 16);
    const low = Number.parseInt(hex[2], 16);
    return { address: [high >> 8, high & 255, low >> 8, low & 255].join('.'), family: 4 };
  }
  return { address, family: isIP(address) === 4 ? 4 : 6 };
}

/** What kind of refused address this is, or undefined for a globally routable one. */
export function refusedAddressKind(address: string): string | undefined {
  const plain = unmap(address);
  return REFUSED.find((kind) =>
    plain.family === 4 ? kind.v4.check(plain.address, 'ipv4') : kind.v6.check(plain.address, 'ipv6'),
  )?.name;
}

function isHostListed(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((host) => (host.startsWith('*.') ? hostname.endsWith(host.slice(1)) : hostname === host));
}

const defaultResolve: TResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

function refuse(message: string): never {
  throw new CandorError('invalid_argument', message, { location: 'url' });
}

/**
 * Checks a webhook URL and resolves its host: http or https, no credentials, and every address
 * the host resolves to allowed — listed in CANDOR_WEBHOOK_ALLOW (an address, range or the host
 * itself), or globally routable when `public` is allowed. Loopback, private, link-local, metadata
 * and reserved addresses are refused unless listed. The caller connects to the returned address,
 * so the name is not resolved a second time (no DNS rebinding between check and connect).
 * Errors: CandorError 'invalid_argument' (location `url`) saying why.
 */
export async function checkWebhookTarget(
  urlText: string,
  allowList: TWebhookAllowList,
  resolve: TResolveHost = defaultResolve,
): Promise<TWebhookTarget> {
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    refuse(`"${urlText}" is not a URL: give the full address, e.g. https://ats.example.com/candor.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    refuse(`The webhook URL must start with https:// or http://, not ${url.protocol}//.`);
  }
  if (url.username !== '' || url.password !== '') {
    refuse('The webhook URL must not hold a user name or password: requests are signed instead.');
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  let addresses: readonly string[];
  if (isIP(hostname) !== 0) {
    addresses = [hostname];
  } else {
    try {
      addresses = await resolve(hostname);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      refuse(`The webhook host ${hostname} cannot be resolved (${detail}).`);
    }
    if (addresses.length === 0) refuse(`The webhook host ${hostname} has no address.`);
  }
  const isListedHost = isHostListed(hostname, allowList.hosts);
  for (const address of addresses) {
    const plain = unmap(address);
    if (allowList.ranges.check(plain.address, plain.family === 4 ? 'ipv4' : 'ipv6')) continue;
    const kind = refusedAddressKind(plain.address);
    if (isListedHost && kind !== 'a link-local or cloud metadata') continue;
    const where = address === hostname ? address : `${hostname} (${address})`;
    if (kind !== undefined) {
      refuse(
        `The webhook target ${where} is ${kind} address: Candor connects to it only when CANDOR_WEBHOOK_ALLOW lists it.`,
      );
    }
    if (!allowList.isPublicAllowed) {
      refuse(`The webhook target ${where} is not in CANDOR_WEBHOOK_ALLOW (${allowList.text}).`);
    }
  }
  const first = unmap(addresses[0] as string);
  return { url, address: first.address, family: first.family };
}
