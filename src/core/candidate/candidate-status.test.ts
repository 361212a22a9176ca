import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { CANDIDATE_TRANSITIONS, type TCandidateStatus, ZCandidateStatus } from './candidate-status.js';
import { candidateStatusesLeadingTo } from './candidate-statuses-leading-to.js';
import { checkCandidateTransition } from './check-candidate-transition.js';

/** Every change Candor makes, and why. */
const ALLOWED: [TCandidateStatus, TCandidateStatus][] = [
  ['new', 'invited'], // a link is created
  ['invited', 'new'], // the link is revoked before the interview starts
  ['new', 'in_progress'], // consent: the live link decides, not the status
  ['invited', 'in_progress'], // consent
  ['new', 'completed'], // a stranded, complete interview found by the worker's sweep
  ['invited', 'completed'],
  ['in_progress', 'completed'], // the closing answer
  ['new', 'human_requested'],
  ['invited', 'human_requested'],
  ['in_progress', 'human_requested'],
  ['completed', 'evaluating'], // a worker takes the job
  ['completed', 'failed'], // the worker died on the last attempt before it began
  ['completed', 'completed'], // the recruiter retries a job that failed before it began
  ['evaluating', 'evaluated'],
  ['evaluating', 'failed'],
  ['evaluating', 'completed'], // an attempt failed: queued again
  ['evaluating', 'evaluating'], // another worker took over after the lease ran out
  ['failed', 'completed'], // the recruiter retries
];

const REFUSED: [TCandidateStatus, TCandidateStatus][] = [
  ['new', 'evaluated'],
  ['new', 'evaluating'],
  ['invited', 'failed'],
  ['in_progress', 'new'],
  ['in_progress', 'invited'],
  ['in_progress', 'in_progress'],
  ['in_progress', 'evaluated'],
  ['completed', 'in_progress'],
  ['completed', 'human_requested'],
  ['evaluating', 'human_requested'],
  ['evaluated', 'completed'],
  ['evaluated', 'evaluating'],
  ['evaluated', 'new'],
  ['failed', 'evaluated'],
  ['failed', 'evaluating'],
  ['human_requested', 'in_progress'],
  ['human_requested', 'completed'],
  ['human_requested', 'new'],
];

describe('the candidate status machine', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => checkCandidateTransition(from, to)).not.toThrow();
    expect(candidateStatusesLeadingTo(to)).toContain(from);
  });

  it.each(REFUSED)('refuses %s → %s with a conflict naming it', (from, to) => {
    let thrown: unknown;
    try {
      checkCandidateTransition(from, to);
    } catch (error) {
      thrown = error;
    }
    expect(CandorError.isInstance(thrown)).toBe(true);
    const error = thrown as CandorError;
    expect(error.code).toBe('conflict');
    expect(error.location).toBe('status');
    expect(error.message).toContain(`(${from} → ${to})`);
    expect(candidateStatusesLeadingTo(to)).not.toContain(from);
  });

  it('lists exactly the allowed changes, so every pair is either tested allowed or refused', () => {
    const listed = ZCandidateStatus.options.flatMap((from) =>
      CANDIDATE_TRANSITIONS[from].map((to) => `${from}→${to}`),
    );
    expect(listed.sort()).toEqual(ALLOWED.map(([from, to]) => `${from}→${to}`).sort());
  });

  it('says which statuses are final and what a status may become instead', () => {
    expect(() => checkCandidateTransition('evaluated', 'completed')).toThrow(
      'A candidate who is evaluated cannot become waiting for evaluation (evaluated → completed); evaluated is final.',
    );
    expect(() => checkCandidateTransition('failed', 'evaluated')).toThrow('from failed only completed');
  });
});
