import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flatteringJudgement, INVENTED_SENTENCES } from '../../test/support/flattering-judgement.js';
import {
  startScriptedOpenAIServer,
  type TScriptedOpenAIServer,
} from '../../test/support/scripted-openai-server.js';
import { RECOMMENDATIONS, type TEvaluation, ZEvaluation } from '../core/evaluation.js';
import { parseJobText } from '../core/ingest/parse-job.js';
import { parseResumeText } from '../core/ingest/parse-resume.js';
import type { TJob } from '../core/job.js';
import type { TResume } from '../core/resume.js';
import { evaluateOffline } from '../core/rubric/evaluate-offline.js';
import type { TTranscript } from '../core/transcript.js';
import { evaluateCandidate } from './evaluate-candidate.js';
import { loadJob } from './load-job.js';
import { loadResume } from './load-resume.js';
import { loadTranscript } from './load-transcript.js';

/*
 * A model that flatters and invents (the most favourable value in every field, the same invented
 * sentence in every string) behind a real OpenAI-compatible server on 127.0.0.1, against every
 * graded case in the repository: nothing it invented reaches the report, and the recommendation
 * stays within one level of the evidence-based call (here: exactly on it, since its quotes verify
 * nothing).
 */
const CASES = new URL('../../test/fixtures/cases/', import.meta.url);
const caseNames = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let server: TScriptedOpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function withFlatterer(
  job: TJob,
  transcript: TTranscript,
  sentence: string,
  quoting = false,
): Promise<string> {
  const reply = JSON.stringify(
    flatteringJudgement({
      requirementIds: job.requirements.map((requirement) => requirement.id),
      answers: transcript.turns.map((turn) => turn.answer),
      sentence,
      quoting,
    }),
  );
  server = await startScriptedOpenAIServer(() => ({ kind: 'content', content: reply }), 'ollama');
  return `openai-compatible:${server.baseURL}#flatterer`;
}

const rank = (recommendation: TEvaluation['recommendation']) => RECOMMENDATIONS.indexOf(recommendation);

function expectNothingInvented(report: TEvaluation, sentence: string) {
  const text = JSON.stringify(report);
  expect(text).not.toContain(sentence);
  for (const fragment of [
    'Google',
    '40 people',
    'Kubernetes to 10 million',
    'outstanding hire',
    'exceeds every',
  ]) {
    expect(text).not.toContain(fragment);
  }
}

describe('evaluateCandidate with a model that flatters and invents', () => {
  it('has 13 graded cases to run', () => {
    expect(caseNames).toHaveLength(13);
  });

  it.each(caseNames)('%s: nothing invented in the report, the evidence-based call holds', async (name) => {
    const { job } = await loadJob(new URL(`${name}/job.md`, CASES).pathname);
    const { resume } = await loadResume(new URL(`${name}/resume.md`, CASES).pathname);
    const transcript = await loadTranscript(new URL(`${name}/transcript.json`, CASES).pathname);
    // One evaluation date for both, so roles "to present" count the same.
    const asOf = '2026-06-01';
    const offline = evaluateOffline({ job, resume, transcript, asOf }).evaluation;

    for (const sentence of Object.values(INVENTED_SENTENCES)) {
      const model = await withFlatterer(job, transcript, sentence);
      const report = await evaluateCandidate({ job, resume, transcript, model, env: {}, asOf });
      await server!.close();
      server = undefined;

      expect(ZEvaluation.parse(report)).toEqual(report);
      expectNothingInvented(report, sentence);
      expect(report.recommendation).toBe(offline.recommendation);
      expect(report.policy.model).toMatchObject({
        recommendation: 'Strongly Recommend',
        evidenceBased: offline.recommendation,
        move: offline.recommendation === 'Strongly Recommend' ? 'kept' : 'lowered',
      });
      // Every field the model emptied fell back to the evidence-based text.
      expect(report.summary).toBe(offline.summary);
      expect(report.justification.startsWith(offline.justification)).toBe(true);
      expect(report.answers.map((answer) => answer.evaluation)).toEqual(
        offline.answers.map((answer) => answer.evaluation),
      );
      expect(report.notes.some((note) => note.includes('sentences the model wrote were removed'))).toBe(true);
    }

    // A cleverer flatterer quotes the candidate's real answers, so its quotes verify: it may lift
    // the call one level where a quoted answer shows evidence the rules missed, never more, and
    // never above the ceiling.
    const model = await withFlatterer(job, transcript, INVENTED_SENTENCES.facts, true);
    const report = await evaluateCandidate({ job, resume, transcript, model, env: {} });
    expectNothingInvented(report, INVENTED_SENTENCES.facts);
    expect(Math.abs(rank(report.recommendation) - rank(offline.recommendation))).toBeLessThanOrEqual(1);
    expect(rank(report.recommendation)).toBeGreaterThanOrEqual(rank(offline.policy.ceiling));
    expect(report.policy.model?.reason.length).toBeGreaterThan(0);
    if (report.recommendation !== offline.recommendation) {
      expect(report.policy.model?.reason).toMatch(
        /verified quotes show evidence the rules missed: turn \d+ on R\d+/,
      );
    }
  });
});

describe('an interview of weak answers with a flattering model', () => {
  const job = parseJobText(
    [
      '# Backend Engineer',
      '',
      '## Requirements',
      '- Designing and operating production services in Go or Python',
      '- Relational databases: schema design, indexing and query tuning in PostgreSQL',
      '- Incident response and on-call for customer-facing systems',
      '- Automated testing and continuous delivery',
    ].join('\n'),
  );
  const resume: TResume = parseResumeText(
    [
      'Sam Rivera',
      '',
      'Experience',
      'Backend Engineer, Tallyho (2019–2024)',
      '- Built and operated Go services for payments.',
      '- Tuned PostgreSQL queries and indexes.',
      '',
      'Skills: Go, Python, PostgreSQL, Kubernetes',
    ].join('\n'),
  );
  const weakAnswers = [
    'Honestly I have not done much of that myself, other people on the team usually handled the services.',
    'I am not really sure, I think the database stuff was mostly done by someone else, I just used it.',
    'Not much to say there honestly, I was not on call very often and others fixed things when they broke.',
    'I guess we had some tests, but I did not really set any of that up myself, sorry.',
  ];
  const transcript: TTranscript = {
    version: 1,
    turns: [
      'Tell me about a production service you designed and operated.',
      'How have you designed a schema or tuned a slow query in PostgreSQL?',
      'Walk me through an incident you handled while on call.',
      'How did you set up automated testing and delivery on a project?',
    ].map((question, index) => ({
      id: `t${index + 1}`,
      type: 'JD' as const,
      question,
      answer: weakAnswers[index]!,
      requirementIds: [`R${index + 1}`],
      claimIds: [],
    })),
  };

  it('is Do Not Recommend offline, and stays there whether the flatterer invents or quotes the answers', async () => {
    const offline = evaluateOffline({ job, resume, transcript }).evaluation;
    expect(offline.recommendation).toBe('Do Not Recommend');
    for (const quoting of [false, true]) {
      const sentence = INVENTED_SENTENCES.facts;
      const model = await withFlatterer(job, transcript, sentence, quoting);
      const report = await evaluateCandidate({ job, resume, transcript, model, env: {} });
      await server!.close();
      server = undefined;
      expect(report.recommendation).toBe('Do Not Recommend');
      expect(report.policy.model?.move).toBe('lowered');
      expect(report.policy.model?.reason).toMatch(
        /none of its verified quotes shows evidence the rules missed/,
      );
      expectNothingInvented(report, sentence);
      expect(Math.abs(rank(report.recommendation) - rank(offline.recommendation))).toBeLessThanOrEqual(1);
    }
  });
});

describe('evaluateCandidate settings', () => {
  it('reads the token budget from CANDOR_TOKEN_BUDGET and names it when it is unusable', async () => {
    const { job } = await loadJob(new URL('seed-genai-engineer/job.md', CASES).pathname);
    const { resume } = await loadResume(new URL('seed-genai-engineer/resume.md', CASES).pathname);
    const transcript = await loadTranscript(new URL('seed-genai-engineer/transcript.json', CASES).pathname);
    const model = await withFlatterer(job, transcript, INVENTED_SENTENCES.praise);
    const input = { job, resume, transcript, model };
    await expect(evaluateCandidate({ ...input, env: { CANDOR_TOKEN_BUDGET: 'lots' } })).rejects.toMatchObject(
      {
        code: 'invalid_argument',
        message: 'CANDOR_TOKEN_BUDGET must be a whole number of tokens, at least 1000 (got "lots").',
      },
    );
    const trimmed = await evaluateCandidate({ ...input, env: { CANDOR_TOKEN_BUDGET: '1700' } });
    expect(trimmed.notes.join('\n')).toMatch(
      /longer than the model's input budget \(about \d+ tokens for 1700\)/,
    );
    // An explicit budget wins over the variable.
    const whole = await evaluateCandidate({
      ...input,
      env: { CANDOR_TOKEN_BUDGET: '1700' },
      tokenBudget: 24_000,
    });
    expect(whole.notes.join('\n')).not.toMatch(/input budget/);
  });
});
