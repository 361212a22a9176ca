import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request, setCsrfToken, setUnauthorizedHandler } from './client';

type TSeen = { method: string; headers: Record<string, string>; body: unknown };

function stubFetch(response: () => Response | Promise<Response>): TSeen[] {
  const seen: TSeen[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      seen.push({
        method: init.method ?? 'GET',
        headers: init.headers as Record<string, string>,
        body: init.body,
      });
      return response();
    }),
  );
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
  setUnauthorizedHandler(undefined);
});

describe('request', () => {
  it('sends the CSRF token on changes only, and JSON bodies as JSON', async () => {
    const seen = stubFetch(
      () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }),
    );
    setCsrfToken('csrf-1');
    await request('GET', '/api/jobs');
    expect(await request('POST', '/api/jobs', { body: { text: 'job' } })).toEqual({ ok: true });
    expect(seen[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(seen[1]?.headers['x-csrf-token']).toBe('csrf-1');
    expect(seen[1]?.headers['content-type']).toBe('application/json');
    expect(seen[1]?.body).toBe('{"text":"job"}');
  });

  it('lets the browser set the multipart type of an upload', async () => {
    const seen = stubFetch(() => new Response(null, { status: 204 }));
    const form = new FormData();
    form.append('files', new Blob(['resume']), 'resume.md');
    expect(await request('POST', '/api/jobs/j/candidates', { body: form })).toBeUndefined();
    expect(seen[0]?.headers['content-type']).toBeUndefined();
    expect(seen[0]?.body).toBe(form);
  });

  it("throws the problem's detail, code and field", async () => {
    stubFetch(
      () =>
        new Response(
          JSON.stringify({
            type: 'x',
            title: 'Bad',
            status: 400,
            detail: 'The plan needs one question.',
            code: 'invalid_argument',
            field: 'plan.questions',
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    const error = await request('PUT', '/api/jobs/j/plan', { body: {} }).catch((caught: unknown) => caught);
    expect(ApiError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_argument',
      detail: 'The plan needs one question.',
      field: 'plan.questions',
    });
  });

  it('says the server could not be reached when fetch fails, and explains a body that is not a problem', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ code: 'network', isNetworkError: true });
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(request('GET', '/api/me')).rejects.toMatchObject({
      status: 502,
      detail: 'The request failed (502 Bad Gateway).',
    });
  });

  it('reports a 401 to the session, except for anonymous calls', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    stubFetch(
      () => new Response('{"detail":"Sign in to continue.","code":"unauthenticated"}', { status: 401 }),
    );
    await expect(request('GET', '/api/me', { isAnonymous: true })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    await expect(request('GET', '/api/jobs')).rejects.toMatchObject({ detail: 'Sign in to continue.' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
