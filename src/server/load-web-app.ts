import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { getMimeType } from 'hono/utils/mime';
import { createStaticAsset, type TStaticAsset } from './create-static-asset.js';

/** Source maps stay private: never loaded, so never served. */
const PRIVATE_FILE = /\.map$/i;

/**
 * The built web app in memory, by URL path (`/index.html`, `/assets/index-3f2a.js`): each file
 * read and compressed once. Undefined when `webRoot` does not exist (not built yet).
 */
export async function loadWebApp(webRoot: string): Promise<Map<string, TStaticAsset> | undefined> {
  if (!existsSync(webRoot)) return undefined;
  const entries = await readdir(webRoot, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !PRIVATE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const assets = await Promise.all(
    files.map(async (path) => {
      const urlPath = `/${relative(webRoot, path).split(sep).join('/')}`;
      const type = getMimeType(path) ?? 'application/octet-stream';
      return [urlPath, await createStaticAsset(await readFile(path), type)] as const;
    }),
  );
  return new Map(assets);
}
