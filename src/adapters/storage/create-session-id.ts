import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32, lower case, without padding: URL-safe and easy to read aloud. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * A session id: 128 random bits as 26 base32 characters. Unguessable, so it can sit in a
 * candidate's interview link; lower case and URL-safe. (crypto.randomUUID has only 122 random bits.)
 */
export function createSessionId(random: (size: number) => Uint8Array = randomBytes): string {
  return toBase32(random(16));
}
