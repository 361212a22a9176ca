import { describe, expect, it } from 'vitest';
import type { TEvaluation } from '../evaluation.js';
import { compareWithExpected } from './compare-with-expected.js';
import { ZExpectedOutcome } from './expected-outcome.js';
import { quadraticWeightedKappa, summarizeCalibration } from './summarize-calibration.js';

function evaluation(
  recommendation: TEvaluation['recommendation'],
  verdicts: TEvaluation['answers'][number]['verdict'][],
  flags: TEvaluation['redFlags'][number]['kind'][] = [],
): TEvaluation {
  return {
    schemaVersion: 1,
    candidate: { name: null },
    job: { title: 'Role' },
    engine: { kind: 'offline', model: 'offline' },
    summary: '',
    alignment: { overview: '', strengths: [], gaps: [] },
    requirements: [
      {
        requirementId: 'R1',
        requirement: 'Runs the night shift.',
        priority: 'must',
        status: 'met',
        resumeEvidence: [],
        interviewEvidence: [],
        note: 'Shown in turn 1.',
      },
      {
        requirementId: 'R2',
        requirement: 'Leads Lean projects',
        priority: 'nice',
        status: 'unverified',
        resumeEvidence: [],
        interviewEvidence: [],
        note: 'Resume only.',
      },
    ],
    technicalSkills: { summary: '', evidence: [] },
    communication: { summary: '', evidence: [] },
    redFlags: flags.map((kind) => ({ kind, severity: 'medium', summary: kind, evidence: [] })),
    answers: verdicts.map((verdict, index) => ({
      turn: index + 1,
      turnId: `t${index + 1}`,
      type: 'JD',
      question: 'Q?',
      answer: 'A.',
      verdict,
      scored: true,
      evaluation: '',
      justification: `rule for turn ${index + 1}`,
      requirementIds: [],
    })),
    recommendation,
    justification: 'Because.',
    policy: { ceiling: 'Strongly Recommend', reasons: ['a rule fired'] },
    notes: [],
  };
}

describe('quadraticWeightedKappa', () => {
  it('is 1 for perfect agreement, lower as calls drift, negative when they oppose', () => {
    expect(quadraticWeightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 4)).toBe(1);
    const near = quadraticWeightedKappa([0, 1, 2, 3], [1, 1, 2, 3], 4)!;
    expect(near).toBeLessThan(1);
    expect(near).toBeGreaterThan(0.8);
    expect(quadraticWeightedKappa([0, 1, 2, 3], [3, 2, 1, 0], 4)).toBeLessThan(0);
    expect(quadraticWeightedKappa([], [], 4)).toBeNull();
  });
});

describe('compareWithExpected and summarizeCalibration', () => {
  const key = ZExpectedOutcome.parse({
    recommendation: 'Recommend',
    acceptable: ['Strongly Recommend'],
    red_flags: ['inconsistency'],
    must_not_flag: ['evasive', 'resume_discrepancy'],
    answers: ['strong', 'weak', 'adequate'],
    requirements_met: ['Runs the night shift'],
    requirements_gaps: ['Leads Lean projects'],
  });

  it('scores a report against its key: band, verdicts, flags and requirements', () => {
    const comparison = compareWithExpected(
      'case',
      evaluation('Strongly Recommend', ['strong', 'adequate', 'adequate'], ['evasive']),
      key,
    );
    expect(comparison.isExact).toBe(false);
    expect(comparison.isWithinBand).toBe(true);
    expect(comparison.distance).toBe(1);
    expect(comparison.verdicts.filter((verdict) => verdict.actual !== verdict.expected)).toEqual([
      { turn: 2, expected: 'weak', actual: 'adequate', reason: 'rule for turn 2' },
    ]);
    expect(comparison.flagsMissed).toEqual(['inconsistency']);
    expect(comparison.flagsForbiddenRaised).toEqual(['evasive']);
    expect(comparison.requirements.map((requirement) => [requirement.expected, requirement.actual])).toEqual([
      ['met', 'met'],
      ['gap', 'unverified'],
    ]);
  });

  it('adds up many cases: agreement, confusion matrix and per-flag precision and recall', () => {
    const summary = summarizeCalibration([
      compareWithExpected(
        'a',
        evaluation('Recommend', ['strong', 'weak', 'adequate'], ['inconsistency']),
        key,
      ),
      compareWithExpected(
        'b',
        evaluation('Do Not Recommend', ['weak', 'weak', 'adequate'], ['evasive']),
        key,
      ),
    ]);
    expect(summary.recommendation).toMatchObject({ exact: 1, withinBand: 1 });
    expect(summary.recommendation.adjacent).toBe(1);
    expect(summary.verdicts).toMatchObject({ total: 6, exact: 5 });
    const strongRow = summary.verdicts.labels.indexOf('strong');
    expect(summary.verdicts.confusion[strongRow]![summary.verdicts.labels.indexOf('weak')]).toBe(1);
    const inconsistency = summary.flags.find((flag) => flag.kind === 'inconsistency')!;
    expect(inconsistency).toMatchObject({ truePositives: 1, falseNegatives: 1, precision: 1, recall: 0.5 });
    const evasive = summary.flags.find((flag) => flag.kind === 'evasive')!;
    expect(evasive).toMatchObject({ falsePositives: 1, precision: 0, recall: null });
    expect(summary.requirements).toEqual({ total: 4, agreed: 2 });
  });
});
