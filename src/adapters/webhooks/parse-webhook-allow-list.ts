import { BlockList, isIP } from 'node:net';
import { CandorError } from '../../core/candor-error.js';

/** Which webhook targets the server may connect to (CANDOR_WEBHOOK_ALLOW). */
export type TWebhookAllowList = {
  /** Any globally routable address (the entry `public`, and the default). */
  isPublicAllowed: boolean;
  /** Host names (lower case; `*.example.com` matches its subdomains) whose addresses are allowed, whatever they are, except link-local ones. */
  hosts: readonly string[];
  /** Addresses and ranges allowed even when private or loopback. */
  ranges: BlockList;
  /** The entries as given, for messages. */
  text: string;
};

/** The allow-list when CANDOR_WEBHOOK_ALLOW is not set: public addresses only. */
export const DEFAULT_WEBHOOK_ALLOW = 'public';

const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Reads an allow-list: entries separated by commas or spaces, each `public` (any globally
 * routable address), an address or CIDR range (`10.20.0.0/16`, `127.0.0.1`, `fd00::/8`), or a
 * host name (`ats.internal`, `*.example.com`). Empty or unset means `public`. Errors:
 * CandorError 'invalid_argument' naming the entry it cannot read.
 */
export function parseWebhookAllowList(text: string | undefined): TWebhookAllowList {
  const source = text === undefined || text.trim() === '' ? DEFAULT_WEBHOOK_ALLOW : text.trim();
  const ranges = new BlockList();
  const hosts: string[] = [];
  let isPublicAllowed = false;
  for (const entry of source.split(/[\s,]+/).filter((part) => part !== '')) {
    const lower = entry.toLowerCase();
    if (lower === 'public') {
      isPublicAllowed = true;
      continue;
    }
    const [address = '', prefixText, ...rest] = lower.split('/');
    const family = isIP(address);
    if (family !== 0) {
      const type = family === 4 ? 'ipv4' : 'ipv6';
      const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText);
      if (
        rest.length > 0 ||
        !Number.isInteger(prefix) ||
        prefix < 0 ||
        prefix > (family === 4 ? 32 : 128) ||
        (prefixText !== undefined && !/^\d+$/.test(prefixText))
      ) {
        throw new CandorError(
          'invalid_argument',
          `CANDOR_WEBHOOK_ALLOW: "${entry}" is not a valid CIDR range (use e.g. 10.20.0.0/16).`,
          { location: 'CANDOR_WEBHOOK_ALLOW' },
        );
      }
      ranges.addSubnet(address, prefix, type);
      continue;
    }
    if (prefixText === undefined && HOST_NAME.test(lower)) {
      hosts.push(lower);
      continue;
    }
    throw new CandorError(
      'invalid_argument',
      `CANDOR_WEBHOOK_ALLOW: "${entry}" is neither "public", an address or CIDR range, nor a host name.`,
      { location: 'CANDOR_WEBHOOK_ALLOW' },
    );
  }
  return { isPublicAllowed, hosts, ranges, text: source };
}
