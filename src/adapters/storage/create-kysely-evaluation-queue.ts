import type { Kysely } from 'kysely';
import type { TEvaluationQueue } from '../../app/ports/evaluation-queue.js';
import { claimQueueItem } from './claim-queue-item.js';
import type { TDatabase } from './database-schema.js';
import { enqueueEvaluationJob } from './enqueue-evaluation-job.js';
import { failAbandonedEvaluationJobs } from './fail-abandoned-evaluation-jobs.js';
import { renewEvaluationLease } from './renew-evaluation-lease.js';
import { requeueFailedEvaluation } from './requeue-failed-evaluation.js';
import { settleEvaluationJob } from './settle-evaluation-job.js';

/** TEvaluationQueue on the `evaluation_jobs` table (SQLite or PostgreSQL, the same SQL). */
export function createKyselyEvaluationQueue(db: Kysely<TDatabase>): TEvaluationQueue {
  return {
    enqueue: (input) => enqueueEvaluationJob(db, input),
    claim: (input) => claimQueueItem(db, 'evaluation_jobs', input),
    renewLease: (job, input) => renewEvaluationLease(db, job, input),
    settle: (job, input) => settleEvaluationJob(db, job, input),
    failAbandoned: (now) => failAbandonedEvaluationJobs(db, now),
    requeueFailed: (input) => requeueFailedEvaluation(db, input),
    latest(candidateId) {
      return db
        .selectFrom('evaluation_jobs')
        .select(['status', 'attempts', 'max_attempts', 'queued_at', 'created_at', 'last_error'])
        .where('candidate_id', '=', candidateId)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
  };
}
