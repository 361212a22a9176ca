// `node --import ./test/support/register-module-log.mjs …`: logs every module loaded (see module-log-hooks.mjs).
import { register } from 'node:module';

register(new URL('./module-log-hooks.mjs', import.meta.url));
