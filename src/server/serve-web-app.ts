import { extname } from 'node:path';
import type { Hono } from 'hono';
import type { TStaticAsset } from './create-static-asset.js';
import { loadWebApp } from './load-web-app.js';
import { sendStaticAsset } from './send-static-asset.js';
import type { TServerEnv } from './server-env.js';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Candor</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>Candor's API is running</h1><p>The web app is not built yet: build it into <code>web/dist</code>
(<code>npx vite build --config web/vite.config.ts</code>), then reload. The API is documented at
<a href="/docs">/docs</a>.</p></body></html>`;

/** Vite names the files under /assets/ by their content's hash: a new build, a new name. */
const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html (and anything unhashed) is checked on every use: a deploy shows at once. */
const REVALIDATE = 'no-cache';

/**
 * The built web app from `webRoot`, read and compressed once into memory on the first request:
 * its files (brotli or gzip per Accept-Encoding, ETags, immutable caching for hashed assets), and
 * index.html for every other GET outside /api (the app routes in the browser) — except paths that
 * name a missing file (/assets/x.js), which are 404s rather than HTML. Source maps are not served.
 */
export function serveWebApp(app: Hono<TServerEnv>, webRoot: string | undefined): void {
  let loading: Promise<Map<string, TStaticAsset> | undefined> | undefined;
  const assets = async () => {
    if (webRoot === undefined) return undefined;
    loading ??= loadWebApp(webRoot);
    const loaded = await loading;
    // Not built yet: look again on the next request, so a build shows without a restart.
    if (loaded === undefined) loading = undefined;
    return loaded;
  };

  app.get('*', async (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return c.notFound();
    const files = await assets();
    const file = files?.get(path);
    if (file !== undefined && path !== '/index.html')
      return sendStaticAsset(c, file, path.startsWith('/assets/') ? HASHED_ASSET_CACHE : REVALIDATE);
    if (extname(path) !== '' && extname(path) !== '.html') return c.notFound();
    const index = files?.get('/index.html');
    if (index === undefined) {
      c.header('cache-control', 'no-cache');
      return c.html(NOT_BUILT, 200);
    }
    return sendStaticAsset(c, index, REVALIDATE);
  });
}
