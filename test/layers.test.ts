/**
 * The layers' import rules, read from the source with TypeScript's own import scanner (static,
 * type-only and dynamic imports alike): a test that fails naming the file and the import that
 * crosses a boundary. Tests and their fixtures may reach across (they set up whole servers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Each layer (a folder of src/) and the layers of src/ it must not import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  core: ['adapters', 'app', 'cli', 'contract', 'server'],
  contract: ['adapters', 'app', 'cli', 'server'],
  app: ['cli', 'server'],
  adapters: ['cli', 'server'],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The layer (first folder under src/) a relative import from `file` lands in, if any. */
function layerOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(SRC, resolve(dirname(file), specifier));
  return target.startsWith('..') ? undefined : target.split(/[\\/]/)[0];
}

function crossings(layer: string): string[] {
  const forbidden = FORBIDDEN[layer] ?? [];
  return sourceFiles(join(SRC, layer)).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .filter((imported) => forbidden.includes(layerOf(file, imported.fileName) ?? ''))
      .map((imported) => `${relative(ROOT, file)} imports ${imported.fileName}`);
  });
}

describe('the layers', () => {
  it.each(Object.keys(FORBIDDEN))('src/%s imports no layer above it', (layer) => {
    expect(crossings(layer)).toEqual([]);
  });

  it('catches a crossing (the scanner sees imports of every kind)', () => {
    const { importedFiles } = ts.preProcessFile(
      "import type { A } from '../../server/a.js';\nexport { B } from '../../cli/b.js';\nconst c = await import('../../server/c.js');\nimport { D } from '../d.js';",
      true,
      true,
    );
    const file = join(SRC, 'app', 'web', 'x.ts');
    expect(importedFiles.map((imported) => layerOf(file, imported.fileName))).toEqual([
      'server',
      'cli',
      'server',
      'app',
    ]);
  });
});
