import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { answerInterviewQuestion } from '../../app/web/answer-interview-question.js';
import { askNextInterviewQuestion } from '../../app/web/ask-next-interview-question.js';
import { consentToInterview } from '../../app/web/consent-to-interview.js';
import { getInterviewRoom } from '../../app/web/get-interview-room.js';
import { recordSelfIdentification } from '../../app/web/record-self-identification.js';
import { requestHumanInterview } from '../../app/web/request-human-interview.js';
import { undoInterviewSkip } from '../../app/web/undo-interview-skip.js';
import type { TWebContext } from '../../app/web/web-context.js';
import {
  ZAnswerBody,
  ZInterviewRoom,
  ZSelfIdentificationBody,
  ZStreamedQuestion,
} from '../../contract/api-schemas.js';
import type { TKeyedLock } from '../create-keyed-lock.js';
import { jsonContent, problems } from '../openapi-helpers.js';
import type { TServerEnv } from '../server-env.js';
import { toProblem } from '../to-problem.js';

const tags = ['Interview room'];
const ZTokenParams = z.object({ token: z.string().max(200) });

const roomRoute = createRoute({
  method: 'get',
  path: '/api/interview/{token}',
  tags,
  summary:
    'The interview a link opens: notice, progress, the waiting question and the chat so far (never scores)',
  request: { params: ZTokenParams },
  responses: { 200: jsonContent(ZInterviewRoom, 'The room'), ...problems(404, 410, 429) },
});

const consentRoute = createRoute({
  method: 'post',
  path: '/api/interview/{token}/consent',
  tags,
  summary: 'The candidate agrees to the notice: the interview starts',
  request: { params: ZTokenParams },
  responses: { 200: jsonContent(ZInterviewRoom, 'The room'), ...problems(404, 410, 429) },
});

const nextRoute = createRoute({
  method: 'post',
  path: '/api/interview/{token}/next',
  tags,
  summary:
    'The next question, streamed (text/event-stream): `token` events carry pieces of its text, then `question` {turnId, text, timeWarning} or `done` {}; the waiting question again after a refresh. With Accept: application/json, the question (or {"done": true}) as JSON.',
  request: { params: ZTokenParams },
  responses: {
    200: {
      description: 'The question',
      content: {
        'text/event-stream': { schema: z.string() },
        'application/json': { schema: z.union([ZStreamedQuestion, z.object({ done: z.literal(true) })]) },
      },
    },
    ...problems(404, 409, 410, 429),
  },
});

const answerRoute = createRoute({
  method: 'post',
  path: '/api/interview/{token}/answer',
  tags,
  summary:
    "Answer the waiting question (stored before anything else); the room's paste and focus events go with it",
  request: { params: ZTokenParams, body: { ...jsonContent(ZAnswerBody, 'The answer'), required: true } },
  responses: { 200: jsonContent(ZInterviewRoom, 'The room'), ...problems(400, 404, 409, 410, 429) },
});

const undoSkipRoute = createRoute({
  method: 'post',
  path: '/api/interview/{token}/undo-skip',
  tags,
  summary:
    'Take back a skip: the skipped question waits again and the one asked after it is withdrawn (only while no later answer exists)',
  request: {
    params: ZTokenParams,
    body: {
      ...jsonContent(z.object({ turnId: z.string().max(20) }), 'The skipped question'),
      required: true,
    },
  },
  responses: { 200: jsonContent(ZInterviewRoom, 'The room'), ...problems(400, 404, 409, 410, 429) },
});

const humanRoute = createRoute({
  method: 'post',
  path: '/api/interview/{token}/human',
  tags,
  summary:
    'The candidate asks for an interview with a person instead, at any time before the interview is complete: the AI interview ends, is never evaluated, and the recruiter sees the request',
  request: { params: ZTokenParams },
  responses: { 200: jsonContent(ZInterviewRoom, 'The room'), ...problems(404, 409, 410, 429) },
});

const selfIdentificationRoute = createRoute({
  method: 'post',
  path: '/api/interview/{token}/self-identification',
  tags,
  summary:
    'Voluntary self-identification after the interview (EEO-1 sex and race/ethnicity; "decline" always offered): stored apart from the interview, never seen by the evaluator or on the candidate page, read only by the adverse-impact report',
  request: {
    params: ZTokenParams,
    body: { ...jsonContent(ZSelfIdentificationBody, 'The answers'), required: true },
  },
  responses: { 200: jsonContent(ZInterviewRoom, 'The room'), ...problems(400, 404, 409, 410, 429) },
});

/** Pieces of a question for the stream when no model streams it: a word at a time. */
function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [text];
}

export type TInterviewRoutesOptions = {
  context: TWebContext;
  lock: TKeyedLock;
  log: (error: unknown) => void;
};

/** The candidate's endpoints: authorised by the link token alone, and able to reach nothing else. */
export function registerInterviewRoutes(
  app: OpenAPIHono<TServerEnv>,
  { context, lock, log }: TInterviewRoutesOptions,
) {
  app.openapi(roomRoute, async (c) =>
    c.json(await getInterviewRoom(context, c.req.valid('param').token), 200),
  );

  app.openapi(consentRoute, async (c) => {
    const { token } = c.req.valid('param');
    return c.json(await lock(token, () => consentToInterview(context, token)), 200);
  });

  app.openapi(nextRoute, async (c) => {
    const { token } = c.req.valid('param');
    if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
      const next = await lock(token, () => askNextInterviewQuestion(context, token));
      return c.json(
        next.kind === 'done'
          ? { done: true as const }
          : { turnId: next.turnId, text: next.text, timeWarning: next.timeWarning, position: next.position },
        200,
      );
    }
    // Check the link first, so a bad one is a plain problem+json answer rather than a stream.
    await getInterviewRoom(context, token);
    return streamSSE(c, async (stream) => {
      const aborter = new AbortController();
      stream.onAbort(() => aborter.abort());
      let hasStreamed = false;
      let writes = Promise.resolve();
      try {
        const next = await lock(token, () =>
          askNextInterviewQuestion(context, token, {
            signal: aborter.signal,
            onToken: (text) => {
              hasStreamed = true;
              writes = writes.then(() => stream.writeSSE({ event: 'token', data: text }));
            },
          }),
        );
        await writes;
        if (next.kind === 'done') {
          await stream.writeSSE({ event: 'done', data: '{}' });
          return;
        }
        if (!hasStreamed) {
          for (const piece of pieces(next.text)) await stream.writeSSE({ event: 'token', data: piece });
        }
        await stream.writeSSE({
          event: 'question',
          data: JSON.stringify({
            turnId: next.turnId,
            text: next.text,
            timeWarning: next.timeWarning,
            position: next.position,
          }),
        });
      } catch (error) {
        if (aborter.signal.aborted) return;
        await stream.writeSSE({ event: 'error', data: JSON.stringify(toProblem(error, log).problem) });
      }
    });
  });

  app.openapi(humanRoute, async (c) => {
    const { token } = c.req.valid('param');
    return c.json(await lock(token, () => requestHumanInterview(context, token)), 200);
  });

  app.openapi(selfIdentificationRoute, async (c) => {
    const { token } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await lock(token, () => recordSelfIdentification(context, token, body)), 200);
  });

  app.openapi(answerRoute, async (c) => {
    const { token } = c.req.valid('param');
    const body = c.req.valid('json');
    const room = await lock(token, () =>
      answerInterviewQuestion(context, token, {
        turnId: body.turnId,
        answer: body.answer,
        ...(body.skip === undefined ? {} : { skip: body.skip }),
        events: body.events,
      }),
    );
    return c.json(room, 200);
  });

  app.openapi(undoSkipRoute, async (c) => {
    const { token } = c.req.valid('param');
    const { turnId } = c.req.valid('json');
    return c.json(await lock(token, () => undoInterviewSkip(context, token, turnId)), 200);
  });
}
