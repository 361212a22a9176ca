import type { TJob } from '../job.js';
import { LIMITS } from './limits.js';

/** What in an extracted job exceeds a limit (too many requirements, one too long), or null. */
export function describeJobOverLimits(job: TJob): string | null {
  if (job.requirements.length > LIMITS.maxRequirements) {
    return `it lists ${job.requirements.length.toLocaleString('en-US')} requirements; Candor plans interviews for up to ${LIMITS.maxRequirements} (limit maxRequirements). Keep the requirements an interview should test.`;
  }
  const long = job.requirements.find((requirement) => requirement.text.length > LIMITS.maxRequirementLength);
  if (long !== undefined) {
    return `requirement ${long.id} is ${long.text.length.toLocaleString('en-US')} characters long; a requirement may have up to ${LIMITS.maxRequirementLength.toLocaleString('en-US')} (limit maxRequirementLength). Split it into bullets.`;
  }
  return null;
}
