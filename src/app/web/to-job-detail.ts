import type { TJobDetail } from '../../contract/api-schemas.js';
import { ZJob } from '../../core/job.js';
import { ZInterviewPlan } from '../../core/plan/interview-plan.js';
import type { TJobRecord } from '../ports/records.js';
import { parseStoredJson } from './parse-stored-json.js';

export function toJobDetail(row: TJobRecord): TJobDetail {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    job: parseStoredJson(ZJob, row.job_json, 'jobs.job_json'),
    plan: parseStoredJson(ZInterviewPlan, row.plan_json, 'jobs.plan_json'),
  };
}
