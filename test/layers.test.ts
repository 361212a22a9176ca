/**
 * The layers' import rules, read from the source with TypeScript's own import scanner (static,
 * type-only and dynamic imports alike): a test that fails naming the file and the import that
 * crosses a boundary. Tests and their fixtures may reach across (they set up whole servers).
 * And storage behind the ports: the use cases in src/app run no SQL and import neither Kysely,
 * a database driver nor the table types; the ports import no adapter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Modules that reach the database: the query builder, the drivers. */
const SQL_MODULES = ['kysely', 'better-sqlite3', 'pg'];
/** Kysely's query-builder calls: each one writes SQL. */
const SQL_BUILDERS = new Set([
  'selectFrom',
  'selectNoFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'executeQuery',
]);
/**
 * Use cases allowed to run SQL: none since the interview turn moved behind the ports. Only ever
 * shrinks: a file listed here that no longer runs SQL fails the test below, so the entry goes.
 */
const SQL_ALLOWED: readonly string[] = [];

/** What in `text` reaches the database: imports of SQL modules or the table types, builder calls, sql`…`. */
function sqlUses(file: string, text: string): string[] {
  const found: string[] = [];
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    const isSqlModule = SQL_MODULES.some((name) => fileName === name || fileName.startsWith(`${name}/`));
    if (isSqlModule || /(^|\/)database-schema(\.[jt]s)?$/.test(fileName)) found.push(`imports ${fileName}`);
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      SQL_BUILDERS.has(node.expression.name.text)
    ) {
      found.push(`calls ${node.expression.name.text} (line ${at(node)})`);
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') {
      found.push(`runs sql\`…\` (line ${at(node)})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The use cases (src/app outside src/app/ports, tests and fixtures left out) and what in each reaches the database. */
function useCasesRunningSql(): [string, string[]][] {
  return sourceFiles(join(SRC, 'app'))
    .filter((file) => !relative(join(SRC, 'app'), file).startsWith('ports'))
    .map((file): [string, string[]] => [relative(ROOT, file), sqlUses(file, readFileSync(file, 'utf8'))])
    .filter(([, uses]) => uses.length > 0);
}

describe('storage behind the ports', () => {
  it('no use case in src/app runs SQL or imports Kysely, a driver or the table types (but the allowed)', () => {
    const offending = useCasesRunningSql()
      .filter(([file]) => !SQL_ALLOWED.includes(file))
      .map(([file, uses]) => `${file}: ${uses.join(', ')}`);
    expect(offending).toEqual([]);
  });

  it('allows only files that still run SQL: one that no longer does leaves the list', () => {
    const running = new Set(useCasesRunningSql().map(([file]) => file));
    const stale = SQL_ALLOWED.filter((file) => !existsSync(join(ROOT, file)) || !running.has(file));
    expect(stale, 'remove these from SQL_ALLOWED in test/layers.test.ts').toEqual([]);
  });

  it('no port imports an adapter, Kysely or a driver', () => {
    const ports = join(SRC, 'app', 'ports');
    const offending = sourceFiles(ports).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const adapters = ts
        .preProcessFile(text, true, true)
        .importedFiles.filter((imported) => layerOf(file, imported.fileName) === 'adapters')
        .map((imported) => `imports ${imported.fileName}`);
      return [...new Set([...adapters, ...sqlUses(file, text)])].map(
        (use) => `${relative(ROOT, file)}: ${use}`,
      );
    });
    expect(offending).toEqual([]);
  });

  it('catches SQL: builder calls, sql templates, and imports of Kysely, drivers and the table types', () => {
    const text = [
      "import type { Selectable } from 'kysely';",
      "import type { TJobsTable } from '../../adapters/storage/database-schema.js';",
      "import pg from 'pg';",
      'const rows = await context.db.selectFrom("jobs").selectAll().execute();',
      'await transaction.deleteFrom("jobs").execute();',
      'await sql`vacuum`.execute(db);',
      'const jobs = await repositoriesOf(context).jobs.list(organisationId);',
    ].join('\n');
    expect(sqlUses(join(SRC, 'app', 'web', 'x.ts'), text)).toEqual([
      'imports kysely',
      'imports ../../adapters/storage/database-schema.js',
      'imports pg',
      'calls selectFrom (line 4)',
      'calls deleteFrom (line 5)',
      'runs sql`…` (line 6)',
    ]);
  });
});

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
