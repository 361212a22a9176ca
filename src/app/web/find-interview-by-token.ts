import type { Selectable } from 'kysely';
import type {
  TCandidatesTable,
  TInterviewLinksTable,
  TJobsTable,
} from '../../adapters/storage/database-schema.js';
import { createKyselySessionStore } from '../../adapters/storage/kysely-session-store.js';
import { prepareQuery } from '../../adapters/storage/prepare-query.js';
import { CandorError } from '../../core/candor-error.js';
import type { TInterviewSession } from '../../core/interview/session-store.js';
import { hashToken } from './hash-token.js';
import type { TWebContext } from './web-context.js';

/** After its link expires, an interview already under way may still finish within its budget plus this. */
const GRACE_MINUTES = 60;

export type TInterviewAccess = {
  link: Selectable<TInterviewLinksTable>;
  candidate: Selectable<TCandidatesTable>;
  job: Selectable<TJobsTable>;
  organisationName: string;
  /** Who the candidate writes to for a human interview instead: the recruiter who created the job. */
  contactEmail: string;
  /** The interview, once the candidate consented. */
  session: TInterviewSession | undefined;
  /** The candidate answered the voluntary self-identification form (whether, never what). */
  selfIdentified: boolean;
};

// Compiled once: they run on every request of every interview.
const selectLink = prepareQuery((db, tokenHash: string) =>
  db
    .selectFrom('interview_links')
    .innerJoin('candidates', 'candidates.id', 'interview_links.candidate_id')
    .innerJoin('jobs', 'jobs.id', 'candidates.job_id')
    .innerJoin('organisations', 'organisations.id', 'candidates.organisation_id')
    .innerJoin('users', 'users.id', 'jobs.created_by')
    .selectAll('interview_links')
    .select((eb) => [
      'jobs.id as job_id',
      'organisations.name as organisation_name',
      'users.email as contact_email',
      eb
        .exists(
          eb
            .selectFrom('self_identifications')
            .select('self_identifications.id')
            .whereRef('self_identifications.candidate_id', '=', 'candidates.id'),
        )
        .as('self_identified'),
    ])
    .where('interview_links.token_hash', '=', tokenHash)
    .whereRef('interview_links.organisation_id', '=', 'candidates.organisation_id')
    .whereRef('jobs.organisation_id', '=', 'candidates.organisation_id'),
);
const selectCandidate = prepareQuery((db, id: string) =>
  db.selectFrom('candidates').selectAll().where('id', '=', id),
);
const selectJob = prepareQuery((db, id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id));

const INVALID =
  'This interview link is not valid. Check that the whole link was copied, or ask the recruiter for a new one.';

/**
 * What an interview link opens: exactly one candidate's interview, and nothing else. Errors:
 * CandorError 'not_found' for a token that opens nothing; 'link_revoked' for a revoked
 * or replaced link; 'link_expired' once it expired (an interview under way may finish first).
 */
export async function findInterviewByToken(context: TWebContext, token: string): Promise<TInterviewAccess> {
  if (!/^[a-z2-7]{20,64}$/.test(token)) throw new CandorError('not_found', INVALID, { location: 'token' });
  const [row] = await selectLink(context.db, hashToken(token));
  if (row === undefined) throw new CandorError('not_found', INVALID, { location: 'token' });
  const { job_id, organisation_name, contact_email, self_identified, ...link } = row;
  const [[candidate], [job]] = await Promise.all([
    selectCandidate(context.db, link.candidate_id),
    selectJob(context.db, job_id),
  ]);
  if (candidate === undefined || job === undefined) {
    throw new CandorError('not_found', INVALID, { location: 'token' });
  }
  // The pages for a link that no longer works name who sent it and whom to write to.
  const contact = `${organisation_name} sent this link; write to ${contact_email}`;
  if (link.revoked_at !== null) {
    throw new CandorError(
      'link_revoked',
      `This interview link is no longer valid: it was withdrawn or replaced. ${contact} for a current link.`,
    );
  }
  const session =
    candidate.interview_session_id === null
      ? undefined
      : await createKyselySessionStore({ db: context.db }).get(candidate.interview_session_id);
  const now = context.now();
  if (now.toISOString() >= link.expires_at) {
    const state = session?.state;
    const deadline =
      state === undefined || state.status !== 'in_progress'
        ? undefined
        : Date.parse(state.startedAt) + (state.plan.budget.minutes + GRACE_MINUTES) * 60_000;
    if (deadline === undefined || now.getTime() >= deadline) {
      throw new CandorError(
        'link_expired',
        `This interview link has expired. ${contact} for a new link if you would still like to interview.`,
      );
    }
  }
  return {
    link,
    candidate,
    job,
    organisationName: organisation_name,
    contactEmail: contact_email,
    session,
    // 1 or 0 from SQLite, a boolean from PostgreSQL.
    selfIdentified: Boolean(self_identified),
  };
}
