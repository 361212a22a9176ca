/** What went wrong with the database, in words an operator acts on. */
export type TStorageFault = 'disk_full' | 'read_only' | 'locked' | 'connection_lost';

export const STORAGE_FAULT_DESCRIPTIONS: Readonly<Record<TStorageFault, string>> = {
  disk_full: 'the database is full (no space left on its disk)',
  read_only:
    'the database is read-only (check the file and folder permissions, or the server’s read-only mode)',
  locked: 'the database is locked by another process',
  connection_lost: 'the database cannot be reached (the connection was refused or lost)',
};

const SQLITE_CODES: readonly [RegExp, TStorageFault][] = [
  [/^SQLITE_FULL/, 'disk_full'],
  [/^SQLITE_READONLY/, 'read_only'],
  [/^SQLITE_(BUSY|LOCKED)/, 'locked'],
];

const NODE_CODES: Readonly<Record<string, TStorageFault>> = {
  ENOSPC: 'disk_full',
  EROFS: 'read_only',
  ECONNREFUSED: 'connection_lost',
  ECONNRESET: 'connection_lost',
  EPIPE: 'connection_lost',
  ETIMEDOUT: 'connection_lost',
  EHOSTUNREACH: 'connection_lost',
};

function classifyOne(error: unknown): TStorageFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = error instanceof Error ? error.message : '';
  for (const [pattern, fault] of SQLITE_CODES) if (pattern.test(code)) return fault;
  if (NODE_CODES[code] !== undefined) return NODE_CODES[code];
  // PostgreSQL SQLSTATEs: 53100 disk_full, 25006 read_only_sql_transaction, 55P03
  // lock_not_available, 40P01 deadlock_detected, class 08 connection exceptions, 57P01–3 shutdown.
  if (code === '53100') return 'disk_full';
  if (code === '25006') return 'read_only';
  if (code === '55P03' || code === '40P01') return 'locked';
  if (/^08/.test(code) || /^57P0[123]$/.test(code)) return 'connection_lost';
  if (/database or disk is full|no space left on device/i.test(message)) return 'disk_full';
  if (/readonly database|read-only/i.test(message)) return 'read_only';
  if (/database is locked/i.test(message)) return 'locked';
  if (/connection terminated|connection (?:was )?(?:closed|lost)|terminating connection/i.test(message)) {
    return 'connection_lost';
  }
  return undefined;
}

/**
 * Names a database fault — disk full, read-only, locked, connection lost — from the error a
 * driver threw (better-sqlite3's SQLITE_* codes, pg's SQLSTATEs, Node's socket errors), looking
 * through `cause`s; undefined for anything else.
 */
export function classifyStorageFault(error: unknown): TStorageFault | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth++) {
    const fault = classifyOne(current);
    if (fault !== undefined) return fault;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
