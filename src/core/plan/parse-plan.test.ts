import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { SEED_JOB, SEED_RESUME } from './__fixtures__/seed-case.js';
import { DEFAULT_CLOSING_QUESTION } from './interview-plan.js';
import { parsePlan, safeParsePlan } from './parse-plan.js';
import { planInterview } from './plan-interview.js';

const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });

type TDraftQuestion = {
  id?: string;
  type: string;
  text: string;
  topic?: string;
  requirementIds: string[];
  claimIds: string[];
  rubric: { strong: string };
};
type TDraftPlan = {
  questions: TDraftQuestion[];
  budget: { maxQuestions: number };
  closingQuestion?: string;
  claims?: unknown;
};

/** The question at `index` of a draft, for editing. */
function question(draft: TDraftPlan, index: number): TDraftQuestion {
  const found = draft.questions[index];
  if (found === undefined) throw new Error(`no question ${index}`);
  return found;
}

function edited(edit: (draft: TDraftPlan) => void): string {
  const draft = JSON.parse(JSON.stringify(plan));
  edit(draft);
  return JSON.stringify(draft, null, 2);
}

function errorOf(input: unknown): CandorError {
  const result = safeParsePlan(input);
  if (result.success) throw new Error('expected the plan to be rejected');
  return result.error;
}

describe('parsePlan', () => {
  it('accepts a plan file as text or as parsed JSON', () => {
    expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('accepts a hand-edited plan with the optional parts left out', () => {
    const value = parsePlan(
      edited((draft) => {
        question(draft, 0).text = 'What is the most interesting model you have trained?';
        delete question(draft, 0).topic;
        delete draft.closingQuestion;
        delete draft.claims;
        for (const each of draft.questions) each.claimIds = [];
      }),
    );
    expect(value.questions[0]?.text).toBe('What is the most interesting model you have trained?');
    expect(value.closingQuestion).toBe(DEFAULT_CLOSING_QUESTION);
  });

  it('names the question and the field of an empty rubric level', () => {
    const error = errorOf(edited((draft) => (question(draft, 2).rubric.strong = '  ')));
    expect(error.code).toBe('invalid_transcript');
    expect(error.message).toMatch(/^Plan question Q3 \(questions\[2\]\), field "rubric\.strong": /);
    expect(error.location).toBe('questions[2].rubric.strong');
  });

  it('names the question and the field of an unknown type', () => {
    const error = errorOf(edited((draft) => (question(draft, 1).type = 'Trivia')));
    expect(error.message).toMatch(/Plan question Q2 .*field "type"/);
  });

  it('names a question by position when its id is missing', () => {
    const error = errorOf(edited((draft) => delete question(draft, 4).id));
    expect(error.message).toMatch(/Plan question number 5 \(questions\[4\]\), field "id"/);
  });

  it('rejects ids that refer to nothing and duplicate ids', () => {
    expect(errorOf(edited((draft) => question(draft, 0).requirementIds.push('R42'))).message).toMatch(
      /Q1 .*field "requirementIds\[1\]": R42 is not one of the plan's requirements/,
    );
    expect(errorOf(edited((draft) => (question(draft, 3).id = 'Q1'))).message).toMatch(/duplicate id Q1/);
  });

  it('rejects more questions than the budget allows', () => {
    expect(errorOf(edited((draft) => (draft.budget.maxQuestions = 3))).message).toMatch(/exceed the budget/);
  });

  it('reports broken JSON and a plan that is not an object', () => {
    expect(errorOf('{ "questions": [').message).toMatch(/not valid JSON/);
    expect(errorOf('[]').code).toBe('invalid_transcript');
  });

  it('throws the CandorError from parsePlan', () => {
    expect(() => parsePlan('{}')).toThrow(CandorError);
  });
});
