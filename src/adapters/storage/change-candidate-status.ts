import type { Kysely } from 'kysely';
import type { TCandidateStatusChange } from '../../app/ports/candidate-repository.js';
import { candidateStatusesLeadingTo } from '../../core/candidate/candidate-statuses-leading-to.js';
import { checkCandidateTransition } from '../../core/candidate/check-candidate-transition.js';
import { CandorError } from '../../core/candor-error.js';
import type { TDatabase } from './database-schema.js';

/**
 * The one write of a candidate's status: sets `to` (and `set`, and `updated_at`) only where the
 * current status may become `to` (CANDIDATE_TRANSITIONS), in one conditional UPDATE, so a
 * concurrent change cannot slip a refused transition in. Resolves to whether it changed the row.
 * With `isRefusalAnError`, a refused change throws CandorError 'conflict' naming it (from → to);
 * otherwise it resolves to false (the caller treats "already past that" as done). `from` narrows
 * the statuses it changes from (a self-transition such as completed → completed is then left
 * out by naming only the others). Pass a transaction as `db` to change the status inside it.
 */
export async function changeCandidateStatus(
  db: Kysely<TDatabase>,
  input: TCandidateStatusChange,
): Promise<boolean> {
  const from = candidateStatusesLeadingTo(input.to).filter(
    (status) => input.from === undefined || input.from.includes(status),
  );
  // Nothing may lead there (`IN ()` is an error on PostgreSQL): refused without asking.
  if (from.length > 0) {
    const result = await db
      .updateTable('candidates')
      .set({ ...input.set, status: input.to, updated_at: input.now })
      .where('id', '=', input.candidateId)
      .where('status', 'in', from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return true;
  }
  if (input.isRefusalAnError !== true) return false;
  const row = await db
    .selectFrom('candidates')
    .select('status')
    .where('id', '=', input.candidateId)
    .executeTakeFirst();
  if (row === undefined) throw new CandorError('not_found', `No candidate ${input.candidateId}.`);
  checkCandidateTransition(row.status, input.to);
  // Allowed now, refused a moment ago: another request changed the status in between.
  throw new CandorError(
    'conflict',
    `The candidate's status changed while this request ran (now ${row.status}); try again.`,
    { location: 'status' },
  );
}
