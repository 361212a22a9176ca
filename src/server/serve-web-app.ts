import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { TServerEnv } from './server-env.js';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Candor</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto;line-height:1.5">
<h1>Candor's API is running</h1><p>The web app is not built yet: build it into <code>web/dist</code>
(<code>npx vite build --config web/vite.config.ts</code>), then reload. The API is documented at
<a href="/docs">/docs</a>.</p></body></html>`;

/**
 * The built web app from `webRoot`: its files as they are, and index.html for every other GET
 * outside /api (the app routes in the browser) — except paths that name a missing file
 * (/assets/x.js), which are 404s rather than HTML.
 */
export function serveWebApp(app: Hono<TServerEnv>, webRoot: string | undefined): void {
  const indexPath = webRoot === undefined ? undefined : join(webRoot, 'index.html');
  if (webRoot !== undefined && existsSync(webRoot)) app.use('*', serveStatic({ root: webRoot }));
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return c.notFound();
    if (extname(c.req.path) !== '' && extname(c.req.path) !== '.html') return c.notFound();
    c.header('cache-control', 'no-cache');
    if (indexPath === undefined || !existsSync(indexPath)) return c.html(NOT_BUILT, 200);
    return c.html(await readFile(indexPath, 'utf8'), 200);
  });
}
