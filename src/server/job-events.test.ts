import { describe, expect, it } from 'vitest';
import {
  createJobWithCandidate,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  parseEvents,
  signUpRecruiter,
} from './__fixtures__/test-app.js';

describe('GET /api/jobs/:id/events', () => {
  it("streams the job's candidates now and whenever they change", async () => {
    const server = await openTestApp('sqlite', { liveIntervalMs: 20 });
    const aborter = new AbortController();
    try {
      const recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com' });
      const { jobId } = await createJobWithCandidate(recruiter);
      const other = await signUpRecruiter(server.app, { email: 'eve@example.com' });
      expect((await other.request('GET', `/api/jobs/${jobId}/events`)).status).toBe(404);

      const response = await server.app.request(`/api/jobs/${jobId}/events`, {
        headers: { cookie: recruiter.cookie ?? '' },
        signal: aborter.signal,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      const nextList = async (): Promise<{ fileName: string }[]> => {
        for (;;) {
          const blocks = text.split('\n\n');
          if (blocks.length > 1) {
            const [block = ''] = blocks;
            text = blocks.slice(1).join('\n\n');
            const [event] = parseEvents(block);
            if (event?.event === 'candidates') return JSON.parse(event.data).candidates;
            continue;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('the stream ended');
          text += decoder.decode(value, { stream: true });
        }
      };
      expect((await nextList()).map((candidate) => candidate.fileName)).toEqual(['resume.md']);
      server.clock.advance(1000);
      await recruiter.expect(201, 'POST', `/api/jobs/${jobId}/candidates`, {
        form: filesForm('files', [{ name: 'second.md', bytes: EXAMPLE_RESUME_MD }]),
      });
      expect((await nextList()).map((candidate) => candidate.fileName).sort()).toEqual([
        'resume.md',
        'second.md',
      ]);
      await reader.cancel();
    } finally {
      aborter.abort();
      await server.dispose();
    }
  });
});
