import { z } from 'zod';
import { ZRecommendation, ZRedFlagKind, ZVerdict } from '../evaluation.js';

/**
 * A graded interview's answer key (`expected.json`, docs/calibration.md): what an expert says a
 * correct report concludes. It is never shown to the engine; `candor calibrate` compares to it.
 */
export const ZExpectedOutcome = z.object({
  recommendation: ZRecommendation,
  /** Other defensible recommendations (empty where only one call is defensible). */
  acceptable: z.array(ZRecommendation).default([]),
  /** Flags a correct report must raise. */
  red_flags: z.array(ZRedFlagKind).default([]),
  /** Flags that would be false positives. */
  must_not_flag: z.array(ZRedFlagKind).default([]),
  /** One verdict per transcript turn, in order. */
  answers: z.array(ZVerdict),
  /** Requirement texts (as in the job, minus a final full stop) the evidence meets. */
  requirements_met: z.array(z.string()).default([]),
  /** Requirement texts the evidence shows as gaps. */
  requirements_gaps: z.array(z.string()).default([]),
  notes: z.string().default(''),
});
export type TExpectedOutcome = z.infer<typeof ZExpectedOutcome>;
