import { afterEach, describe, expect, it } from 'vitest';
import {
  startScriptedOpenAIServer,
  type TScriptedOpenAIServer,
} from '../../test/support/scripted-openai-server.js';
import {
  createJobWithCandidate,
  openTestApp,
  STRONG_ANSWER,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';

/*
 * A model that fails every request (a real HTTP server on 127.0.0.1 answering 503): after three
 * failed wordings in a row the circuit opens and the interview stops asking it — the rules word
 * the rest at once — until a probe after the cool-down. /readyz shows the circuit.
 */
describe('the model circuit breaker in an interview', () => {
  let model: TScriptedOpenAIServer | undefined;
  let server: TTestApp | undefined;
  afterEach(async () => {
    await server?.dispose();
    await model?.close();
  });

  it('stops asking a failing model after three failures in a row, and probes it again after the cool-down', async () => {
    model = await startScriptedOpenAIServer(() => ({ kind: 'error', status: 503, message: 'overloaded' }));
    server = await openTestApp('sqlite', { model: `openai-compatible:${model.baseURL}#broken`, env: {} });
    const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
    const { candidateId } = await createJobWithCandidate(recruiter);
    const { token } = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    const candidate = new TestClient(server.app);
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);

    const ask = () =>
      candidate.expect(200, 'POST', `/api/interview/${token}/next`, {
        headers: { accept: 'application/json' },
      });
    const answer = (turnId: string) =>
      candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
        json: { turnId, answer: STRONG_ANSWER, events: [] },
      });
    const requestsAfter: number[] = [];
    for (let question = 0; question < 6; question++) {
      const next = await ask();
      expect(next.done).toBeUndefined();
      requestsAfter.push(model.requests.length);
      await answer(next.turnId);
    }
    // Three questions reached the model (each with the SDK's retries); the next three did not.
    expect(requestsAfter[0]).toBeGreaterThan(0);
    expect(requestsAfter[2]).toBeGreaterThan(requestsAfter[1] as number);
    expect(requestsAfter.slice(3)).toEqual([requestsAfter[2], requestsAfter[2], requestsAfter[2]]);

    const ready = (await (await server.app.request('/readyz')).json()) as { models: unknown[] };
    expect(ready.models).toEqual([
      expect.objectContaining({
        name: 'openai-compatible:broken wording',
        state: 'open',
        consecutiveFailures: 3,
      }),
      expect.objectContaining({ name: 'openai-compatible:broken judgement', state: 'closed' }),
    ]);

    // After the cool-down one probe goes to the model; it fails, and the circuit opens again.
    server.clock.advance(31_000);
    const before = model.requests.length;
    const probed = await ask();
    expect(model.requests.length).toBeGreaterThan(before);
    await answer(probed.turnId);
    const after = model.requests.length;
    const next = await ask();
    if (next.done !== true) expect(model.requests.length).toBe(after);
    const reopened = (await (await server.app.request('/readyz')).json()) as { models: unknown[] };
    expect(reopened.models[0]).toMatchObject({ state: 'open', consecutiveFailures: 4 });
  }, 120_000);
});
