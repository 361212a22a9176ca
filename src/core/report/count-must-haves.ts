import type { TEvaluation } from '../evaluation.js';

/** Must-have requirements an evaluation found met, of all its must-haves: "3 of 4 must-haves". */
export function countMustHaves(evaluation: Pick<TEvaluation, 'requirements'>): {
  met: number;
  total: number;
} {
  const musts = evaluation.requirements.filter((requirement) => requirement.priority === 'must');
  return { met: musts.filter((requirement) => requirement.status === 'met').length, total: musts.length };
}
