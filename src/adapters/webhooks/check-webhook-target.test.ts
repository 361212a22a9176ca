import { describe, expect, it } from 'vitest';
import { CandorError } from '../../core/candor-error.js';
import { checkWebhookTarget, refusedAddressKind } from './check-webhook-target.js';
import { parseWebhookAllowList } from './parse-webhook-allow-list.js';

const noDns = async (hostname: string): Promise<string[]> => {
  throw new Error(`no DNS in this test (${hostname})`);
};

describe('refusedAddressKind', () => {
  it.each([
    ['127.0.0.1', 'a loopback'],
    ['127.255.0.9', 'a loopback'],
    ['::1', 'a loopback'],
    ['::ffff:127.0.0.1', 'a loopback'],
    ['::ffff:7f00:1', 'a loopback'],
    ['10.0.0.1', 'a private'],
    ['172.16.5.4', 'a private'],
    ['172.31.255.255', 'a private'],
    ['192.168.1.1', 'a private'],
    ['100.100.100.200', 'a private'],
    ['fd12:3456::1', 'a private'],
    ['169.254.169.254', 'a link-local or cloud metadata'],
    ['fe80::1', 'a link-local or cloud metadata'],
    ['fd00:ec2::254', 'a link-local or cloud metadata'],
    ['0.0.0.0', 'a reserved (unspecified, documentation, multicast or translated)'],
    ['224.0.0.1', 'a reserved (unspecified, documentation, multicast or translated)'],
    ['::', 'a reserved (unspecified, documentation, multicast or translated)'],
    ['64:ff9b::a00:1', 'a reserved (unspecified, documentation, multicast or translated)'],
  ])('%s is %s address', (address, kind) => {
    expect(refusedAddressKind(address)).toBe(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    '%s is globally routable',
    (address) => {
      expect(refusedAddressKind(address)).toBeUndefined();
    },
  );
});

describe('parseWebhookAllowList', () => {
  it('allows public addresses only when unset or empty', () => {
    for (const text of [undefined, '', '  ']) {
      const list = parseWebhookAllowList(text);
      expect(list.isPublicAllowed).toBe(true);
      expect(list.hosts).toEqual([]);
      expect(list.ranges.check('127.0.0.1', 'ipv4')).toBe(false);
    }
  });

  it('reads addresses, ranges and host names, separated by commas or spaces', () => {
    const list = parseWebhookAllowList('10.20.0.0/16, 127.0.0.1 fd00::/8,ATS.internal *.hooks.example.com');
    expect(list.isPublicAllowed).toBe(false);
    expect(list.hosts).toEqual(['ats.internal', '*.hooks.example.com']);
    expect(list.ranges.check('10.20.3.4', 'ipv4')).toBe(true);
    expect(list.ranges.check('10.21.0.1', 'ipv4')).toBe(false);
    expect(list.ranges.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(list.ranges.check('127.0.0.2', 'ipv4')).toBe(false);
    expect(list.ranges.check('fd00::5', 'ipv6')).toBe(true);
  });

  it.each(['10.0.0.0/33', '10.0.0.0/8/1', '10.0.0.0/x', 'http://ats.example.com', 'ats_example', '::1/129'])(
    'names the entry it cannot read: %s',
    (entry) => {
      let error: unknown;
      try {
        parseWebhookAllowList(`public, ${entry}`);
      } catch (caught) {
        error = caught;
      }
      expect(CandorError.isInstance(error)).toBe(true);
      expect((error as CandorError).code).toBe('invalid_argument');
      expect((error as CandorError).message).toContain(`"${entry}"`);
    },
  );
});

describe('checkWebhookTarget', () => {
  const reason = async (url: string, allow: string | undefined, resolve = noDns) => {
    try {
      await checkWebhookTarget(url, parseWebhookAllowList(allow), resolve);
    } catch (error) {
      if (CandorError.isInstance(error)) return error.message;
      throw error;
    }
    return 'allowed';
  };

  it('allows a public target by default and returns the address to connect to', async () => {
    const target = await checkWebhookTarget(
      'https://ats.example.com/hooks/candor',
      parseWebhookAllowList(undefined),
      async () => ['93.184.216.34', '2606:2800:220:1::1'],
    );
    expect(target).toMatchObject({ address: '93.184.216.34', family: 4 });
    expect(target.url.href).toBe('https://ats.example.com/hooks/candor');
  });

  it('refuses a name when any of its addresses is refused', async () => {
    expect(
      await reason('https://ats.example.com/', undefined, async () => ['93.184.216.34', '10.0.0.1']),
    ).toBe(
      'The webhook target ats.example.com (10.0.0.1) is a private address: Candor connects to it only when CANDOR_WEBHOOK_ALLOW lists it.',
    );
  });

  it('allows a listed range or address even when private, and nothing else when `public` is not listed', async () => {
    expect(await reason('http://10.20.0.5/hook', '10.20.0.0/16')).toBe('allowed');
    expect(await reason('http://127.0.0.1:9000/hook', '127.0.0.1')).toBe('allowed');
    expect(await reason('http://10.21.0.5/hook', '10.20.0.0/16')).toContain('is a private address');
    expect(await reason('http://93.184.216.34/hook', '10.20.0.0/16')).toBe(
      'The webhook target 93.184.216.34 is not in CANDOR_WEBHOOK_ALLOW (10.20.0.0/16).',
    );
  });

  it('allows a listed host name whatever it resolves to, except a link-local or metadata address', async () => {
    const internal = async () => ['10.9.8.7'];
    expect(await reason('https://ats.internal/hook', 'ats.internal', internal)).toBe('allowed');
    expect(await reason('https://eu.hooks.example.com/hook', '*.hooks.example.com', internal)).toBe(
      'allowed',
    );
    expect(
      await reason('https://hooks.example.com.evil.test/hook', '*.hooks.example.com', internal),
    ).toContain('is a private address');
    expect(
      await reason('https://ats.internal/hook', 'ats.internal', async () => ['169.254.169.254']),
    ).toContain('link-local or cloud metadata');
  });
});
