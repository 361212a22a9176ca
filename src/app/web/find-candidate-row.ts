import { CandorError } from '../../core/candor-error.js';
import type { TCandidateRow } from '../ports/candidate-repository.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';

/** One of the actor's organisation's candidates. Errors: CandorError 'not_found' (another organisation's id too). */
export async function findCandidateRow(
  context: TWebContext,
  actor: TActor,
  candidateId: string,
): Promise<TCandidateRow> {
  const row = await repositoriesOf(context).candidates.find(actor.organisationId, candidateId);
  if (row === undefined)
    throw new CandorError('not_found', `No candidate with id ${candidateId}`, { location: 'id' });
  return row;
}
