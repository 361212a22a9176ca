import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TTestApp } from './__fixtures__/test-app.js';

describe('the server around the API', () => {
  let server: TTestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'candor-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>Candor app</title><div id="root"></div>',
    );
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("candor")');
    server = await openTestApp('sqlite', { webRoot });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('publishes an OpenAPI document naming every endpoint, and its docs page', async () => {
    const response = await server.app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const endpoints = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(endpoints.sort()).toEqual(
      [
        'POST /api/auth/signup',
        'POST /api/auth/signin',
        'POST /api/auth/signout',
        'POST /api/auth/forgot-password',
        'GET /api/me',
        'POST /api/invitations',
        'POST /api/tokens',
        'GET /api/tokens',
        'DELETE /api/tokens/{id}',
        'GET /api/jobs',
        'POST /api/jobs',
        'GET /api/jobs/{id}',
        'PUT /api/jobs/{id}/requirements',
        'PUT /api/jobs/{id}/plan',
        'GET /api/jobs/{id}/candidates',
        'POST /api/jobs/{id}/candidates',
        'GET /api/jobs/{id}/comparison',
        'GET /api/jobs/{id}/events',
        'GET /api/candidates/{id}',
        'POST /api/candidates/{id}/invitation',
        'DELETE /api/candidates/{id}/invitation',
        'GET /api/candidates/{id}/report',
        'POST /api/candidates/{id}/decision',
        'GET /api/candidates/{id}/decisions',
        'GET /api/interview/{token}',
        'POST /api/interview/{token}/consent',
        'POST /api/interview/{token}/next',
        'POST /api/interview/{token}/answer',
        'DELETE /api/candidates/{id}',
        'GET /api/candidates/{id}/export',
        'DELETE /api/jobs/{id}',
        'GET /api/team',
        'PATCH /api/team/{id}',
        'DELETE /api/team/{id}',
        'POST /api/team/{id}/password-reset',
        'POST /api/me/password',
        'POST /api/auth/reset-password',
        'GET /api/webhooks',
        'POST /api/webhooks',
        'DELETE /api/webhooks/{id}',
        'GET /api/webhooks/{id}/deliveries',
        'POST /api/webhook-deliveries/{id}/redeliver',
        'GET /api/jobs/{id}/candidates.csv',
      ].sort(),
    );
    // Swagger UI from the app's own files: every script and stylesheet the page names is served
    // here, none from another origin, under a CSP that allows only this origin's scripts.
    const docs = await server.app.request('/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self';");
    const page = await docs.text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets).toEqual(
      expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/init.js', '/docs/swagger-ui.css']),
    );
    for (const asset of assets) {
      expect(asset.startsWith('/'), asset).toBe(true);
      const response = await server.app.request(asset);
      expect(response.status, asset).toBe(200);
    }
    expect(await (await server.app.request('/docs/init.js')).text()).toContain("url: '/openapi.json'");
    const bundle = await (await server.app.request('/docs/swagger-ui-bundle.js')).text();
    expect(bundle.length).toBeGreaterThan(100_000);
    expect((await server.app.request('/docs/package.json')).status).toBe(404);
  });

  it('serves the built web app, and index.html for the paths the app routes itself', async () => {
    for (const path of ['/', '/jobs/abc', '/interview/sometoken', '/signup?invitation=x']) {
      const response = await server.app.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<title>Candor app</title>');
    }
    const asset = await server.app.request('/assets/app.js');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(await asset.text()).toBe('console.log("candor")');
    expect((await server.app.request('/assets/missing.js')).status).toBe(404);
    expect((await server.app.request('/interview/x')).headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers unknown API paths with problem+json, never the app', async () => {
    const response = await server.app.request('/api/unknown');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'not_found', status: 404, title: 'Not found' });
    const malformed = await server.app.request('/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'invalid_argument' });
  });

  it('explains how to build the web app when it is missing', async () => {
    const bare = await openTestApp('sqlite', { webRoot: join(webRoot, 'nowhere') });
    try {
      const response = await bare.app.request('/');
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('web/dist');
    } finally {
      await bare.dispose();
    }
  });
});
