import { timingSafeEqual } from 'node:crypto';
import { scryptAsync } from './hash-password.js';

/** True when `password` matches a hash from hashPassword; compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const N = Number(n);
  const blockSize = Number(r);
  const parallel = Number(p);
  if (![N, blockSize, parallel].every(Number.isInteger) || expected.length === 0) return false;
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N,
    r: blockSize,
    p: parallel,
  });
  return timingSafeEqual(actual, expected);
}
