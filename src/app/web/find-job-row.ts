import { CandorError } from '../../core/candor-error.js';
import type { TJobRow } from '../ports/job-repository.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/**
 * One of the actor's organisation's jobs. Errors: CandorError 'not_found', the same for an id
 * that does not exist and for another organisation's id, so ids reveal nothing.
 */
export async function findJobRow(context: TWebContext, actor: TActor, jobId: string): Promise<TJobRow> {
  const row = await repositoriesOf(context).jobs.find(actor.organisationId, jobId);
  if (row === undefined) throw new CandorError('not_found', `No job with id ${jobId}`, { location: 'id' });
  return row;
}
