import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { CandorError } from '../../core/candor-error.js';
import { checkWebhookTarget, type TResolveHost } from './check-webhook-target.js';
import type { TWebhookAllowList } from './parse-webhook-allow-list.js';

export type TPostWebhookInput = {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowList: TWebhookAllowList;
  resolve?: TResolveHost;
  /** The whole request, connect to last byte (default 10 000 ms). */
  timeoutMs?: number;
};

export type TPostWebhookResult = {
  /** The HTTP status the target answered, or null when there was no answer. */
  status: number | null;
  durationMs: number;
  /** Why the delivery failed (refused target, network error, timeout, redirect, non-2xx), or null. */
  error: string | null;
};

/** How much of a failing answer's body is kept for the delivery log. */
const SNIPPET_CHARS = 300;

/**
 * POSTs one webhook: the target is checked against the allow-list after DNS resolution and the
 * connection goes to the checked address (the Host header and TLS name stay the URL's); a
 * deadline covers the whole request; redirects are not followed (a 3xx is a failure). Never
 * throws: every outcome is a result for the delivery log.
 */
export async function postWebhook(input: TPostWebhookInput): Promise<TPostWebhookResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let target: Awaited<ReturnType<typeof checkWebhookTarget>>;
  try {
    target = await checkWebhookTarget(input.url, input.allowList, input.resolve);
  } catch (error) {
    const message = CandorError.isInstance(error) ? error.message : String(error);
    return { status: null, durationMs: elapsed(), error: `Refused: ${message}` };
  }
  const timeoutMs = input.timeoutMs ?? 10_000;
  // The name is never resolved again: whatever the socket asks, it gets the checked address.
  const pinned = ((_hostname, options, callback) => {
    if (options.all === true) {
      (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    } else {
      (callback as (error: null, address: string, family: number) => void)(
        null,
        target.address,
        target.family,
      );
    }
  }) as LookupFunction;
  const isHttps = target.url.protocol === 'https:';
  const hostname = target.url.hostname.replace(/^\[|\]$/g, '');

  return new Promise<TPostWebhookResult>((resolvePromise) => {
    let isSettled = false;
    const settle = (status: number | null, error: string | null) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(deadline);
      request.destroy();
      resolvePromise({ status, durationMs: elapsed(), error });
    };
    const options: https.RequestOptions = {
      method: 'POST',
      headers: { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) },
      lookup: pinned,
      agent: false,
      ...(isHttps ? { servername: hostname } : {}),
    };
    const request = (isHttps ? https : http).request(target.url, options, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        response.resume();
        response.once('end', () => settle(status, null));
        response.once('error', () => settle(status, null));
        return;
      }
      if (status >= 300 && status < 400) {
        response.resume();
        const location = response.headers.location;
        settle(status, `Redirect${location === undefined ? '' : ` to ${location}`} not followed`);
        return;
      }
      let snippet = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        snippet += chunk;
        if (snippet.length >= SNIPPET_CHARS) settle(status, describe(status, snippet));
      });
      response.once('end', () => settle(status, describe(status, snippet)));
      response.once('error', () => settle(status, describe(status, snippet)));
    });
    const deadline = setTimeout(() => settle(null, `No answer within ${timeoutMs} ms`), timeoutMs);
    request.once('error', (error) => settle(null, error.message));
    request.end(input.body);
  });
}

function describe(status: number, body: string): string {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS);
  return `HTTP ${status}${text === '' ? '' : `: ${text}`}`;
}
