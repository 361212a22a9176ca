import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority (Linux: the niceness of this thread alone, found
 * through /proc/thread-self), so worker threads parsing documents yield the CPU to the server's
 * event loop. Elsewhere, or when not allowed, it does nothing and answers false.
 */
export function lowerThreadPriority(niceness = 5): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(threadId) || threadId <= 0) return false;
    setPriority(threadId, niceness);
    return true;
  } catch {
    return false;
  }
}
