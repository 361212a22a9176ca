import type { Selectable } from 'kysely';
import type { TJobsTable } from '../../adapters/storage/database-schema.js';
import { CandorError } from '../../core/candor-error.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * One of the actor's organisation's jobs. Errors: CandorError 'not_found', the same for an id
 * that does not exist and for another organisation's id, so ids reveal nothing.
 */
export async function findJobRow(
  context: TWebContext,
  actor: TActor,
  jobId: string,
): Promise<Selectable<TJobsTable>> {
  const row = await context.db
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', jobId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (row === undefined) throw new CandorError('not_found', `No job with id ${jobId}`, { location: 'id' });
  return row;
}
