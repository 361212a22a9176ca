import { afterEach, describe, expect, it } from 'vitest';
import {
  startScriptedOpenAIServer,
  type TScriptedOpenAIServer,
} from '../../test/support/scripted-openai-server.js';
import {
  createJobWithCandidate,
  openTestApp,
  parseEvents,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';

describe('the interview room with a model wording the questions', () => {
  let model: TScriptedOpenAIServer | undefined;
  let server: TTestApp | undefined;
  afterEach(async () => {
    await server?.dispose();
    await model?.close();
  });

  it("streams the model's words as they come, and stores the question before it is answered", async () => {
    const worded =
      'Could you walk me through a payment service you designed, and how it held up in production?';
    model = await startScriptedOpenAIServer([{ kind: 'content', content: worded, chunkSize: 7 }]);
    server = await openTestApp('sqlite', { model: `openai-compatible:${model.baseURL}#scripted`, env: {} });
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { candidateId } = await createJobWithCandidate(recruiter);
    const { token } = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    const candidate = new TestClient(server.app);
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);

    const response = await candidate.request('POST', `/api/interview/${token}/next`, {
      headers: { accept: 'text/event-stream' },
    });
    const events = parseEvents(await response.text());
    const tokens = events.filter((event) => event.event === 'token').map((event) => event.data);
    const question = JSON.parse(events.find((event) => event.event === 'question')?.data ?? '{}');
    expect(model.requests[0]?.body?.stream).toBe(true);
    expect(tokens.length).toBeGreaterThan(5);
    expect(tokens.join('').trim()).toBe(question.text);
    expect(question.text).toContain('walk me through a payment service you designed');
    const room = await candidate.expect(200, 'GET', `/api/interview/${token}`);
    expect(room.currentQuestion).toMatchObject({ turnId: 'T1', text: question.text, timeWarning: null });
    expect(room.currentQuestion?.position).toEqual({
      questionNumber: 1,
      questionCount: expect.any(Number),
      followUpNumber: null,
      isClosing: false,
    });
    const detail = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(detail.status).toBe('in_progress');
  });
});
