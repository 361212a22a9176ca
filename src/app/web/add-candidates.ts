import type { TCandidateSummary } from '../../contract/api-schemas.js';
import { CandorError } from '../../core/candor-error.js';
import type { TResume } from '../../core/resume.js';
import { workOf } from '../work/work-of.js';
import { findJobRow } from './find-job-row.js';
import { loadCandidateSummaries } from './load-candidate-summaries.js';
import { repositoriesOf } from './repositories-of.js';
import type { TActor, TWebContext } from './web-context.js';
import { safeFileName } from './with-uploaded-file.js';

export type TUploadedFile = { fileName: string; bytes: Uint8Array };

export type TAddCandidatesResult = {
  created: TCandidateSummary[];
  /** Files refused, each with the problem in words (too large, wrong type, damaged, encrypted, scanned). */
  rejected: { fileName: string; problem: string }[];
};

/**
 * Adds one candidate per resume to a job. Every file is read on its own: a refused file is
 * reported with its problem and stores nothing, and does not stop the others. Errors: CandorError
 * 'not_found' for the job; anything other than an unreadable document (storage) is thrown.
 */
export async function addCandidates(
  context: TWebContext,
  actor: TActor,
  input: { jobId: string; files: readonly TUploadedFile[]; origin: string },
): Promise<TAddCandidatesResult> {
  const job = await findJobRow(context, actor, input.jobId);
  const work = workOf(context);
  const createdIds: string[] = [];
  const rejected: TAddCandidatesResult['rejected'] = [];
  for (const file of input.files) {
    const fileName = safeFileName(file.fileName);
    let resume: TResume;
    try {
      resume = await work.readResume(actor.organisationId, { bytes: file.bytes, fileName });
    } catch (error) {
      if (CandorError.isInstance(error) && error.code === 'invalid_document') {
        // The file is named beside the problem: the message does not name it again.
        let problem = error.message;
        while (problem.startsWith(`${fileName}: `)) problem = problem.slice(fileName.length + 2);
        rejected.push({ fileName, problem: problem.charAt(0).toUpperCase() + problem.slice(1) });
        continue;
      }
      throw error;
    }
    const now = context.now().toISOString();
    const id = context.newId();
    await repositoriesOf(context).candidates.insert({
      id,
      organisation_id: actor.organisationId,
      job_id: job.id,
      name: resume.contact.name,
      file_name: fileName,
      resume_json: JSON.stringify(resume),
      status: 'new',
      interview_session_id: null,
      recommendation: null,
      red_flag_count: null,
      created_at: now,
      updated_at: now,
    });
    createdIds.push(id);
  }
  const summaries = await loadCandidateSummaries(context, actor, {
    candidateIds: createdIds,
    origin: input.origin,
  });
  const created = createdIds.flatMap((id) => summaries.filter((summary) => summary.id === id));
  return { created, rejected };
}
