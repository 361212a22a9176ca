import { z } from 'zod';

export const ZRequirementPriority = z.enum(['must', 'nice']);
export type TRequirementPriority = z.infer<typeof ZRequirementPriority>;

export const ZRequirement = z.object({
  /** Stable within one job: R1, R2, … in document order. */
  id: z.string().regex(/^R\d+$/),
  /** The requirement as the job description words it (bullet markers stripped). */
  text: z.string().min(1),
  priority: ZRequirementPriority,
  /** The heading it was found under, e.g. "Requirements", "Nice to have". */
  section: z.string(),
  /** Content words and named technologies used to match evidence (lower case). */
  keywords: z.array(z.string()),
});
export type TRequirement = z.infer<typeof ZRequirement>;

export const ZJob = z.object({
  title: z.string(),
  /** The whole description as plain text. */
  text: z.string(),
  requirements: z.array(ZRequirement),
});
export type TJob = z.infer<typeof ZJob>;
