import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { findJobRow } from '../../app/web/find-job-row.js';
import { isCredentialLive } from '../../app/web/is-credential-live.js';
import { listCandidates } from '../../app/web/list-candidates.js';
import type { TWebContext } from '../../app/web/web-context.js';
import { createSharedSnapshots } from '../create-shared-snapshots.js';
import { problems } from '../openapi-helpers.js';
import { actorOf, type TServerEnv } from '../server-env.js';
import { toProblem } from '../to-problem.js';

const eventsRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/events',
  tags: ['Candidates'],
  summary:
    "Live status (text/event-stream): a `candidates` event with the job's candidate list (as GET /api/jobs/{id}/candidates) now and whenever it changes. The stream ends after a while (EventSource reconnects), and at once when the session is signed out or the token revoked.",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: 'The stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...problems(401, 404),
  },
});

export type TJobEventsRoutesOptions = {
  context: TWebContext;
  /** How often the list is checked for changes (default 2000 ms). */
  intervalMs?: number;
  /** How long one stream lasts (default 10 minutes): a stream never outlives a session by long. */
  lifetimeMs?: number;
  log: (error: unknown) => void;
};

/** Live candidate status without polling from the browser: the server polls the database for it. */
export function registerJobEventsRoutes(
  app: OpenAPIHono<TServerEnv>,
  { context, intervalMs = 2000, lifetimeMs = 10 * 60_000, log }: TJobEventsRoutesOptions,
) {
  // One query and one serialisation per job per half tick, however many streams are open on it.
  const snapshots = createSharedSnapshots<string>(intervalMs / 2);
  app.openapi(eventsRoute, async (c) => {
    const actor = actorOf(c);
    const job = await findJobRow(context, actor, c.req.valid('param').id);
    const origin = c.get('origin');
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization')?.trim() ?? '')?.[1];
    const credential = bearer === undefined ? { sessionToken: c.get('sessionToken') } : { apiToken: bearer };
    return streamSSE(c, async (stream) => {
      let isOpen = true;
      stream.onAbort(() => {
        isOpen = false;
      });
      const endAt = Date.now() + lifetimeMs;
      let last = '';
      try {
        while (isOpen && Date.now() < endAt) {
          // Signed out, disabled or revoked since the stream began: it ends now, not at its lifetime.
          if (!(await isCredentialLive(context, credential))) {
            await stream.writeSSE({ event: 'end', data: JSON.stringify({ reason: 'signed_out' }) });
            break;
          }
          const data = await snapshots.get(`${actor.organisationId}:${job.id}:${origin}`, async () =>
            JSON.stringify({ candidates: await listCandidates(context, actor, { jobId: job.id, origin }) }),
          );
          if (data !== last) {
            await stream.writeSSE({ event: 'candidates', data });
            last = data;
          }
          await stream.sleep(intervalMs);
        }
      } catch (error) {
        if (isOpen)
          await stream.writeSSE({ event: 'error', data: JSON.stringify(toProblem(error, log).problem) });
      }
    });
  });
}
