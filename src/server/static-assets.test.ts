import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestApp, type TTestApp } from './__fixtures__/test-app.js';

/** A script large enough to be worth compressing, as Vite writes one. */
const SCRIPT = Array.from(
  { length: 400 },
  (_, index) => `export const value${index} = "candor ${index}";`,
).join('\n');

describe('static files and the OpenAPI document', () => {
  let server: TTestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'candor-static-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>Candor app</title><div id="root"></div>',
    );
    writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), SCRIPT);
    writeFileSync(join(webRoot, 'assets', 'index-AbC123.js.map'), '{"version":3,"sources":["secret.ts"]}');
    writeFileSync(join(webRoot, 'favicon.png'), Buffer.alloc(4096, 1));
    server = await openTestApp('sqlite', { webRoot });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => server.app.request(path, { headers });

  it('sends brotli or gzip as Accept-Encoding allows, with Vary, Content-Length and an ETag', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
    expect(brBytes.length).toBeLessThan(SCRIPT.length / 3);
    expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(SCRIPT);

    const gzip = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(SCRIPT);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    expect(plain.headers.get('etag')).toBe(br.headers.get('etag'));
  });

  it('caches hashed assets for a year and makes index.html revalidate, with 304 for a current copy', async () => {
    const asset = await get('/assets/index-AbC123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/jobs/abc']) {
      const page = await get(path, { 'accept-encoding': 'br' });
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      // Too small to be worth compressing: sent as it is.
      expect(page.headers.get('content-encoding')).toBeNull();
      expect(await page.text()).toContain('<title>Candor app</title>');
      const etag = page.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
    const image = await get('/favicon.png', { 'accept-encoding': 'br, gzip' });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-encoding')).toBeNull();
    expect((await image.arrayBuffer()).byteLength).toBe(4096);
  });

  it('never serves a source map', async () => {
    const map = await get('/assets/index-AbC123.js.map');
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret.ts');
  });

  it('builds the OpenAPI document once and sends the same bytes every time, compressed', async () => {
    const build = vi.spyOn(server.app, 'getOpenAPI31Document');
    const first = await get('/openapi.json');
    const second = await get('/openapi.json');
    const firstText = await first.text();
    expect(firstText).toBe(await second.text());
    expect(JSON.parse(firstText)).toMatchObject({ openapi: '3.1.0', info: { title: 'Candor API' } });
    expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
    const compressed = await get('/openapi.json', { 'accept-encoding': 'gzip' });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await compressed.arrayBuffer())).toString('utf8')).toBe(firstText);
    expect(build).toHaveBeenCalledTimes(1);
    build.mockRestore();
  });
});
