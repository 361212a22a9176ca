import type { TJobDetail } from '../../contract/api-schemas.js';
import { workOf } from '../work/work-of.js';
import { EMPTY_RESUME } from './empty-resume.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';
import { safeFileName } from './with-uploaded-file.js';

export type TCreateJobInput = {
  /** Pasted text (Markdown, plain text or schema.org JobPosting JSON), or an uploaded file. */
  source: { kind: 'text'; text: string } | { kind: 'file'; bytes: Uint8Array; fileName: string };
  /** Replaces the title found in the description. */
  title?: string;
  /** The interview's language (ISO 639-1); English by default. */
  language?: string;
};

/** What a pasted description is called in error messages ("pasted job description: no requirements found…"). */
const PASTED_NAME = 'pasted job description';

/**
 * Creates a job from its description: extracts the requirements and plans the interview the job
 * alone implies (each candidate's interview adds questions on their resume, unless the recruiter
 * edits this plan). Errors: CandorError 'invalid_document' naming the file and the problem
 * (unreadable, wrong type, too large, no requirements); nothing is stored then.
 */
export async function createJob(
  context: TWebContext,
  actor: TActor,
  input: TCreateJobInput,
): Promise<TJobDetail> {
  const { source } = input;
  const bytes = source.kind === 'text' ? new TextEncoder().encode(source.text) : source.bytes;
  const fileName = source.kind === 'text' ? PASTED_NAME : safeFileName(source.fileName);
  const work = workOf(context);
  const extracted = await work.readJob(actor.organisationId, { bytes, fileName });
  const title = input.title?.trim() || extracted.title.trim() || 'Untitled job';
  const job = { ...extracted, title };
  const language = input.language ?? 'en';
  const plan = await work.planInterview(actor.organisationId, { job, resume: EMPTY_RESUME, language });
  const now = context.now().toISOString();
  const row = {
    id: context.newId(),
    organisation_id: actor.organisationId,
    title,
    job_json: JSON.stringify(job),
    plan_json: JSON.stringify(plan),
    plan_edited: 0,
    interview_language: language,
    file_name: source.kind === 'file' ? fileName : null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await repositoriesOf(context).jobs.insert(row);
  return { id: row.id, title, createdAt: now, job, plan };
}
