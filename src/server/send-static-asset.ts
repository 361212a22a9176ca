import type { Context } from 'hono';
import type { TStaticAsset } from './create-static-asset.js';

/** The encodings an Accept-Encoding header allows (q=0 refuses one), in Candor's order of preference. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name !== undefined && name.length > 0 && (quality === undefined || Number(quality.slice(2)) > 0))
      accepted.add(name);
  }
  return accepted;
}

/** Whether If-None-Match names this ETag (or is `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}

/**
 * Answers with an in-memory asset: brotli or gzip as the client accepts them (else the bytes as
 * they are), `Vary: Accept-Encoding`, the ETag and the given Cache-Control; 304 when the client's
 * copy is current; no body for HEAD.
 */
export function sendStaticAsset(c: Context, asset: TStaticAsset, cacheControl: string): Response {
  c.header('content-type', asset.contentType);
  c.header('cache-control', cacheControl);
  c.header('etag', asset.etag);
  c.header('vary', 'accept-encoding');
  if (matchesEtag(c.req.header('if-none-match'), asset.etag)) return c.body(null, 304);
  const accepted = acceptedEncodings(c.req.header('accept-encoding'));
  let body = asset.identity;
  if (asset.br !== undefined && accepted.has('br')) {
    body = asset.br;
    c.header('content-encoding', 'br');
  } else if (asset.gzip !== undefined && (accepted.has('gzip') || accepted.has('x-gzip'))) {
    body = asset.gzip;
    c.header('content-encoding', 'gzip');
  }
  c.header('content-length', String(body.byteLength));
  return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(body, 200);
}
