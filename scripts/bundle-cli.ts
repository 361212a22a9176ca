/**
 * Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/: Candor's own modules,
 * commander and zod in a few files instead of hundreds, so that `candor` starts fast (Node 20
 * has no compile cache; most of a short command's time went to loading modules). Each command,
 * and what only it uses, is a chunk imported when that command runs. Native, worker-based and
 * model-provider packages stay in node_modules: they load only when a command needs them.
 * `bin/candor.js` runs the bundle. Run by `npm run build`, after tsc.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

// Chunks are named by their content's hash: clear the last build's.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: {
    main: 'dist/cli/main.js',
    // The worker threads' script, found beside the code that starts them (createCpuWork's URL).
    'run-cpu-task': 'dist/app/work/run-cpu-task.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks beside the entry, at the depth of dist/cli/: paths built from import.meta.url still hold.
  chunkNames: '[name]-[hash]',
  external: [
    'better-sqlite3',
    'pg',
    'unpdf',
    'mammoth',
    'piscina',
    'ai',
    '@ai-sdk/*',
    'nodemailer',
    // Large data (a language model, password lists, token encodings) or files read at run time.
    'wink-nlp',
    'wink-eng-lite-web-model',
    '@zxcvbn-ts/*',
    'swagger-ui-dist',
    'gpt-tokenizer',
    'gpt-tokenizer/*',
  ],
  // Bundled CommonJS packages (commander) call require().
  banner: {
    js: "import { createRequire as candorCreateRequire } from 'node:module'; const require = candorCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [
    {
      // zod's namespace re-exports its error messages in 60-odd languages; Candor uses English
      // (which zod loads by itself), so the others are left out: a third of what a command parses.
      name: 'zod-english-only',
      setup(bundle) {
        bundle.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
          contents: 'export { default as en } from "./en.js";',
          resolveDir: dirname(args.path),
        }));
      },
    },
  ],
});
