import type { TWebContext } from '../web/web-context.js';
import type { TCpuWork } from './cpu-work.js';
import { inProcessWork } from './in-process-work.js';

const IN_PROCESS = inProcessWork();

/** The context's CPU work (worker threads in `candor serve`), or the calling thread's. */
export function workOf(context: TWebContext): TCpuWork {
  return context.work ?? IN_PROCESS;
}
