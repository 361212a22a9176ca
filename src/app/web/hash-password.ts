import { randomBytes, type ScryptOptions, scrypt } from 'node:crypto';

/** scrypt's cost (N=2^15, r=8, p=1): about 32 MB and a tenth of a second a hash, within OWASP's advice. */
export const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;

export function scryptAsync(password: string, salt: Uint8Array, keyLength: number, options: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { ...options, maxmem: 128 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** A password hash to store: `scrypt$N$r$p$salt$hash`, salt and hash base64url. Never the password. */
export async function hashPassword(password: string, salt: Uint8Array = randomBytes(16)): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMETERS;
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r, p });
  return ['scrypt', N, r, p, Buffer.from(salt).toString('base64url'), key.toString('base64url')].join('$');
}
