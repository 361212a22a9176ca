import type { TCandidateSummary, TComparison, TRecommendation } from '../api/types';

/** A candidate summary for tests: evaluated with `recommendation`, or not evaluated when it is null. */
export function candidateSummary(
  id: string,
  name: string,
  recommendation: TRecommendation | null,
  change: Partial<TCandidateSummary> = {},
): TCandidateSummary {
  return {
    id,
    jobId: 'job-1',
    name,
    fileName: `${name.toLowerCase().replace(/\s+/g, '-')}.pdf`,
    status: recommendation === null ? 'invited' : 'evaluated',
    progress: null,
    recommendation,
    redFlagCount: recommendation === null ? null : 0,
    mustHaves: recommendation === null ? null : { met: 1, total: 2 },
    humanRequestedAt: null,
    decision: null,
    invitation: null,
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...change,
  };
}

/** Four candidates for one job with three requirements. */
export function comparisonFixture(): TComparison {
  return {
    job: { id: 'job-1', title: 'Senior Backend Engineer' },
    requirements: [
      { id: 'R1', text: '5+ years building backend services', priority: 'must' },
      { id: 'R2', text: 'PostgreSQL tuning', priority: 'must' },
      { id: 'R3', text: 'Kubernetes', priority: 'nice' },
    ],
    rows: [
      {
        candidate: candidateSummary('c-bo', 'Bo Chen', 'Recommend with Reservations', { redFlagCount: 1 }),
        coverage: { R1: 'met', R2: 'gap', R3: 'met' },
        mustHaveMet: 1,
        mustHaveTotal: 2,
        redFlags: ['Evasive answers'],
      },
      {
        candidate: candidateSummary('c-ana', 'Ana Silva', 'Strongly Recommend', {
          decision: {
            decision: 'advance',
            reason: 'Clear, measured answers',
            isOverride: false,
            decidedBy: 'Rita Recruiter',
            decidedAt: '2025-01-02T10:00:00.000Z',
          },
        }),
        coverage: { R1: 'met', R2: 'met', R3: 'partial' },
        mustHaveMet: 2,
        mustHaveTotal: 2,
        redFlags: [],
      },
      {
        candidate: candidateSummary('c-cy', 'Cy Dorn', null),
        coverage: {},
        mustHaveMet: 0,
        mustHaveTotal: 2,
        redFlags: [],
      },
      {
        candidate: candidateSummary('c-dee', 'Dee Evans', 'Do Not Recommend', {
          redFlagCount: 2,
          decision: {
            decision: 'hold',
            reason: 'Worth a second conversation',
            isOverride: true,
            decidedBy: 'Rita Recruiter',
            decidedAt: '2025-01-02T11:00:00.000Z',
          },
        }),
        coverage: { R1: 'partial', R2: 'unverified', R3: 'gap' },
        mustHaveMet: 0,
        mustHaveTotal: 2,
        redFlags: ['Resume discrepancy', 'Possibly assisted answers'],
      },
    ],
  };
}
