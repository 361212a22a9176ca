import type { TTeamRepository } from '../ports/team-repository.js';

/** When API tokens were last used: written behind the requests, at most once a minute per token. */
export type TTokenUseRecorder = {
  /** Notes a use of the token now; returns at once (the write, if one is due, happens later). */
  record(tokenId: string): void;
  /** Resolves when every write noted so far is done (before closing the database; tests). */
  settled(): Promise<void>;
};

export type TTokenUseRecorderOptions = {
  /** Where the uses are written (the team repository, outside any request's transaction). */
  team: Pick<TTeamRepository, 'recordTokenUse'>;
  now: () => Date;
  /** Least time between two writes for one token (default one minute). */
  intervalMs?: number;
  /** A failed write (the next use retries it). */
  log?: (error: unknown) => void;
};

/**
 * Records API-token use without a write on every request: a token's `last_used_at` is written at
 * most once per interval, after the request that used it has been answered (setImmediate), so
 * reads never wait on a database write. Accurate to the interval, which is what "last used" needs.
 */
export function createTokenUseRecorder(options: TTokenUseRecorderOptions): TTokenUseRecorder {
  const intervalMs = options.intervalMs ?? 60_000;
  /** Per token: when its use was last written (or is being written). */
  const writtenAt = new Map<string, number>();
  const pending = new Set<Promise<void>>();
  const { team } = options;

  function write(tokenId: string, at: Date): Promise<void> {
    return new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => team.recordTokenUse(tokenId, at.toISOString()))
      .then(
        () => undefined,
        (error: unknown) => {
          // Forget it, so the next use tries again.
          if (writtenAt.get(tokenId) === at.getTime()) writtenAt.delete(tokenId);
          options.log?.(error);
        },
      );
  }

  return {
    record(tokenId) {
      const now = options.now();
      const last = writtenAt.get(tokenId);
      // A clock that went back (a corrected system time) counts as due.
      if (last !== undefined && now.getTime() - last < intervalMs && now.getTime() >= last) return;
      writtenAt.set(tokenId, now.getTime());
      const writing = write(tokenId, now).finally(() => pending.delete(writing));
      pending.add(writing);
    },
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
