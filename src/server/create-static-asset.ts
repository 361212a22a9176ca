import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A response body kept in memory: as it is, and gzip- and brotli-compressed where that helps. */
export type TStaticAsset = {
  contentType: string;
  /** A strong validator of the bytes (the same for every encoding of them). */
  etag: string;
  identity: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
  br?: Uint8Array<ArrayBuffer>;
};

/** Text-like types that compress; images and fonts are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;
/** Below this, compression saves less than the headers it adds. */
const MIN_COMPRESSIBLE_BYTES = 1024;

/**
 * Prepares a body to be served many times: compressed once (brotli and gzip, off the main thread),
 * kept only in the encodings that are smaller than the original.
 */
export async function createStaticAsset(
  body: Uint8Array | string,
  contentType: string,
): Promise<TStaticAsset> {
  const identity = new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  const asset: TStaticAsset = { contentType, etag, identity };
  if (identity.byteLength < MIN_COMPRESSIBLE_BYTES || !COMPRESSIBLE.test(contentType)) return asset;
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(identity, { level: 9 }),
  ]);
  if (br.byteLength < identity.byteLength) asset.br = new Uint8Array(br);
  if (gz.byteLength < identity.byteLength) asset.gzip = new Uint8Array(gz);
  return asset;
}
