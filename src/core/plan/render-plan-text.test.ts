import { describe, expect, it } from 'vitest';
import { SEED_JOB, SEED_RESUME } from './__fixtures__/seed-case.js';
import { planInterview } from './plan-interview.js';
import { renderPlanText } from './render-plan-text.js';

describe('renderPlanText', () => {
  const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
  const text = renderPlanText(plan);

  it('shows each question with its type, what it tests and its rubric', () => {
    for (const question of plan.questions) expect(text).toContain(`${question.id} · ${question.type} · `);
    expect(text).toContain('R3 (must) Experience in deploying AI models into production environments.');
    const resumeClaim = plan.claims.find((claim) =>
      plan.questions.some((q) => q.type === 'Resume' && q.claimIds.includes(claim.id)),
    );
    expect(text).toContain(`${resumeClaim?.id} (resume) `);
    expect(text.match(/^ {2}Strong: /gm)).toHaveLength(plan.questions.length);
    expect(text.match(/^ {2}Adequate: /gm)).toHaveLength(plan.questions.length);
    expect(text.match(/^ {2}Weak: /gm)).toHaveLength(plan.questions.length);
  });

  it('ends with the closing question and what no question covers', () => {
    expect(text).toContain('Do you have any questions for us about the role or the team?');
    expect(text).toMatch(/Not covered by any question:\n {2}- R7 \(nice\) Experience with AWS or GCP/);
  });

  it('keeps lines to 100 columns', () => {
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
