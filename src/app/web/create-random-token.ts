import { toBase32 } from '../../adapters/storage/create-session-id.js';

/** A random token in lower-case base32 (URL-safe): 32 bytes, 256 bits, unless told otherwise. */
export function createRandomToken(randomBytes: (size: number) => Uint8Array, size = 32): string {
  return toBase32(randomBytes(size));
}
