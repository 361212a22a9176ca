import { randomBytes as nodeRandomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TDatabase } from '../../adapters/storage/database-schema.js';
import { readOrCreateSetting } from '../../adapters/storage/read-or-create-setting.js';
import { CandorError } from '../../core/candor-error.js';

/**
 * The server secret: CANDOR_SECRET when set (at least 32 characters), else 32 random bytes
 * generated on the first start and kept in the database (settings), so every server sharing the
 * database uses the same one, and no secret sits in a file beside the code.
 */
export async function loadServerSecret(
  db: Kysely<TDatabase>,
  configured: string | undefined,
  randomBytes: (size: number) => Uint8Array = nodeRandomBytes,
): Promise<Uint8Array> {
  const value = configured?.trim();
  if (value !== undefined && value.length > 0) {
    if (value.length < 32) {
      throw new CandorError(
        'invalid_argument',
        'CANDOR_SECRET must be at least 32 characters (or unset, to generate one)',
        {
          location: 'CANDOR_SECRET',
        },
      );
    }
    return new TextEncoder().encode(value);
  }
  const stored = await readOrCreateSetting(db, 'secret', () =>
    Buffer.from(randomBytes(32)).toString('base64'),
  );
  return new Uint8Array(Buffer.from(stored, 'base64'));
}
