import { describe, expect, it } from 'vitest';
import { readEvaluationSettings } from './read-evaluation-settings.js';

describe('readEvaluationSettings', () => {
  it('reads each setting in its unit, and leaves unset ones to the worker', () => {
    expect(readEvaluationSettings({})).toEqual({});
    expect(
      readEvaluationSettings({
        CANDOR_EVALUATION_CONCURRENCY: '4',
        CANDOR_EVALUATION_LEASE_SECONDS: '20',
        CANDOR_EVALUATION_ATTEMPT_TIMEOUT_SECONDS: ' 90 ',
        CANDOR_EVALUATION_DEADLINE_MINUTES: '30',
      }),
    ).toEqual({ concurrency: 4, lockMs: 20_000, attemptTimeoutMs: 90_000, deadlineMs: 1_800_000 });
  });

  it('names the variable of a value it cannot use', () => {
    expect(() => readEvaluationSettings({ CANDOR_EVALUATION_CONCURRENCY: '0' })).toThrow(
      'CANDOR_EVALUATION_CONCURRENCY must be a whole number of evaluations from 1 to 64 (got "0").',
    );
    expect(() => readEvaluationSettings({ CANDOR_EVALUATION_LEASE_SECONDS: '2.5' })).toThrow(
      /CANDOR_EVALUATION_LEASE_SECONDS must be a whole number of seconds/,
    );
  });
});
