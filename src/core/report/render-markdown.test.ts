import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TEvaluation } from '../evaluation.js';
import {
  emptyEvaluation,
  HOSTILE_ANSWER,
  HOSTILE_NAME,
  hostileEvaluation,
  INJECTED_ANSWER,
  SEED_ANSWERS,
  seedEvaluation,
  strongEvaluation,
} from './__fixtures__/evaluations.js';
import { renderMarkdown } from './render-markdown.js';

const EXPECTED_HEADINGS = [
  '# Candidate Evaluation Report',
  '## 1. Overall Summary',
  '## 2. Alignment with Job Requirements',
  '### Strengths',
  '### Weaknesses / Gaps',
  '## 3. Technical and Project-Specific Skills Evaluation',
  '## 4. Communication Skills',
  '## 5. Potential Red Flags',
  '## 6. Analysing the Questions and Answers',
  '## 7. Final Recommendation and Justification',
  '## Appendix: Evidence Matrix',
  '## Appendix: Notes',
];

/** Every line CommonMark could read as an ATX heading, at any indentation. */
function headingLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^\s*#{1,6}(\s|$)/.test(line))
    .map((line) => line.trim());
}

/** The lines of one `## ` section, without its heading. */
function sectionLines(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `missing heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** What a Markdown renderer shows for escaped text: a backslash before ASCII punctuation disappears. */
function unescapeMarkdown(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Table cells split on unescaped pipes, as GFM does. */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let index = 0; index < row.length; index++) {
    const character = row[index]!;
    if (character === '\\') {
      current += character + (row[index + 1] ?? '');
      index++;
    } else if (character === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  cells.push(current.trim());
  return cells.slice(1, -1);
}

/** The answer text of question `turn` as the reader sees it (quotes and indentation removed, unescaped). */
function renderedAnswer(markdown: string, turn: number): string {
  const lines = markdown.split('\n');
  const question = lines.findIndex((line) => line.startsWith(`*   **Question ${turn} (`));
  const first = lines.findIndex(
    (line, index) => index > question && line.includes("**Candidate's Answer:** "),
  );
  const verdict = lines.findIndex((line, index) => index > first && line.startsWith('    *   **Verdict:**'));
  const block = lines.slice(first, verdict);
  block[0] = block[0]!.slice(
    block[0]!.indexOf("**Candidate's Answer:** ") + "**Candidate's Answer:** ".length,
  );
  for (let index = 1; index < block.length; index++) {
    if (block[index] !== '') {
      expect(block[index], 'continuation lines stay inside the list item').toMatch(/^ {8}\S/);
      block[index] = block[index]!.slice(8);
    }
  }
  const joined = block.join('\n');
  expect(joined.startsWith('"') && joined.endsWith('"')).toBe(true);
  return unescapeMarkdown(joined.slice(1, -1));
}

function normaliseLines(value: string): string {
  return value
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

describe('renderMarkdown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has the seed report’s seven sections, in order, then the two appendices', () => {
    expect(headingLines(renderMarkdown(seedEvaluation()))).toEqual(EXPECTED_HEADINGS);
    expect(headingLines(renderMarkdown(strongEvaluation()))).toEqual(EXPECTED_HEADINGS);
  });

  it('renders an empty evaluation with every section and a placeholder where there is nothing to show', () => {
    const markdown = renderMarkdown(emptyEvaluation());
    expect(headingLines(markdown)).toEqual(EXPECTED_HEADINGS);
    expect(sectionLines(markdown, '## 1. Overall Summary')).toContain('*Not provided.*');
    expect(sectionLines(markdown, '## 5. Potential Red Flags')).toContain('No red flags were found.');
    expect(sectionLines(markdown, '## 6. Analysing the Questions and Answers')).toContain(
      '*The transcript holds no answers.*',
    );
    expect(sectionLines(markdown, '## 7. Final Recommendation and Justification')).toContain(
      '**Policy:** No policy rule limited the recommendation.',
    );
    expect(sectionLines(markdown, '## Appendix: Evidence Matrix')).toContain(
      '*No requirements were assessed.*',
    );
    expect(markdown.split('\n').filter((line) => line === '*None identified.*')).toHaveLength(2);
    expect(markdown).not.toMatch(/[ \t]$/m);
  });

  it('puts candidate, position and engine on the line under the title', () => {
    const lines = renderMarkdown(strongEvaluation()).split('\n');
    expect(lines[2]).toBe(
      '**Candidate:** Priya Raman · **Position:** Senior Backend Engineer (Payments) · **Engine:** Model anthropic:claude-sonnet-4-5, prompt evaluate@3',
    );
    const anonymous = seedEvaluation();
    anonymous.candidate.name = null;
    expect(renderMarkdown(anonymous).split('\n')[2]).toBe(
      '**Position:** Generative AI Engineer · **Engine:** Offline rubric engine (no model)',
    );
  });

  it('states the recommendation once, as a label line in section 7', () => {
    const markdown = renderMarkdown(seedEvaluation());
    const lines = markdown.split('\n');
    const recommendationLines = lines.filter((line) => line.startsWith('**Recommendation:**'));
    expect(recommendationLines).toEqual(['**Recommendation:** Do Not Recommend']);
    const section = sectionLines(markdown, '## 7. Final Recommendation and Justification');
    expect(section).toContain('**Recommendation:** Do Not Recommend');
    const justification = section.indexOf('**Justification:**');
    expect(section[justification + 1]).toBe(
      'The interview showed a large gap between the resume and what the candidate could demonstrate. The core question of the role drew a non-answer and the follow-ups produced no concrete technique or measured result.',
    );
    expect(section).toContain(
      '**Policy:** The signals allow at most Do Not Recommend. The rules that set this limit:',
    );
    expect(section).toContain(
      '*   High-severity red flag (resume discrepancy) → at best Recommend with Reservations.',
    );
  });

  it('lists every answer in transcript order with its question, the answer quoted, verdict, evaluation and justification', () => {
    const evaluation = seedEvaluation();
    const markdown = renderMarkdown(evaluation);
    const lines = markdown.split('\n');
    let previous = -1;
    for (const answer of evaluation.answers) {
      const index = lines.indexOf(`*   **Question ${answer.turn} (${answer.type}): ${answer.question}**`);
      expect(index, `question ${answer.turn}`).toBeGreaterThan(previous);
      const item = lines.slice(index + 1, index + 8);
      expect(item.find((line) => line.startsWith('    *   **Verdict:**'))).toBeDefined();
      expect(item).toContain(`    *   **Evaluation:** ${answer.evaluation}`);
      expect(item).toContain(`    *   **Justification:** ${answer.justification}`);
      previous = index;
    }
    expect(lines).toContain(`    *   **Candidate's Answer:** "${SEED_ANSWERS[0]}"`);
    expect(lines).toContain('    *   **Verdict:** Non-answer');
    // The seed's multi-line answer: first line after the label, the rest indented inside the item.
    const [firstLine, secondLine] = SEED_ANSWERS[4].split('\n');
    expect(lines).toContain(`    *   **Candidate's Answer:** "${firstLine}`);
    expect(lines).toContain(`        ${secondLine}"`);
    SEED_ANSWERS.forEach((answer, index) => {
      expect(renderedAnswer(markdown, index + 1)).toBe(answer);
    });
  });

  it('renders answers with Markdown syntax in them exactly as written, paragraphs kept', () => {
    const evaluation = strongEvaluation();
    const markdown = renderMarkdown(evaluation);
    for (const answer of evaluation.answers.filter((entry) => entry.answer !== '')) {
      expect(renderedAnswer(markdown, answer.turn)).toBe(normaliseLines(answer.answer));
    }
    expect(markdown).toContain("    *   **Candidate's Answer:** *No answer given.*");
  });

  it('lists each red flag with its kind in words, severity, summary and quotes with their turn', () => {
    const evaluation = seedEvaluation();
    const section = sectionLines(renderMarkdown(evaluation), '## 5. Potential Red Flags');
    expect(section).toContain(
      `*   **Resume discrepancy** (high severity): ${evaluation.redFlags[0]!.summary}`,
    );
    expect(section).toContain(
      `*   **Possibly assisted answers** (medium severity): ${evaluation.redFlags[1]!.summary}`,
    );
    expect(section).toContain('    *   "i dont know how" (turn 1)');
    expect(section).toContain(
      '    *   "Built production-scale generative inference infrastructure serving LLMs to millions of users." (resume)',
    );
    expect(section).toContain(
      '    *   "yes i used paraments like limiting context size limiting as such" (turn 3)',
    );
    expect(section).toContain('    *   "The Task: Multi-Document Question Answering" (turn 5)');
  });

  it('says so when there are no red flags', () => {
    const evaluation = seedEvaluation();
    evaluation.redFlags = [];
    const section = sectionLines(renderMarkdown(evaluation), '## 5. Potential Red Flags').filter(
      (line) => line !== '',
    );
    expect(section).toEqual(['No red flags were found.']);
  });

  it('shows a policy override and the stability of sampled judgements when present, and only then', () => {
    const strong = renderMarkdown(strongEvaluation()).split('\n');
    expect(strong).toContain(
      '**Override:** The model recommended Strongly Recommend; the policy lowered it to Recommend because a medium-severity red flag (inconsistency) needs a human review first.',
    );
    expect(strong).toContain(
      '**Stability:** 3 of 5 samples agreed on the recommendation (60%): Strongly Recommend 3, Recommend 2.',
    );
    const seed = renderMarkdown(seedEvaluation());
    expect(seed).not.toContain('**Override:**');
    expect(seed).not.toContain('**Stability:**');
  });

  it('has one evidence-matrix row per requirement, with seven cells, in order', () => {
    const evaluation = seedEvaluation();
    const table = sectionLines(renderMarkdown(evaluation), '## Appendix: Evidence Matrix').filter((line) =>
      line.startsWith('|'),
    );
    expect(tableCells(table[0]!)).toEqual([
      'ID',
      'Requirement',
      'Priority',
      'Status',
      'Resume evidence',
      'Interview evidence',
      'Note',
    ]);
    expect(table[1]).toBe('| --- | --- | --- | --- | --- | --- | --- |');
    const rows = table.slice(2).map(tableCells);
    expect(rows.map((cells) => cells[0])).toEqual(evaluation.requirements.map((r) => r.requirementId));
    for (const cells of rows) expect(cells).toHaveLength(7);
    expect(rows[1]).toEqual([
      'R2',
      'Optimize and fine-tune generative models for performance and efficiency, including for deployment in resource-constrained environments (edge devices, small GPUs, strict latency budgets).',
      'must-have',
      'Gap',
      '"Built production-scale generative inference infrastructure serving LLMs to millions of users." (resume)',
      '"i dont know how" (turn 1)<br>"limiting context size" (turn 3)',
      'The interview contradicted the resume: a non-answer, then one technique named without detail.',
    ]);
    expect(rows[7]![2]).toBe('nice-to-have');
    expect(rows[5]![4]).toBe('—');
  });

  it('escapes pipes and keeps newlines out of table cells, so quotes render exactly', () => {
    const evaluation = hostileEvaluation();
    const markdown = renderMarkdown(evaluation);
    const table = sectionLines(markdown, '## Appendix: Evidence Matrix').filter((line) =>
      line.startsWith('|'),
    );
    expect(table).toHaveLength(2 + evaluation.requirements.length);
    const r1 = tableCells(table[2]!);
    expect(r1).toHaveLength(7);
    const quotes = r1[5]!.split('<br>');
    expect(quotes).toEqual([
      '"\\<script>alert(2)\\</script> ">\\<img src=x onerror=alert(3)>" (turn 1)',
      '"a \\| b \\|---\\|---\\|" (turn 2)',
    ]);
    expect(unescapeMarkdown(quotes[1]!)).toBe('"a | b |---|---|" (turn 2)');
    expect(r1[6]).toBe('Two lines: the second \\| with a pipe.');
  });

  it('keeps hostile candidate text as text: no HTML, no fake sections, no injected lists', () => {
    const markdown = renderMarkdown(hostileEvaluation());
    expect(headingLines(markdown)).toEqual(EXPECTED_HEADINGS);
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img|\/script)/i);
    expect(markdown.split('\n')[2]).toContain(
      '**Candidate:** \\<script>alert("name")\\</script>">\\<img src=x onerror=alert(1)> ·',
    );
    expect(unescapeMarkdown(markdown.split('\n')[2]!)).toContain(`**Candidate:** ${HOSTILE_NAME} ·`);
    expect(markdown.split('\n').filter((line) => line.startsWith('**Recommendation:**'))).toEqual([
      '**Recommendation:** Do Not Recommend',
    ]);
    // The only list items, quotes, thematic breaks and tables are the renderer's own.
    for (const line of markdown.split('\n')) {
      const trimmed = line.trimStart();
      if (/^([-+*]|\d+[.)])(\s|$)/.test(trimmed)) expect(trimmed, line).toMatch(/^\* {3}/);
      expect(trimmed, line).not.toMatch(/^(>|=+$|-{3,}$)/);
      if (trimmed.startsWith('|')) expect(line.startsWith('| ')).toBe(true);
    }
    expect(renderedAnswer(markdown, 1)).toBe(HOSTILE_ANSWER);
    expect(renderedAnswer(markdown, 2)).toBe(INJECTED_ANSWER);
  });

  it('renders Markdown emphasis and code characters in prose literally', () => {
    const evaluation = seedEvaluation();
    evaluation.summary = 'Uses *args, __init__ and `eval` [link](http://x) & &amp; ~~gone~~';
    const section = sectionLines(renderMarkdown(evaluation), '## 1. Overall Summary').filter(
      (line) => line !== '',
    );
    expect(section).toEqual([
      'Uses \\*args, \\_\\_init\\_\\_ and \\`eval\\` \\[link\\](http://x) & \\&amp; \\~\\~gone\\~\\~',
    ]);
    expect(unescapeMarkdown(section[0]!)).toBe(evaluation.summary);
  });

  it('is deterministic: same input, same bytes, whatever the clock says', () => {
    const evaluation = strongEvaluation();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const first = renderMarkdown(evaluation);
    vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
    const second = renderMarkdown(structuredClone(evaluation));
    expect(second).toBe(first);
  });

  it('writes clean text: one trailing newline, no trailing spaces, no tabs or carriage returns', () => {
    const evaluation: TEvaluation = strongEvaluation();
    evaluation.answers[0]!.answer = 'line one  \r\n\tline two\r\n\r\n\r\nline three   ';
    const markdown = renderMarkdown(evaluation);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
    expect(markdown).not.toMatch(/[ \t]$/m);
    expect(markdown).not.toMatch(/[\t\r]/);
    expect(markdown).not.toMatch(/\n{3,}/);
    expect(renderedAnswer(markdown, 1)).toBe('line one\nline two\n\nline three');
  });
});
