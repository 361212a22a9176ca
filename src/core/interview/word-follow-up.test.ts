import { describe, expect, it } from 'vitest';
import { SEED_JOB, SEED_RESUME } from '../plan/__fixtures__/seed-case.js';
import type { TInterviewPlan, TPlannedQuestion } from '../plan/interview-plan.js';
import { planInterview } from '../plan/plan-interview.js';
import { topicOf, wordFollowUp } from './word-follow-up.js';

const plan: TInterviewPlan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
const byType = (type: TPlannedQuestion['type']) =>
  plan.questions.find((question) => question.type === type) as TPlannedQuestion;
const knowledgeQuestion = plan.questions.find((question) =>
  question.requirementIds.includes('R1'),
) as TPlannedQuestion;
const toolQuestion = plan.questions.find((question) =>
  question.requirementIds.includes('R2'),
) as TPlannedQuestion;

function word(question: TPlannedQuestion, reason: Parameters<typeof wordFollowUp>[0]['reason'], extra = {}) {
  return wordFollowUp({ reason, plan, question, variant: 0, isTentative: false, ...extra });
}

describe('wordFollowUp', () => {
  it('broadens a non-answer around the same topic', () => {
    expect(word(knowledgeQuestion, 'non_answer')).toBe(
      "That's all right. Can you describe any general approaches to machine learning and deep learning algorithms, even if you haven't done it yourself?",
    );
    expect(word(toolQuestion, 'non_answer')).toMatch(
      /^That's all right\. Which tools or methods have you used for similar work/,
    );
  });

  it('asks for a specific example and quantification after a general answer', () => {
    const text = word(knowledgeQuestion, 'vague');
    expect(text).toMatch(/specific example/);
    expect(text).toMatch(/quantify/);
    expect(text).toContain('machine learning and deep learning algorithms');
  });

  it('asks for techniques the candidate used when the answer was tentative', () => {
    expect(word(knowledgeQuestion, 'vague', { isTentative: true })).toMatch(
      /^Can you describe any techniques you've used/,
    );
  });

  it('asks for measurable impact, a rephrasing, or an elaboration', () => {
    expect(word(knowledgeQuestion, 'no_impact')).toMatch(/measurable impact.*quantify/);
    expect(word(knowledgeQuestion, 'off_topic')).toMatch(
      /^Let me put that another way: .*machine learning and deep learning algorithms/,
    );
    expect(word(knowledgeQuestion, 'elaborate', { focus: 'PyTorch' })).toBe(
      'Can you elaborate on how you used PyTorch there, and what difference it made?',
    );
  });

  it('talks about the claim itself on Resume questions', () => {
    const resume = byType('Resume');
    expect(word(resume, 'elaborate')).toMatch(/^Can you elaborate on your own part in that/);
    expect(word(resume, 'off_topic')).toContain(topicOf(plan, resume));
  });

  it('gives a second probe of the same kind a different wording, deterministically', () => {
    const first = wordFollowUp({
      reason: 'vague',
      plan,
      question: knowledgeQuestion,
      variant: 0,
      isTentative: false,
    });
    const second = wordFollowUp({
      reason: 'vague',
      plan,
      question: knowledgeQuestion,
      variant: 1,
      isTentative: false,
    });
    expect(second).not.toBe(first);
    expect(
      wordFollowUp({ reason: 'vague', plan, question: knowledgeQuestion, variant: 0, isTentative: false }),
    ).toBe(first);
  });

  it('refers to a long topic instead of repeating it', () => {
    const topic =
      'machine learning and deep learning algorithms and natural language processing for text generation tasks';
    const grouped = { ...knowledgeQuestion, requirementIds: ['R1', 'R5'], topic };
    expect(word(grouped, 'non_answer')).toBe(
      "That's all right. Can you describe any general approaches to either of those areas, even if you haven't done it yourself?",
    );
    expect(word({ ...grouped, requirementIds: ['R1'] }, 'off_topic')).toContain('with that area?');
  });

  it('asks a tentative candidate what they did with the tools', () => {
    expect(word(toolQuestion, 'vague', { isTentative: true })).toMatch(/^What have you done with Python/);
  });

  it('falls back to the requirement when an edited question has no topic', () => {
    const { topic: _topic, ...withoutTopic } = knowledgeQuestion;
    expect(topicOf(plan, withoutTopic)).toBe('machine learning and deep learning algorithms');
    expect(topicOf(plan, { ...withoutTopic, requirementIds: [] })).toBe('what you just described');
  });
});
