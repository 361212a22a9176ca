import { afterEach, describe, expect, it } from 'vitest';
import { flatteringJudgement, INVENTED_SENTENCES } from '../../test/support/flattering-judgement.js';
import {
  startScriptedOpenAIServer,
  type TScriptedOpenAIServer,
} from '../../test/support/scripted-openai-server.js';
import { ZEvaluation } from '../core/evaluation.js';
import {
  completeInterview,
  createJobWithCandidate,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

/*
 * The web app's evaluation job (runEvaluationJob, through the queue's worker) with a model that
 * flatters and invents: the stored report holds nothing it invented, and weak answers stay at
 * Do Not Recommend.
 */
const WEAK_ANSWER =
  'Honestly I have not done much of that myself, other people on the team usually handled it and I mostly watched.';

describe('the web evaluation job with a flattering, inventing model', () => {
  let model: TScriptedOpenAIServer | undefined;
  let server: TTestApp | undefined;
  afterEach(async () => {
    await server?.dispose();
    await model?.close();
  });

  it('stores a report with no invented sentence, at the evidence-based Do Not Recommend', async () => {
    const sentence = INVENTED_SENTENCES.facts;
    const reply = JSON.stringify(
      flatteringJudgement({
        requirementIds: Array.from({ length: 12 }, (_, index) => `R${index + 1}`),
        answers: Array.from({ length: 12 }, () => WEAK_ANSWER),
        sentence,
      }),
    );
    // The same server words the questions (streamed) and judges the interview (one JSON reply).
    model = await startScriptedOpenAIServer((request) =>
      request.body?.stream === true
        ? { kind: 'content', content: 'What did you do there yourself, and what happened?' }
        : { kind: 'content', content: reply },
    );
    server = await openTestApp('sqlite', { model: `openai-compatible:${model.baseURL}#flatterer`, env: {} });
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { candidateId } = await createJobWithCandidate(recruiter);
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    await completeInterview(new TestClient(server.app), link.token, WEAK_ANSWER);

    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();

    const detail = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(detail.status).toBe('evaluated');
    const report = ZEvaluation.parse(detail.report);
    expect(report.engine.kind).toBe('model');
    expect(JSON.stringify(detail)).not.toContain(sentence);
    expect(JSON.stringify(detail)).not.toMatch(/Google|40 people|10 million/);
    expect(report.policy.model).toMatchObject({
      recommendation: 'Strongly Recommend',
      evidenceBased: 'Do Not Recommend',
      move: 'lowered',
    });
    expect(report.recommendation).toBe('Do Not Recommend');
    expect(detail.recommendation).toBe('Do Not Recommend');
    const markdown = await recruiter.request('GET', `/api/candidates/${candidateId}/report?format=markdown`);
    expect(markdown.status).toBe(200);
    const text = await markdown.text();
    expect(text).toMatch(/^# Candidate Evaluation Report/);
    expect(text).not.toContain('Google');
  });
});
