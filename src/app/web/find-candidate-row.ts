import type { Selectable } from 'kysely';
import type { TCandidatesTable } from '../../adapters/storage/database-schema.js';
import { CandorError } from '../../core/candor-error.js';
import type { TActor, TWebContext } from './web-context.js';

/** One of the actor's organisation's candidates. Errors: CandorError 'not_found' (another organisation's id too). */
export async function findCandidateRow(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<Selectable<TCandidatesTable>> {
  const row = await context.db
    .selectFrom('candidates')
    .selectAll()
    .where('id', '=', candidateId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (row === undefined)
    throw new CandorError('not_found', `No candidate with id ${candidateId}`, { location: 'id' });
  return row;
}
