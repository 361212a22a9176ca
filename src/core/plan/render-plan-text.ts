import { findUncoveredRequirements } from './find-uncovered-requirements.js';
import type { TInterviewPlan } from './interview-plan.js';

function formatMinutes(minutes: number): string {
  return `${minutes} min`;
}

/** Wraps `text` to `width` columns, every line prefixed with `indent`. */
function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line.length > 0 && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else {
      line = line.length === 0 ? word : `${line} ${word}`;
    }
  }
  if (line.length > 0) lines.push(`${indent}${line}`);
  return lines.join('\n');
}

/**
 * The plan as plain text for a recruiter to review (`candor plan`): each question with its type,
 * what it tests (requirement and claim text) and its rubric, then what no question covers.
 */
export function renderPlanText(plan: TInterviewPlan): string {
  const requirements = new Map(plan.requirements.map((requirement) => [requirement.id, requirement]));
  const claims = new Map(plan.claims.map((claim) => [claim.id, claim]));
  const { budget } = plan;
  const out: string[] = [];
  out.push(`Interview plan: ${plan.jobTitle.length > 0 ? plan.jobTitle : 'untitled job'}`);
  out.push(
    `Budget: ${plan.questions.length} of at most ${budget.maxQuestions} questions, ${budget.minutes} minutes, ` +
      `up to ${budget.maxProbesPerQuestion} follow-up${budget.maxProbesPerQuestion === 1 ? '' : 's'} per question`,
  );
  for (const question of plan.questions) {
    out.push('');
    out.push(`${question.id} · ${question.type} · ${formatMinutes(question.minutes)}`);
    out.push(wrap(question.text, '  '));
    const tests: string[] = [];
    for (const id of question.requirementIds) {
      const requirement = requirements.get(id);
      tests.push(requirement === undefined ? id : `${id} (${requirement.priority}) ${requirement.text}`);
    }
    for (const id of question.claimIds) {
      const claim = claims.get(id);
      tests.push(claim === undefined ? id : `${id} (resume) ${claim.text}`);
    }
    if (tests.length > 0) {
      out.push('  Tests:');
      for (const test of tests) out.push(wrap(test, '    - ').replace(/\n {4}- /g, '\n      '));
    }
    out.push(wrap(`Strong: ${question.rubric.strong}`, '  '));
    out.push(wrap(`Adequate: ${question.rubric.adequate}`, '  '));
    out.push(wrap(`Weak: ${question.rubric.weak}`, '  '));
  }
  out.push('');
  out.push('Closing · Closing');
  out.push(wrap(plan.closingQuestion, '  '));
  const uncovered = findUncoveredRequirements(plan);
  if (uncovered.length > 0) {
    out.push('');
    out.push('Not covered by any question:');
    for (const requirement of uncovered) {
      out.push(wrap(`${requirement.id} (${requirement.priority}) ${requirement.text}`, '  - '));
    }
  }
  return `${out.join('\n')}\n`;
}
