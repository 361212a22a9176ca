import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { parseJobText } from '../ingest/parse-job.js';
import { parseResumeText } from '../ingest/parse-resume.js';
import type { TJob, TRequirement } from '../job.js';
import type { TResume } from '../resume.js';
import { extractKeywords } from '../text/keywords.js';
import { SEED_JOB, SEED_RESUME } from './__fixtures__/seed-case.js';
import { CLOSING_MINUTES, type TInterviewPlan, ZInterviewPlan } from './interview-plan.js';
import { planInterview } from './plan-interview.js';

function requirement(id: string, text: string, priority: 'must' | 'nice' = 'must'): TRequirement {
  return {
    id,
    text,
    priority,
    section: priority === 'must' ? 'Requirements' : 'Nice to have',
    keywords: extractKeywords(text),
  };
}

const NO_RESUME: TResume = {
  contact: { name: null, emails: [], phones: [], urls: [] },
  text: '',
  claims: [],
};

function mustIds(job: TJob): string[] {
  return job.requirements.filter((r) => r.priority === 'must').map((r) => r.id);
}

function coversMust(plan: TInterviewPlan, job: TJob, index: number): boolean {
  const musts = new Set(mustIds(job));
  return (plan.questions[index]?.requirementIds ?? []).some((id) => musts.has(id));
}

function expectAllMustsCovered(plan: TInterviewPlan, job: TJob) {
  const covered = new Set(plan.questions.flatMap((question) => question.requirementIds));
  for (const id of mustIds(job)) expect(covered, `must-have ${id} is covered`).toContain(id);
}

function expectMustsFirst(plan: TInterviewPlan, job: TJob) {
  const firstWithoutMust = plan.questions.findIndex((_, index) => !coversMust(plan, job, index));
  if (firstWithoutMust === -1) return;
  for (let index = firstWithoutMust; index < plan.questions.length; index++) {
    expect(
      coversMust(plan, job, index),
      `${plan.questions[index]?.id} comes after a question with no must-have`,
    ).toBe(false);
  }
}

describe('planInterview on the seed case', () => {
  const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });

  it('covers every must-have', () => {
    expectAllMustsCovered(plan, SEED_JOB);
  });

  it('asks must-have questions before anything else', () => {
    expectMustsFirst(plan, SEED_JOB);
    expect(coversMust(plan, SEED_JOB, 0)).toBe(true);
  });

  it('numbers questions Q1… and refers only to ids that exist', () => {
    expect(plan.questions.map((question) => question.id)).toEqual(
      plan.questions.map((_, index) => `Q${index + 1}`),
    );
    const requirementIds = new Set(SEED_JOB.requirements.map((r) => r.id));
    const claimIds = new Set(SEED_RESUME.claims.map((c) => c.id));
    for (const question of plan.questions) {
      for (const id of question.requirementIds) expect(requirementIds).toContain(id);
      for (const id of question.claimIds) expect(claimIds).toContain(id);
      expect(question.requirementIds.length + question.claimIds.length).toBeGreaterThan(0);
    }
  });

  it('is a valid plan that survives a JSON round trip', () => {
    expect(ZInterviewPlan.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(planInterview({ job: SEED_JOB, resume: SEED_RESUME }))).toBe(JSON.stringify(plan));
  });

  it('keeps to the default budget: 6–8 questions in 25 minutes, closing question included', () => {
    expect(plan.budget).toEqual({ maxQuestions: 7, minutes: 25, maxProbesPerQuestion: 2 });
    expect(plan.questions.length).toBeGreaterThanOrEqual(6);
    expect(plan.questions.length).toBeLessThanOrEqual(plan.budget.maxQuestions);
    const minutes = plan.questions.reduce((sum, question) => sum + question.minutes, 0);
    expect(minutes).toBeLessThanOrEqual(plan.budget.minutes - CLOSING_MINUTES);
    expect(minutes).toBeGreaterThan(plan.budget.minutes - CLOSING_MINUTES - 1);
  });

  it('has a Resume, a Behavioral and a Situational question', () => {
    const types = plan.questions.map((question) => question.type);
    expect(types).toContain('Resume');
    expect(types).toContain('Behavioral');
    expect(types).toContain('Situational');
  });

  it('probes a resume claim that backs must-haves, in the candidate’s own terms', () => {
    const resumeQuestion = plan.questions.find((question) => question.type === 'Resume');
    expect(resumeQuestion?.claimIds).toHaveLength(1);
    expect(resumeQuestion?.text).toMatch(/^Your resume (says|mentions|lists)/);
    expect(resumeQuestion?.requirementIds.some((id) => mustIds(SEED_JOB).includes(id))).toBe(true);
    // Skills and degrees are not probed as "walk me through your part in it".
    const claim = SEED_RESUME.claims.find((c) => c.id === resumeQuestion?.claimIds[0]);
    expect(['achievement', 'experience_years', 'role']).toContain(claim?.kind);
  });

  it('words questions naturally, by kind of requirement', () => {
    const texts = plan.questions.map((question) => question.text);
    expect(texts).toContain(
      'Tell me about recent work where you used Python, TensorFlow, and PyTorch for developing AI models: what was it for, and which parts did you do yourself?',
    );
    expect(texts.some((text) => text.includes('deploying AI models into production environments'))).toBe(
      true,
    );
    for (const text of texts) {
      expect(text).not.toMatch(/\bR\d+\b|\bC\d+\b|undefined|\{|\}/);
      expect(text).not.toMatch(/\b(?:Strong background|Proficiency|Experience) in\b/);
      expect(text).toMatch(/[?.]$/);
    }
  });

  it('gives every question a topic and a complete rubric', () => {
    for (const question of plan.questions) {
      expect(question.topic?.length).toBeGreaterThan(0);
      expect(question.rubric.strong).not.toBe(question.rubric.weak);
    }
  });

  it('copies every requirement and the claims it refers to into the plan', () => {
    expect(plan.requirements.map((r) => r.id)).toEqual(SEED_JOB.requirements.map((r) => r.id));
    const referenced = new Set(plan.questions.flatMap((question) => question.claimIds));
    expect(new Set(plan.claims.map((claim) => claim.id))).toEqual(referenced);
  });
});

describe('planInterview under a tight budget', () => {
  for (const maxQuestions of [1, 2, 3, 4]) {
    it(`still covers all five must-haves in ${maxQuestions} question(s), must-haves first`, () => {
      const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME, budget: { maxQuestions } });
      expect(plan.questions.length).toBeLessThanOrEqual(maxQuestions);
      expectAllMustsCovered(plan, SEED_JOB);
      expectMustsFirst(plan, SEED_JOB);
    });
  }

  it('groups closely related requirements into one question that names each topic', () => {
    const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME, budget: { maxQuestions: 3 } });
    const grouped = plan.questions.filter((question) => question.requirementIds.length > 1);
    expect(grouped.length).toBeGreaterThan(0);
    for (const question of grouped) {
      expect(question.text).toMatch(
        /^Tell me about your experience .+,? and (?:with )?.+: one example of each/,
      );
    }
  });

  it('keeps the minutes within the budget', () => {
    const plan = planInterview({
      job: SEED_JOB,
      resume: SEED_RESUME,
      budget: { maxQuestions: 8, minutes: 12 },
    });
    const minutes = plan.questions.reduce((sum, question) => sum + question.minutes, 0);
    expect(minutes).toBeLessThanOrEqual(12 - CLOSING_MINUTES);
    for (const question of plan.questions) expect(question.minutes).toBeGreaterThan(0);
  });

  it('rejects a budget it cannot keep, naming the field', () => {
    const attempt = () =>
      planInterview({ job: SEED_JOB, resume: SEED_RESUME, budget: { maxQuestions: 10, minutes: 8 } });
    expect(attempt).toThrow(/minutes/);
    try {
      attempt();
    } catch (error) {
      expect(CandorError.isInstance(error) && error.code).toBe('invalid_argument');
    }
  });
});

describe('planInterview on documents read by the real parsers', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const cases = [['the example backend job', 'examples/job.md', 'examples/resume.md']] as const;
  for (const [name, jobPath, resumePath] of cases) {
    it(`plans ${name}: must-haves covered and first, a Resume question, within budget`, () => {
      const job = parseJobText(readFileSync(join(root, jobPath), 'utf8'));
      const resume = parseResumeText(readFileSync(join(root, resumePath), 'utf8'));
      const plan = planInterview({ job, resume });
      expectAllMustsCovered(plan, job);
      expectMustsFirst(plan, job);
      expect(plan.questions.length).toBeLessThanOrEqual(plan.budget.maxQuestions);
      expect(plan.questions.some((question) => question.type === 'Resume')).toBe(true);
      for (const question of plan.questions) expect(question.text).not.toMatch(/^The role asks for [a-z]+,/);
    });
  }
});

describe('planInterview on other jobs', () => {
  it('keeps one Resume question even when must-haves outnumber the questions', () => {
    const requirements = [
      'Experience with Go.',
      'Experience with PostgreSQL.',
      'Experience with Kafka.',
      'Experience with Kubernetes.',
      'Experience with Terraform.',
      'Experience with React.',
      'Experience with Redis.',
      'Experience with gRPC.',
      'Experience with Linux.',
    ].map((text, index) => requirement(`R${index + 1}`, text));
    const job: TJob = { title: 'Platform Engineer', text: '', requirements };
    const resume: TResume = {
      ...NO_RESUME,
      claims: [
        {
          id: 'C1',
          kind: 'achievement',
          text: 'Migrated 40 services from Redis queues to Kafka with zero downtime.',
          details: {},
          keywords: extractKeywords('Migrated 40 services from Redis queues to Kafka with zero downtime.'),
        },
      ],
    };
    const plan = planInterview({ job, resume });
    expect(plan.questions).toHaveLength(7);
    expectAllMustsCovered(plan, job);
    const resumeQuestion = plan.questions.find((question) => question.type === 'Resume');
    expect(resumeQuestion?.text).toMatch(/^Your resume says you migrated 40 services/);
    expect(resumeQuestion?.requirementIds).toEqual(expect.arrayContaining(['R3', 'R7']));
  });

  it('asks soft skills as Behavioral questions and years as a question about depth', () => {
    const job: TJob = {
      title: 'Backend Engineer',
      text: '',
      requirements: [
        requirement('R1', '5+ years of experience with Go'),
        requirement('R2', 'Excellent written and verbal communication skills'),
        requirement('R3', 'Solid understanding of distributed systems'),
      ],
    };
    const plan = planInterview({ job, resume: NO_RESUME });
    const byRequirement = (id: string) =>
      plan.questions.find((question) => question.requirementIds.includes(id));
    expect(byRequirement('R1')?.text).toMatch(/^The role asks for 5\+ years of experience with Go\./);
    expect(byRequirement('R2')?.type).toBe('Behavioral');
    expect(byRequirement('R2')?.text).toMatch(/^Tell me about a time you had to explain/);
    expect(byRequirement('R3')?.type).toBe('Situational');
    expectAllMustsCovered(plan, job);
  });

  it('turns "experience doing X" into "Tell me about a time you did X"', () => {
    const job: TJob = {
      title: 'ML Engineer',
      text: '',
      requirements: [
        requirement('R1', 'Hands-on experience deploying models to production.'),
        requirement('R2', 'Experience building data pipelines.'),
        requirement('R3', 'Solid understanding of distributed systems.'),
      ],
    };
    const plan = planInterview({ job, resume: NO_RESUME });
    const texts = plan.questions.map((question) => question.text);
    // The first experience requirement becomes the Behavioral question, the second a plain JD one
    // (the knowledge requirement takes the Situational form).
    expect(texts).toContain(
      'Tell me about the hardest time you had deploying models to production: what made it hard, what did you do, and how did it turn out?',
    );
    expect(texts.some((text) => text.startsWith('Tell me about a time you built data pipelines'))).toBe(true);
  });

  it('fills spare slots with nice-to-haves after the must-haves', () => {
    const job: TJob = {
      title: 'Data Engineer',
      text: '',
      requirements: [
        requirement('R1', 'Proficiency in SQL and Python.'),
        requirement('R2', 'Experience with Kubernetes.', 'nice'),
      ],
    };
    const plan = planInterview({ job, resume: NO_RESUME });
    expect(plan.questions.map((question) => question.requirementIds)).toEqual([['R1'], ['R2']]);
  });

  it('still asks something when the job lists no requirements and the resume no claims', () => {
    const plan = planInterview({ job: { title: '', text: '', requirements: [] }, resume: NO_RESUME });
    expect(plan.questions).toHaveLength(1);
    expect(plan.questions[0]?.type).toBe('Behavioral');
    expect(ZInterviewPlan.safeParse(plan).success).toBe(true);
  });
});
