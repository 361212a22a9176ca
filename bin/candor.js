#!/usr/bin/env node
// The `candor` command: runs the bundled CLI (built by `npm install` through the prepare script:
// tsc into dist/, then scripts/bundle-cli.ts into dist/bundle/, loaded a command at a time).
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
