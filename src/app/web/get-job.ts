import type { TJobDetail } from '../../contract/api-schemas.js';
import { findJobRow } from './find-job-row.js';
import { toJobDetail } from './to-job-detail.js';
import type { TActor, TWebContext } from './web-context.js';

/** One job with its requirements and plan. Errors: CandorError 'not_found'. */
export async function getJob(context: TWebContext, actor: TActor, jobId: string): Promise<TJobDetail> {
  return toJobDetail(await findJobRow(context, actor, jobId));
}
