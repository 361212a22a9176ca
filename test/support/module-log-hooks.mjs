// Module loader hooks (node:module register): append every module Node loads to the file named
// by CANDOR_MODULE_LOG, one URL a line. Used by test/cli/lazy-loading.test.ts.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.CANDOR_MODULE_LOG) appendFileSync(process.env.CANDOR_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
