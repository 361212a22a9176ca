import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { createMemoryAuditLog } from '../../adapters/audit-log.js';
import { generateResult, promptText } from '../../adapters/models/__fixtures__/model-replies.js';
import { SEED_JOB, SEED_RESUME } from '../../core/plan/__fixtures__/seed-case.js';
import { PROMPT_VERSION } from '../../core/plan/build-plan-wording-prompt.js';
import type { TInterviewPlan } from '../../core/plan/interview-plan.js';
import { parsePlan } from '../../core/plan/parse-plan.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { type TWordPlanWithModelInput, wordPlanWithModel } from './word-plan-with-model.js';

const MODEL_ID = 'openai:gpt-test';
const { name, emails, phones } = SEED_RESUME.contact;

/** The seed plan, its first claim carrying the candidate's contact details (as a sloppy parse might). */
function planWithContactDetails(): TInterviewPlan {
  const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
  const [first, ...rest] = plan.claims;
  if (first === undefined) throw new Error('the seed plan cites no claim');
  return {
    ...plan,
    claims: [{ ...first, text: `${name} (${emails[0]}, ${phones[0]}): ${first.text}` }, ...rest],
  };
}

const worded = (id: string) => `In your own words, ${id}: what did you build, and how did it go?`;
const reply = (ids: readonly string[], text: (id: string) => string = worded) =>
  JSON.stringify({ questions: ids.map((id) => ({ id, text: text(id) })) });
const mockModel = (...replies: string[]) =>
  new MockLanguageModelV3({ doGenerate: replies.map((text) => generateResult(text)) });

const word = (
  model: MockLanguageModelV3,
  plan: TInterviewPlan,
  overrides: Partial<TWordPlanWithModelInput> = {},
) =>
  wordPlanWithModel({
    plan,
    resume: SEED_RESUME,
    model,
    modelId: MODEL_ID,
    now: () => 1_700_000_000_000,
    ...overrides,
  });

/** Everything of a plan but the questions' texts. */
const withoutTexts = (plan: TInterviewPlan) => ({
  ...plan,
  questions: plan.questions.map(({ text: _text, ...rest }) => rest),
});

describe('wordPlanWithModel (mock model)', () => {
  it("replaces every question's text and nothing else, and audits the call", async () => {
    const plan = planWithContactDetails();
    const ids = plan.questions.map((question) => question.id);
    const model = mockModel(reply(ids));
    const auditLog = createMemoryAuditLog();
    const result = await word(model, plan, { auditLog });

    expect(result.notes).toEqual([]);
    expect(result.plan.questions.map((question) => question.text)).toEqual(ids.map(worded));
    expect(withoutTexts(result.plan)).toEqual(withoutTexts(plan));
    expect(parsePlan(JSON.parse(JSON.stringify(result.plan)))).toEqual(result.plan);

    const call = model.doGenerateCalls[0]!;
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(call.temperature).toBe(0);
    expect(call.responseFormat).toMatchObject({ type: 'json', name: 'plan_wording' });
    expect(auditLog.entries).toEqual([
      {
        at: '2023-11-14T22:13:20.000Z',
        promptVersion: PROMPT_VERSION,
        model: MODEL_ID,
        operation: 'plan_wording',
        inputTokens: 1200,
        outputTokens: 400,
        latencyMs: 0,
        ok: true,
        attempt: 1,
      },
    ]);
  });

  it('sends no name, email or phone, and puts placeholders back in the reply', async () => {
    const plan = planWithContactDetails();
    const ids = plan.questions.map((question) => question.id);
    const model = mockModel(
      reply(ids, (id) =>
        id === 'Q1' ? 'Which project did [CANDIDATE_NAME] lead, and what was your part?' : worded(id),
      ),
    );
    const result = await word(model, plan);

    const sent = promptText(model.doGenerateCalls[0]!);
    expect(sent).toContain('[CANDIDATE_NAME] ([EMAIL_1], [PHONE_1])');
    for (const detail of [name!, ...name!.split(' '), emails[0]!, phones[0]!, '555-0142']) {
      expect(sent).not.toContain(detail);
    }
    expect(result.plan.questions[0]?.text).toBe(`Which project did ${name} lead, and what was your part?`);

    // Without redaction the same plan does send them: the check above can fail.
    const unredacted = mockModel(reply(ids));
    await word(unredacted, plan, { redact: false });
    expect(promptText(unredacted.doGenerateCalls[0]!)).toContain(emails[0]);
  });

  it('keeps the template for a missing id and ignores an invented one, with notes', async () => {
    const plan = planWithContactDetails();
    const ids = plan.questions.map((question) => question.id);
    const [first, second, ...rest] = ids;
    // Q2 is left out; "Q99" is made up.
    const model = mockModel(reply([first!, ...rest, 'Q99']));
    const result = await word(model, plan);

    expect(result.plan.questions.map((question) => question.id)).toEqual(ids);
    expect(result.plan.questions[1]?.text).toBe(plan.questions[1]?.text);
    expect(result.plan.questions[0]?.text).toBe(worded(first!));
    expect(result.plan.questions.at(-1)?.text).toBe(worded(ids.at(-1)!));
    expect(result.notes).toEqual([
      'The model worded a question the plan does not have ("Q99"); it was left out.',
      `${second} keeps its template wording: the model did not word it.`,
    ]);
    expect(withoutTexts(result.plan)).toEqual(withoutTexts(plan));
    expect(() => parsePlan(result.plan)).not.toThrow();
  });

  it('keeps the template for an unusable text: empty, several questions, too long, the rubric given away, twice worded', async () => {
    const plan = planWithContactDetails();
    const ids = plan.questions.map((question) => question.id);
    const texts: Record<string, string> = {
      Q1: '   ',
      Q2: 'What? Why? How? When? Where?',
      Q3: `Tell me about ${'your work and '.repeat(50)}what happened?`,
      Q4: `What did you build? A strong answer: ${plan.questions[3]!.rubric.strong}`,
    };
    const model = mockModel(
      JSON.stringify({
        questions: [
          ...ids.map((id) => ({ id, text: texts[id] ?? worded(id) })),
          { id: 'Q5', text: 'And again, Q5: what did you build?' },
        ],
      }),
    );
    const result = await word(model, plan);

    for (const index of [0, 1, 2, 3, 4]) {
      expect(result.plan.questions[index]?.text).toBe(plan.questions[index]?.text);
    }
    expect(result.plan.questions[5]?.text).toBe(worded('Q6'));
    expect(result.notes).toEqual([
      'Q1 keeps its template wording: its text was empty.',
      'Q2 keeps its template wording: its text asked several questions.',
      'Q3 keeps its template wording: its text was too long.',
      'Q4 keeps its template wording: its text gave away the rubric.',
      'Q5 keeps its template wording: the model worded it more than once.',
    ]);
  });

  it('returns the template plan with one note when the reply is not JSON', async () => {
    const plan = planWithContactDetails();
    const auditLog = createMemoryAuditLog();
    const result = await word(mockModel('Sure! Here are some great questions.'), plan, { auditLog });
    expect(result.plan).toEqual(plan);
    expect(result.notes).toEqual([
      `${MODEL_ID} could not word the plan (the reply was not JSON); every question keeps its template wording.`,
    ]);
    expect(auditLog.entries).toMatchObject([{ ok: false, error: 'malformed reply: not JSON', attempt: 1 }]);
  });

  it('returns the template plan with one note when the model does not answer in time', async () => {
    const plan = planWithContactDetails();
    const model = new MockLanguageModelV3({
      doGenerate: ({ abortSignal }) =>
        new Promise((_, reject) => {
          abortSignal?.addEventListener('abort', () => reject(abortSignal.reason));
        }),
    });
    const result = await word(model, plan, { timeoutMs: 50, maxRetries: 0 });
    expect(result.plan).toEqual(plan);
    expect(result.notes).toEqual([
      `${MODEL_ID} could not word the plan (no reply within 50 ms); every question keeps its template wording.`,
    ]);
  });
});
