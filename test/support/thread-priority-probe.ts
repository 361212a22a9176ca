/**
 * A worker module for lower-thread-priority.test.ts (run through createWorkerPool, as Candor's
 * own worker module is): lowers its thread's priority and answers its niceness before and after.
 */
import { readFileSync } from 'node:fs';
import { lowerThreadPriority } from '../../src/adapters/workers/lower-thread-priority.js';

const niceness = () => {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

export default function probe(): { lowered: boolean; before: number; after: number } {
  const before = niceness();
  const lowered = lowerThreadPriority(Math.min(19, before + 5));
  return { lowered, before, after: niceness() };
}
