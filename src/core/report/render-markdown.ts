import type {
  TAnswerAssessment,
  TEvaluation,
  TQuote,
  TRedFlag,
  TRequirementAssessment,
  TSection,
} from '../evaluation.js';
import {
  ALIGNMENT_HEADINGS,
  describeCeiling,
  describeCoverage,
  describeEngine,
  describeOverride,
  describeQuoteSource,
  describeStability,
  NO_RED_FLAGS,
  PRIORITY_LABELS,
  RED_FLAG_KIND_LABELS,
  RED_FLAGS_PREFACE,
  REPORT_TITLE,
  SECTION_HEADINGS,
  SEVERITY_LABELS,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  STATUS_ORDER,
  VERDICT_LABELS,
} from './report-text.js';

/**
 * The Candidate Evaluation Report as Markdown, in the seed report's seven sections plus an
 * evidence matrix and notes. Pure and deterministic: the same evaluation gives the same bytes.
 *
 * Every string in the evaluation is plain text (candidate answers are hostile input), so it is
 * escaped to render exactly as written: Markdown punctuation is backslash-escaped, lines that
 * would start a heading, list or quote are neutralised (an answer cannot fake a section), and
 * HTML-like text such as `<script>` stays text.
 */
export function renderMarkdown(evaluation: TEvaluation): string {
  const blocks = [
    `# ${REPORT_TITLE}`,
    renderHeaderLine(evaluation),
    `## ${SECTION_HEADINGS.summary}`,
    paragraphs(evaluation.summary),
    ...renderAlignment(evaluation),
    ...renderSection(SECTION_HEADINGS.technical, evaluation.technicalSkills),
    ...renderSection(SECTION_HEADINGS.communication, evaluation.communication),
    ...renderRedFlags(evaluation.redFlags),
    ...renderAnswers(evaluation.answers),
    ...renderRecommendation(evaluation),
    ...renderEvidenceMatrix(evaluation.requirements),
    ...renderNotes(evaluation),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function renderHeaderLine(evaluation: TEvaluation): string {
  const parts = [
    ...(evaluation.candidate.name === null || evaluation.candidate.name.trim() === ''
      ? []
      : [`**Candidate:** ${inline(evaluation.candidate.name)}`]),
    `**Position:** ${inline(evaluation.job.title)}`,
    `**Engine:** ${inline(describeEngine(evaluation.engine))}`,
  ];
  return parts.join(' · ');
}

function renderAlignment(evaluation: TEvaluation): string[] {
  const { overview, strengths, gaps } = evaluation.alignment;
  const items = (entries: typeof strengths) =>
    entries.length === 0
      ? '*None identified.*'
      : entries.map((entry) => `*   **${inline(entry.title)}:** ${text(entry.text, 4)}`).join('\n');
  return [
    `## ${SECTION_HEADINGS.alignment}`,
    paragraphs(overview),
    `### ${ALIGNMENT_HEADINGS.strengths}`,
    items(strengths),
    `### ${ALIGNMENT_HEADINGS.gaps}`,
    items(gaps),
  ];
}

function renderSection(heading: string, section: TSection): string[] {
  const blocks = [`## ${heading}`, paragraphs(section.summary)];
  if (section.evidence.length > 0) {
    blocks.push('Evidence:', section.evidence.map((quote) => `*   ${renderQuote(quote, 4)}`).join('\n'));
  }
  return blocks;
}

function renderRedFlags(redFlags: readonly TRedFlag[]): string[] {
  if (redFlags.length === 0) return [`## ${SECTION_HEADINGS.redFlags}`, NO_RED_FLAGS];
  const flags = redFlags.map((flag) => {
    const lines = [
      `*   **${RED_FLAG_KIND_LABELS[flag.kind]}** (${SEVERITY_LABELS[flag.severity].toLowerCase()}): ${text(flag.summary, 4)}`,
      ...flag.evidence.map((quote) => `    *   ${renderQuote(quote, 8)}`),
    ];
    return lines.join('\n');
  });
  return [`## ${SECTION_HEADINGS.redFlags}`, RED_FLAGS_PREFACE, flags.join('\n\n')];
}

function renderAnswers(answers: readonly TAnswerAssessment[]): string[] {
  if (answers.length === 0) return [`## ${SECTION_HEADINGS.answers}`, '*The transcript holds no answers.*'];
  return [`## ${SECTION_HEADINGS.answers}`, answers.map(renderAnswer).join('\n\n')];
}

function renderAnswer(answer: TAnswerAssessment): string {
  const lines = [
    `*   **Question ${answer.turn} (${answer.type}): ${inline(answer.question)}**`,
    `    *   **Candidate's Answer:** ${answer.answer.trim() === '' ? '*No answer given.*' : `"${text(answer.answer, 8)}"`}`,
    `    *   **Verdict:** ${answer.scored ? VERDICT_LABELS[answer.verdict] : 'Not scored'}`,
    `    *   **Evaluation:** ${text(answer.evaluation, 8)}`,
    `    *   **Justification:** ${text(answer.justification, 8)}`,
  ];
  if (answer.requirementIds.length > 0) {
    lines.push(`    *   **Tests requirements:** ${inline(answer.requirementIds.join(', '))}`);
  }
  return lines.join('\n');
}

function renderRecommendation(evaluation: TEvaluation): string[] {
  const blocks = [
    `## ${SECTION_HEADINGS.recommendation}`,
    `**Recommendation:** ${evaluation.recommendation}`,
    `**Justification:**\n${paragraphs(evaluation.justification)}`,
    `**Policy:** ${describeCeiling(evaluation.policy)}`,
  ];
  if (evaluation.policy.reasons.length > 0) {
    blocks.push(evaluation.policy.reasons.map((reason) => `*   ${text(reason, 4)}`).join('\n'));
  }
  const override = describeOverride(evaluation);
  if (override !== undefined) blocks.push(`**Override:** ${text(override, 0)}`);
  if (evaluation.stability !== undefined) {
    blocks.push(`**Stability:** ${describeStability(evaluation.stability)}`);
  }
  return blocks;
}

const MATRIX_COLUMNS = [
  'ID',
  'Requirement',
  'Priority',
  'Status',
  'Resume evidence',
  'Interview evidence',
  'Note',
] as const;

function renderEvidenceMatrix(requirements: readonly TRequirementAssessment[]): string[] {
  const heading = `## ${SECTION_HEADINGS.evidenceMatrix}`;
  if (requirements.length === 0) return [heading, '*No requirements were assessed.*'];
  const coverage = [describeCoverage(requirements, 'must'), describeCoverage(requirements, 'nice')]
    .filter((line): line is string => line !== undefined)
    .join('\n\n');
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    row(MATRIX_COLUMNS),
    row(MATRIX_COLUMNS.map(() => '---')),
    ...requirements.map((requirement) =>
      row([
        cell(requirement.requirementId),
        cell(requirement.requirement),
        PRIORITY_LABELS[requirement.priority],
        STATUS_LABELS[requirement.status],
        quotesCell(requirement.resumeEvidence),
        quotesCell(requirement.interviewEvidence),
        cell(requirement.note) || '—',
      ]),
    ),
  ].join('\n');
  const legend = STATUS_ORDER.map(
    (status) => `*   **${STATUS_LABELS[status]}:** ${STATUS_DESCRIPTIONS[status]}`,
  ).join('\n');
  return [heading, coverage, table, 'What the statuses mean:', legend];
}

function renderNotes(evaluation: TEvaluation): string[] {
  const lines = [
    `*   Engine: ${inline(describeEngine(evaluation.engine))}`,
    `*   Report schema version: ${evaluation.schemaVersion}`,
    ...evaluation.notes.map((note) => `*   ${text(note, 4)}`),
  ];
  return [`## ${SECTION_HEADINGS.notes}`, lines.join('\n')];
}

function renderQuote(quote: TQuote, indent: number): string {
  return `"${text(quote.text, indent)}" (${describeQuoteSource(quote)})`;
}

// ---------------------------------------------------------------------------------------------
// Escaping: plain text in, Markdown that renders as that text out.

/** Inline punctuation that Markdown would read as emphasis, code, links, HTML, tables or strikethrough. */
const INLINE_SPECIAL = /[\\`*_[\]<|~]/g;
/** `&amp;` and `&#38;` would render as `&`. */
const ENTITY_LIKE = /&(?=#?[0-9A-Za-z]+;)/g;

function escapeInline(value: string): string {
  return value.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/** A line that would open a heading, quote, list, thematic break or setext underline becomes text. */
function neutraliseLineStart(line: string): string {
  if (/^[#>+\-=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of text: whitespace (newlines included) collapsed, escaped. */
function inline(value: string): string {
  return escapeInline(value.replace(/\s+/g, ' ').trim());
}

/**
 * Text that follows a label on the same line (a list item's content): escaped, each further line
 * indented by `indent` spaces so it stays inside the item, blank lines kept as paragraph breaks.
 */
function text(value: string, indent: number): string {
  const pad = ' '.repeat(indent);
  const lines = splitLines(value);
  if (lines.length === 0) return '*Not provided.*';
  return lines
    .map((line, index) => {
      if (line === '') return '';
      const escaped = escapeInline(line);
      return index === 0 ? escaped : `${pad}${neutraliseLineStart(escaped)}`;
    })
    .join('\n');
}

/** Text that starts a block of its own (a section's prose): every line is a line start. */
function paragraphs(value: string): string {
  const lines = splitLines(value);
  if (lines.length === 0) return '*Not provided.*';
  return lines.map((line) => (line === '' ? '' : neutraliseLineStart(escapeInline(line)))).join('\n');
}

/** Lines without surrounding whitespace, at most one blank line in a row, none at either end. */
function splitLines(value: string): string[] {
  const lines: string[] = [];
  for (const raw of value.replace(/\r\n?/g, '\n').trim().split('\n')) {
    const line = raw.trim();
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  return lines;
}

/** A table cell: one line, pipes and other Markdown escaped. */
function cell(value: string): string {
  return inline(value);
}

function quotesCell(quotes: readonly TQuote[]): string {
  if (quotes.length === 0) return '—';
  return quotes.map((quote) => `"${inline(quote.text)}" (${describeQuoteSource(quote)})`).join('<br>');
}
