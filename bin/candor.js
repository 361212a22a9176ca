#!/usr/bin/env node
// The `candor` command: runs the bundled CLI (built by `npm install` through the prepare script:
// tsc into dist/, then scripts/bundle-cli.ts into dist/bundle/, loaded a command at a time).
import module from 'node:module';

// Node 22.1+ can keep compiled code between runs; Node 20 has no such cache (hence the bundle).
module.enableCompileCache?.();

const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main(process.argv.slice(2));
