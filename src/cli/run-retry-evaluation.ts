import { createDatabase } from '../adapters/storage/create-database.js';
import { requeueFailedEvaluation } from '../adapters/storage/requeue-failed-evaluation.js';
import { CandorError } from '../core/candor-error.js';
import type { TTerminal } from './terminal.js';

export type TRetryEvaluationOptions = {
  /** A SQLite path or URL, or postgres://…; default DATABASE_URL, else ./data/candor.sqlite. */
  database?: string;
  env?: Record<string, string | undefined>;
};

/**
 * `candor evaluations retry <candidate-id>`: queues a candidate's failed evaluation again on the
 * database, with all its attempts and a new deadline; a running server's worker takes it.
 * Errors: CandorError 'not_found' for an unknown candidate, 'conflict' when its evaluation has not
 * failed, 'storage_failed'.
 */
export async function runRetryEvaluation(
  candidateId: string,
  options: TRetryEvaluationOptions,
  terminal: TTerminal,
): Promise<void> {
  const database = await createDatabase({
    url: options.database ?? (options.env ?? process.env).DATABASE_URL,
  });
  try {
    const candidate = await database.db
      .selectFrom('candidates')
      .select(['id', 'status'])
      .where('id', '=', candidateId)
      .executeTakeFirst();
    if (candidate === undefined) {
      throw new CandorError('not_found', `No candidate with id ${candidateId} in ${database.location}`, {
        location: candidateId,
      });
    }
    const isQueued = await requeueFailedEvaluation(database.db, { candidateId, now: new Date() });
    if (!isQueued) {
      throw new CandorError(
        'conflict',
        `The evaluation of candidate ${candidateId} has not failed (the candidate is ${candidate.status}): nothing to retry.`,
        { location: candidateId },
      );
    }
    terminal.out(`Queued the evaluation of candidate ${candidateId} again; a running server evaluates it.\n`);
  } finally {
    await database.close();
  }
}
