import { CandorError } from '../core/candor-error.js';
import type { TEvaluationWorkerOptions } from './evaluation-worker.js';

type TSetting = {
  variable: string;
  option: 'concurrency' | 'lockMs' | 'attemptTimeoutMs' | 'deadlineMs';
  unit: string;
  min: number;
  max: number;
  /** Milliseconds per unit. */
  scale: number;
};

const SETTINGS: readonly TSetting[] = [
  {
    variable: 'CANDOR_EVALUATION_CONCURRENCY',
    option: 'concurrency',
    unit: 'evaluations',
    min: 1,
    max: 64,
    scale: 1,
  },
  {
    variable: 'CANDOR_EVALUATION_LEASE_SECONDS',
    option: 'lockMs',
    unit: 'seconds',
    min: 3,
    max: 3600,
    scale: 1000,
  },
  {
    variable: 'CANDOR_EVALUATION_ATTEMPT_TIMEOUT_SECONDS',
    option: 'attemptTimeoutMs',
    unit: 'seconds',
    min: 1,
    max: 3600,
    scale: 1000,
  },
  {
    variable: 'CANDOR_EVALUATION_DEADLINE_MINUTES',
    option: 'deadlineMs',
    unit: 'minutes',
    min: 1,
    max: 7 * 24 * 60,
    scale: 60_000,
  },
];

/**
 * The evaluation queue's settings from the environment: CANDOR_EVALUATION_CONCURRENCY (at once
 * per server), CANDOR_EVALUATION_LEASE_SECONDS, CANDOR_EVALUATION_ATTEMPT_TIMEOUT_SECONDS,
 * CANDOR_EVALUATION_DEADLINE_MINUTES; unset ones keep the worker's defaults. Errors: CandorError
 * 'invalid_argument' naming the variable for a value that is not a whole number in range.
 */
export function readEvaluationSettings(
  env: Record<string, string | undefined>,
): Pick<TEvaluationWorkerOptions, TSetting['option']> {
  const settings: Pick<TEvaluationWorkerOptions, TSetting['option']> = {};
  for (const setting of SETTINGS) {
    const text = env[setting.variable]?.trim();
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < setting.min || value > setting.max) {
      throw new CandorError(
        'invalid_argument',
        `${setting.variable} must be a whole number of ${setting.unit} from ${setting.min} to ${setting.max} (got "${text}").`,
        { location: setting.variable },
      );
    }
    settings[setting.option] = value * setting.scale;
  }
  return settings;
}
