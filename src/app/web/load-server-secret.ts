import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CandorError } from '../../core/candor-error.js';
import type { TRepositories } from '../ports/repositories.js';

export type TLoadServerSecretOptions = {
  /** CANDOR_SECRET: at least 32 characters; wins over the file. */
  configured?: string | undefined;
  /** The secret file beside the database (./data/secret.key), created 0600 on first start. */
  file: string;
  randomBytes?: (size: number) => Uint8Array;
  /** What was done on the way, for the start-up log. */
  log?: (message: string) => void;
};

function readSecretFile(file: string): Uint8Array | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CandorError(
      'storage_failed',
      `Cannot read the secret file ${file}: ${(error as Error).message}`,
      {
        location: file,
        cause: error,
      },
    );
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < 32) {
    throw new CandorError(
      'invalid_argument',
      `The secret file ${file} holds no secret of 32 bytes (base64): restore it, or delete it to make a new one (every interview link then needs re-sending).`,
      { location: file },
    );
  }
  return new Uint8Array(bytes);
}

/**
 * The server secret, which CSRF tokens and interview link tokens derive from: CANDOR_SECRET when
 * set, else the secret file beside the database (generated on the first start, mode 0600). It is
 * never kept in the database, so a copy of the database opens no interview. A secret an older
 * version kept in the database (settings 'secret') is moved into the file, so existing links keep
 * working, and its row is deleted (or just deleted, when CANDOR_SECRET is set: links made under it
 * still open, as their hashes are stored, but can no longer be shown again).
 * Errors: CandorError 'invalid_argument' (a short CANDOR_SECRET, a damaged file), 'storage_failed'.
 */
export async function loadServerSecret(
  repositories: Pick<TRepositories, 'settings' | 'flushDeleted'>,
  options: TLoadServerSecretOptions,
): Promise<Uint8Array> {
  const log = options.log ?? (() => {});
  const legacy = await repositories.settings.find('secret');
  const dropLegacy = async () => {
    if (legacy === undefined) return;
    await repositories.settings.delete('secret');
    await repositories.flushDeleted();
  };

  const configured = options.configured?.trim();
  if (configured !== undefined && configured.length > 0) {
    if (configured.length < 32) {
      throw new CandorError(
        'invalid_argument',
        'CANDOR_SECRET must be at least 32 characters (or unset, to keep a generated one in the secret file)',
        { location: 'CANDOR_SECRET' },
      );
    }
    if (legacy !== undefined)
      log('Removed the server secret an older version kept in the database (CANDOR_SECRET is used).');
    await dropLegacy();
    return new TextEncoder().encode(configured);
  }

  const existing = readSecretFile(options.file);
  if (existing !== undefined) {
    if ((statSync(options.file).mode & 0o077) !== 0) {
      chmodSync(options.file, 0o600);
      log(`The secret file ${options.file} was readable by others: now 0600.`);
    }
    await dropLegacy();
    return existing;
  }
  const secret =
    legacy === undefined
      ? Buffer.from((options.randomBytes ?? nodeRandomBytes)(32))
      : Buffer.from(legacy, 'base64');
  try {
    mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
    // 'wx': two servers starting at once never overwrite each other's secret.
    writeFileSync(options.file, `${secret.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = readSecretFile(options.file);
      if (raced !== undefined) return raced;
    }
    throw new CandorError(
      'storage_failed',
      `Cannot write the secret file ${options.file}: ${(error as Error).message} (or set CANDOR_SECRET)`,
      { location: options.file, cause: error },
    );
  }
  log(
    legacy === undefined
      ? `Generated the server secret in ${options.file} (keep it with backups, apart from the database).`
      : `Moved the server secret out of the database into ${options.file}; interview links keep working.`,
  );
  await dropLegacy();
  return new Uint8Array(secret);
}
