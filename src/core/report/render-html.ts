import type {
  TAnswerAssessment,
  TEvaluation,
  TQuote,
  TRecommendation,
  TRedFlag,
  TRequirementAssessment,
  TRequirementStatus,
  TSection,
  TVerdict,
} from '../evaluation.js';
import {
  ALIGNMENT_HEADINGS,
  countStatuses,
  describeCeiling,
  describeCoverage,
  describeEngine,
  describeOverride,
  describeQuoteSource,
  describeStability,
  LONG_ANSWER_CHARACTERS,
  NO_RED_FLAGS,
  PRIORITY_LABELS,
  plural,
  quotedPartsOfAnswer,
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
 * The Candidate Evaluation Report as one self-contained HTML5 document: inline CSS, no scripts,
 * no external resources (a Content-Security-Policy forbids them too), readable on screen and in
 * print. Every string from the evaluation is escaped: candidate text is hostile input. Colour
 * always comes with a text label. Pure and deterministic: the same evaluation gives the same bytes.
 */
export function renderHtml(evaluation: TEvaluation): string {
  const titleParts = [
    REPORT_TITLE,
    evaluation.candidate.name?.trim() || undefined,
    evaluation.job.title.trim(),
  ];
  const title = titleParts.filter((part): part is string => part !== undefined && part !== '').join(' — ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(collapse(title))}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    renderHeader(evaluation),
    section('summary', SECTION_HEADINGS.summary, prose(evaluation.summary)),
    section('alignment', SECTION_HEADINGS.alignment, renderAlignment(evaluation.alignment)),
    section('technical', SECTION_HEADINGS.technical, renderSection(evaluation.technicalSkills)),
    section('communication', SECTION_HEADINGS.communication, renderSection(evaluation.communication)),
    section('red-flags', SECTION_HEADINGS.redFlags, renderRedFlags(evaluation.redFlags)),
    section('answers', SECTION_HEADINGS.answers, renderAnswers(evaluation)),
    section('recommendation', SECTION_HEADINGS.recommendation, renderRecommendation(evaluation)),
    section(
      'evidence-matrix',
      SECTION_HEADINGS.evidenceMatrix,
      renderEvidenceMatrix(evaluation.requirements),
    ),
    section('notes', SECTION_HEADINGS.notes, renderNotes(evaluation)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

type TTone = 'good' | 'fair' | 'caution' | 'bad' | 'neutral';

const RECOMMENDATION_TONES: Record<TRecommendation, TTone> = {
  'Strongly Recommend': 'good',
  Recommend: 'fair',
  'Recommend with Reservations': 'caution',
  'Do Not Recommend': 'bad',
};
const VERDICT_TONES: Record<TVerdict, TTone> = {
  strong: 'good',
  adequate: 'fair',
  weak: 'caution',
  non_answer: 'bad',
};
const STATUS_TONES: Record<TRequirementStatus, TTone> = {
  met: 'good',
  partial: 'caution',
  unverified: 'neutral',
  gap: 'bad',
};
const SEVERITY_TONES: Record<TRedFlag['severity'], TTone> = {
  high: 'bad',
  medium: 'caution',
  low: 'neutral',
};

/** How far the evidence for a requirement goes, as filled steps of three. */
const STATUS_STEPS: Record<TRequirementStatus, number> = { gap: 0, unverified: 1, partial: 2, met: 3 };
/** Segment colours of the coverage bar (each at least 3:1 against white; the text beside it carries the meaning). */
const STATUS_BAR_COLOURS: Record<TRequirementStatus, string> = {
  met: '#15803d',
  partial: '#b45309',
  unverified: '#6b7280',
  gap: '#b91c1c',
};

function renderHeader(evaluation: TEvaluation): string {
  const name = evaluation.candidate.name?.trim();
  const meta = [
    ...(name ? [metaItem('Candidate', escapeHtml(collapse(name)))] : []),
    metaItem('Position', escapeHtml(collapse(evaluation.job.title))),
    metaItem('Engine', escapeHtml(describeEngine(evaluation.engine))),
  ];
  const tone = RECOMMENDATION_TONES[evaluation.recommendation];
  const modelRecommendation = evaluation.policy.override?.modelRecommendation;
  const overrideNote =
    modelRecommendation === undefined
      ? ''
      : ` <span class="banner-note">The model recommended ${escapeHtml(modelRecommendation)}; the policy lowered it (see section 7).</span>`;
  return [
    '<header class="report-header">',
    `<h1>${REPORT_TITLE}</h1>`,
    `<dl class="meta">${meta.join('')}</dl>`,
    `<p class="recommendation-banner tone-${tone}"><span class="banner-label">Recommendation</span> <strong>${escapeHtml(evaluation.recommendation)}</strong>${overrideNote}</p>`,
    renderGlance(evaluation),
    '</header>',
  ].join('\n');
}

function metaItem(term: string, description: string): string {
  return `<div><dt>${term}</dt><dd>${description}</dd></div>`;
}

function renderGlance(evaluation: TEvaluation): string {
  const items: string[] = [];
  const mustHaves = evaluation.requirements.filter((requirement) => requirement.priority === 'must');
  if (mustHaves.length > 0) {
    const counts = countStatuses(mustHaves);
    const text = STATUS_ORDER.map((status) =>
      status === 'gap'
        ? plural(counts.gap, 'gap')
        : `${counts[status]} ${STATUS_LABELS[status].toLowerCase()}`,
    ).join(' · ');
    items.push(metaItem('Must-haves', `${coverageBar(counts, mustHaves.length)} ${text}`));
  }
  const high = evaluation.redFlags.filter((flag) => flag.severity === 'high').length;
  items.push(
    metaItem(
      'Red flags',
      evaluation.redFlags.length === 0
        ? 'None'
        : `${evaluation.redFlags.length}${high > 0 ? ` (${high} high severity)` : ''}`,
    ),
  );
  // Closing questions are not scored (the recommendation policy leaves them out), so they are not counted here.
  const scored = evaluation.answers.filter((answer) => answer.scored);
  if (scored.length > 0) {
    const verdicts = (['strong', 'adequate', 'weak', 'non_answer'] as const)
      .map((verdict) => ({ verdict, count: scored.filter((answer) => answer.verdict === verdict).length }))
      .filter((entry) => entry.count > 0)
      .map((entry) => `${entry.count} ${VERDICT_LABELS[entry.verdict].toLowerCase()}`);
    items.push(metaItem('Scored answers', verdicts.join(' · ')));
  }
  return `<dl class="glance">${items.join('')}</dl>`;
}

function coverageBar(counts: Record<TRequirementStatus, number>, total: number): string {
  let x = 0;
  const rects: string[] = [];
  for (const status of STATUS_ORDER) {
    const width = (counts[status] / total) * 100;
    if (width === 0) continue;
    rects.push(
      `<rect x="${round(x)}" y="0" width="${round(width)}" height="10" fill="${STATUS_BAR_COLOURS[status]}"/>`,
    );
    x += width;
  }
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" width="120" height="10" aria-hidden="true" focusable="false">${rects.join('')}</svg>`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

function renderAlignment(alignment: TEvaluation['alignment']): string {
  const items = (entries: TEvaluation['alignment']['strengths']) =>
    entries.length === 0
      ? '<p class="muted">None identified.</p>'
      : `<ul class="points">${entries
          .map(
            (entry) =>
              `<li><strong>${escapeHtml(collapse(entry.title))}:</strong> ${inlineProse(entry.text)}</li>`,
          )
          .join('')}</ul>`;
  return [
    prose(alignment.overview),
    `<h3>${ALIGNMENT_HEADINGS.strengths}</h3>`,
    items(alignment.strengths),
    `<h3>${ALIGNMENT_HEADINGS.gaps}</h3>`,
    items(alignment.gaps),
  ].join('\n');
}

function renderSection(value: TSection): string {
  if (value.evidence.length === 0) return prose(value.summary);
  return `${prose(value.summary)}\n<p class="evidence-label">Evidence</p>\n${quoteFigures(value.evidence)}`;
}

function renderRedFlags(redFlags: readonly TRedFlag[]): string {
  if (redFlags.length === 0) return `<p>${NO_RED_FLAGS}</p>`;
  const flags = redFlags.map((flag) =>
    [
      '<article class="card flag">',
      `<h3>${RED_FLAG_KIND_LABELS[flag.kind]} ${badge(SEVERITY_TONES[flag.severity], SEVERITY_LABELS[flag.severity])}</h3>`,
      prose(flag.summary),
      flag.evidence.length > 0 ? quoteFigures(flag.evidence) : '',
      '</article>',
    ]
      .filter((part) => part !== '')
      .join('\n'),
  );
  return [`<p class="muted">${RED_FLAGS_PREFACE}</p>`, ...flags].join('\n');
}

function renderAnswers(evaluation: TEvaluation): string {
  const { answers } = evaluation;
  if (answers.length === 0) return '<p class="muted">The transcript holds no answers.</p>';
  return answers.map((answer) => renderAnswer(answer, evaluation)).join('\n');
}

/**
 * A long answer collapsed: the parts the report quotes from it (or its opening when none is
 * quoted), then the whole answer behind a disclosure, which print leaves closed.
 */
function renderLongAnswer(answerText: string, quoted: readonly string[]): string {
  const length = answerText.length.toLocaleString('en');
  const shown =
    quoted.length > 0
      ? [
          `<p class="collapsed-note">A long answer (${length} characters): the parts quoted in this report are shown.</p>`,
          `<ul class="quoted-parts">${quoted.map((text) => `<li><blockquote class="verbatim">${escapeHtml(text)}</blockquote></li>`).join('')}</ul>`,
        ]
      : [
          `<p class="collapsed-note">A long answer (${length} characters): its opening is shown.</p>`,
          `<blockquote class="verbatim">${escapeHtml(answerText.slice(0, 600).trimEnd())}…</blockquote>`,
        ];
  return [
    ...shown,
    `<details class="whole-answer"><summary>The whole answer (${length} characters)</summary><blockquote class="verbatim">${escapeHtml(answerText)}</blockquote></details>`,
  ].join('\n');
}

function renderAnswer(answer: TAnswerAssessment, evaluation: TEvaluation): string {
  const answerText = answer.answer.trim();
  const details = [
    `<dt>Evaluation</dt><dd>${inlineProse(answer.evaluation)}</dd>`,
    `<dt>Justification</dt><dd>${inlineProse(answer.justification)}</dd>`,
    ...(answer.requirementIds.length > 0
      ? [`<dt>Tests requirements</dt><dd>${escapeHtml(answer.requirementIds.join(', '))}</dd>`]
      : []),
  ];
  return [
    `<article class="card answer" aria-labelledby="question-${answer.turn}">`,
    `<div class="answer-head"><h3 id="question-${answer.turn}">Question ${answer.turn} (${escapeHtml(answer.type)})</h3> ${answer.scored ? badge(VERDICT_TONES[answer.verdict], `Verdict: ${VERDICT_LABELS[answer.verdict]}`) : badge('neutral', 'Not scored')}</div>`,
    `<p class="question">${escapeHtml(collapse(answer.question))}</p>`,
    '<figure class="quote answer-quote">',
    '<figcaption>Candidate’s answer</figcaption>',
    answerText === ''
      ? '<p class="muted">No answer given.</p>'
      : answerText.length > LONG_ANSWER_CHARACTERS
        ? renderLongAnswer(answerText, quotedPartsOfAnswer(evaluation, answer.turn, answerText))
        : `<blockquote class="verbatim">${escapeHtml(answerText)}</blockquote>`,
    '</figure>',
    `<dl class="assessment">${details.join('')}</dl>`,
    '</article>',
  ].join('\n');
}

function renderRecommendation(evaluation: TEvaluation): string {
  const parts = [
    `<p class="recommendation-line"><strong>Recommendation:</strong> ${badge(RECOMMENDATION_TONES[evaluation.recommendation], evaluation.recommendation, 'badge-large')}</p>`,
    '<h3>Justification</h3>',
    prose(evaluation.justification),
    '<h3>Policy</h3>',
    `<p>${escapeHtml(describeCeiling(evaluation.policy))}</p>`,
  ];
  if (evaluation.policy.reasons.length > 0) {
    parts.push(
      `<ul class="points">${evaluation.policy.reasons.map((reason) => `<li>${inlineProse(reason)}</li>`).join('')}</ul>`,
    );
  }
  const override = describeOverride(evaluation);
  if (override !== undefined) {
    parts.push(`<p class="callout"><strong>Override:</strong> ${escapeHtml(override)}</p>`);
  }
  if (evaluation.stability !== undefined) {
    parts.push('<h3>Stability</h3>', `<p>${escapeHtml(describeStability(evaluation.stability))}</p>`);
  }
  return parts.join('\n');
}

function renderEvidenceMatrix(requirements: readonly TRequirementAssessment[]): string {
  if (requirements.length === 0) return '<p class="muted">No requirements were assessed.</p>';
  const coverage = [describeCoverage(requirements, 'must'), describeCoverage(requirements, 'nice')]
    .filter((line): line is string => line !== undefined)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  const headers = [
    'ID',
    'Requirement',
    'Priority',
    'Status',
    'Resume evidence',
    'Interview evidence',
    'Note',
  ];
  // data-label names a cell where print lays each requirement out as one block (no header row).
  const rows = requirements.map((requirement) =>
    [
      `<tr class="priority-${requirement.priority}">`,
      `<th scope="row">${escapeHtml(requirement.requirementId)}</th>`,
      `<td class="m-requirement">${escapeHtml(collapse(requirement.requirement))}</td>`,
      `<td class="m-priority">${PRIORITY_LABELS[requirement.priority]}</td>`,
      `<td class="m-status">${badge(STATUS_TONES[requirement.status], STATUS_LABELS[requirement.status])}${steps(requirement.status)}</td>`,
      `<td class="m-resume" data-label="Resume evidence">${quoteList(requirement.resumeEvidence)}</td>`,
      `<td class="m-interview" data-label="Interview evidence">${quoteList(requirement.interviewEvidence)}</td>`,
      `<td class="m-note" data-label="Note">${requirement.note.trim() === '' ? '<span class="muted">—</span>' : inlineProse(requirement.note)}</td>`,
      '</tr>',
    ].join(''),
  );
  const legend = STATUS_ORDER.map(
    (status) =>
      `<li>${badge(STATUS_TONES[status], STATUS_LABELS[status])}${steps(status)} ${escapeHtml(STATUS_DESCRIPTIONS[status])}</li>`,
  );
  return [
    ...coverage,
    '<div class="table-wrap">',
    '<table class="matrix">',
    '<caption>Each job requirement, its status, and the evidence quoted for it</caption>',
    '<colgroup><col class="c-id"><col class="c-requirement"><col class="c-priority"><col class="c-status"><col class="c-resume"><col class="c-interview"><col class="c-note"></colgroup>',
    `<thead><tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
    `<ul class="legend">${legend.join('')}</ul>`,
  ].join('\n');
}

function renderNotes(evaluation: TEvaluation): string {
  const items = [
    `<li>Engine: ${escapeHtml(describeEngine(evaluation.engine))}</li>`,
    `<li>Report schema version: ${evaluation.schemaVersion}</li>`,
    ...evaluation.notes.map((note) => `<li>${inlineProse(note)}</li>`),
  ];
  return `<ul class="points">${items.join('')}</ul>`;
}

function badge(tone: TTone, label: string, extraClass?: string): string {
  return `<span class="badge tone-${tone}${extraClass ? ` ${extraClass}` : ''}">${escapeHtml(label)}</span>`;
}

function steps(status: TRequirementStatus): string {
  return `<span class="steps steps-${STATUS_STEPS[status]}" aria-hidden="true"><i></i><i></i><i></i></span>`;
}

function quoteFigures(quotes: readonly TQuote[]): string {
  return quotes
    .map(
      (quote) =>
        `<figure class="quote"><blockquote class="verbatim">${escapeHtml(quote.text.trim())}</blockquote><figcaption>${escapeHtml(capitalise(describeQuoteSource(quote)))}</figcaption></figure>`,
    )
    .join('\n');
}

function quoteList(quotes: readonly TQuote[]): string {
  if (quotes.length === 0) return '<span class="muted">None</span>';
  return `<ul class="quotes">${quotes
    .map(
      (quote) =>
        `<li><q>${escapeHtml(collapse(quote.text))}</q> <span class="source">(${escapeHtml(describeQuoteSource(quote))})</span></li>`,
    )
    .join('')}</ul>`;
}

/** Prose as paragraphs: blank lines separate paragraphs, single newlines become line breaks. */
function prose(value: string): string {
  const paragraphs = value
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n\s*/);
  if (paragraphs.length === 1 && paragraphs[0] === '') return '<p class="muted">Not provided.</p>';
  return paragraphs.map((paragraph) => `<p>${inlineProse(paragraph)}</p>`).join('\n');
}

/** Prose inside an element that is already a block (a list item, a cell): newlines become line breaks. */
function inlineProse(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\s*\n\s*/)
    .map(escapeHtml)
    .join('<br>');
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/**
 * Badge colours: dark text on a light tint of the same hue, bordered in the text colour so badges
 * still read in greyscale print. Every pair has a contrast ratio of at least 7:1 (tested).
 */
const STYLES = `
:root{color-scheme:light;--ink:#1f2937;--muted:#4b5563;--line:#d1d5db;--panel:#f9fafb}
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:62rem;margin:2rem auto;padding:2rem 2.5rem 2.5rem;background:#fff;border:1px solid var(--line);border-radius:10px}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.25rem;line-height:1.3;margin:2.5rem 0 .75rem;padding-bottom:.35rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;line-height:1.35;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
ul{padding-left:1.25rem}
.muted{color:var(--muted)}
.meta,.glance{display:flex;flex-wrap:wrap;gap:.35rem 2rem;margin:0 0 .75rem}
.meta div,.glance div{display:flex;align-items:center;gap:.45rem}
dt{font-weight:600}
dd{margin:0}
.meta dt,.glance dt{color:var(--muted)}
.tone-good{--fg:#14532d;--bg:#dcfce7}
.tone-fair{--fg:#134e4a;--bg:#ccfbf1}
.tone-caution{--fg:#713f12;--bg:#fef3c7}
.tone-bad{--fg:#7f1d1d;--bg:#fee2e2}
.tone-neutral{--fg:#374151;--bg:#f3f4f6}
.badge{display:inline-block;padding:.05rem .55rem;border:1px solid var(--fg);border-radius:999px;background:var(--bg);color:var(--fg);font-size:.8rem;font-weight:600;line-height:1.5;white-space:nowrap;vertical-align:.1em}
.badge-large{font-size:1rem;padding:.15rem .8rem}
.recommendation-banner{display:flex;flex-wrap:wrap;align-items:baseline;gap:.35rem 1rem;margin:1rem 0;padding:.9rem 1.25rem;border:2px solid var(--fg);border-left-width:.6rem;border-radius:8px;background:var(--bg);color:var(--fg)}
.recommendation-banner .banner-label{font-size:.8rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase}
.recommendation-banner strong{font-size:1.4rem}
.recommendation-banner .banner-note{flex-basis:100%;font-size:.9rem}
.bar{display:block;border:1px solid var(--muted);background:#fff}
.card{margin:1rem 0;padding:.9rem 1.1rem;border:1px solid var(--line);border-radius:8px}
.card h3{margin:0 0 .4rem}
.answer-head{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem}
.question{font-weight:600}
figure{margin:.6rem 0}
figcaption{color:var(--muted);font-size:.85rem}
.answer-quote figcaption{margin-bottom:.2rem}
.quote:not(.answer-quote) figcaption{margin-top:.15rem}
blockquote{margin:0;padding:.5rem .9rem;border-left:4px solid var(--muted);background:var(--panel)}
.verbatim{white-space:pre-wrap;overflow-wrap:anywhere}
.assessment{margin:.6rem 0 0}
.assessment dd{margin:0 0 .45rem}
.evidence-label{font-weight:600;margin-top:1rem}
.callout{padding:.6rem .9rem;border:1px solid var(--line);border-left:4px solid #713f12;border-radius:6px;background:#fffbeb}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0 .5rem}
th,td{border:1px solid var(--line);padding:.45rem .55rem;text-align:left;vertical-align:top;overflow-wrap:break-word;word-break:normal;hyphens:manual}
thead th{background:var(--panel)}
tbody th{white-space:nowrap}
.matrix{table-layout:fixed;min-width:48rem}
.matrix .c-id{width:3.2rem}.matrix .c-priority{width:6.6rem}.matrix .c-status{width:7.4rem}.matrix .c-note{width:16%}
.matrix .m-priority,.matrix .m-status{white-space:nowrap}
.collapsed-note{color:var(--muted);font-size:.85rem;margin:.2rem 0}
.quoted-parts{list-style:none;margin:0;padding:0}
.quoted-parts li+li{margin-top:.35rem}
.whole-answer{margin-top:.4rem}
.whole-answer summary{cursor:pointer;font-weight:600;color:#1d4ed8}
.whole-answer[open] summary{margin-bottom:.3rem}
.quotes{margin:0;padding-left:1rem}
.quotes li+li{margin-top:.3rem}
.source{color:var(--muted);white-space:nowrap}
.steps{display:block;margin-top:.3rem}
.steps i{display:inline-block;width:.7rem;height:.45rem;margin-right:2px;border:1px solid var(--muted);border-radius:1px}
.steps-1 i:nth-child(-n+1),.steps-2 i:nth-child(-n+2),.steps-3 i{background:var(--ink)}
.legend{list-style:none;padding:0;font-size:.9rem}
.legend li{margin:.35rem 0}
.legend .steps{display:inline-block;margin:0 .4rem}
@media (max-width:40rem){main{margin:0;padding:1.25rem;border:0;border-radius:0}}
@media print{
@page{size:A4;margin:11mm 12mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff;font-size:8.8pt;line-height:1.38}
main{max-width:none;margin:0;padding:0;border:0}
h1{font-size:15pt;margin-bottom:.4rem}
h2{font-size:12pt;margin:1.1rem 0 .4rem;padding-bottom:.2rem}
h3{font-size:10pt;margin:.8rem 0 .3rem}
h2,h3,.answer-head,.question,figcaption,.collapsed-note{break-after:avoid}
p{margin:.3rem 0;orphans:3;widows:3}
.recommendation-banner{margin:.5rem 0;padding:.45rem .8rem}
.recommendation-banner strong{font-size:12pt}
.card{margin:.5rem 0;padding:.5rem .7rem;break-inside:auto}
blockquote{padding:.25rem .6rem}
figure{margin:.35rem 0}
li,blockquote,.assessment dd{break-inside:avoid}
.assessment{display:grid;grid-template-columns:6.6rem minmax(0,1fr);column-gap:.6rem;margin-top:.3rem}
.assessment dt{color:var(--muted)}
.assessment dd{margin:0 0 .2rem}
.answer-quote figcaption{display:none}
.whole-answer{display:none}
.table-wrap{overflow:visible}
.matrix{display:block;min-width:0;font-size:8.5pt}
.matrix caption{display:block}
.matrix colgroup,.matrix thead{display:none}
.matrix tbody{display:block}
.matrix tr{display:grid;grid-template-columns:2.4rem minmax(0,1fr) minmax(0,1fr) 5.6rem;column-gap:.6rem;padding:.3rem 0;border-top:1px solid var(--line);break-inside:avoid}
.matrix tr:last-child{border-bottom:1px solid var(--line)}
.matrix th,.matrix td{border:0;padding:0 0 .15rem}
.matrix th{grid-column:1;grid-row:1 / span 3}
.matrix .m-requirement{grid-column:2 / 4;grid-row:1;font-weight:600}
.matrix .m-priority{grid-column:4;grid-row:1}
.matrix .m-status{grid-column:4;grid-row:2}
.matrix .m-resume{grid-column:2;grid-row:2}
.matrix .m-interview{grid-column:3;grid-row:2}
.matrix .m-note{grid-column:2 / 5;grid-row:3}
.matrix td[data-label]::before{content:attr(data-label);display:block;color:var(--muted);font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.steps{display:none!important}
.legend{display:flex;flex-wrap:wrap;gap:.1rem 1rem;font-size:8pt;margin:.3rem 0}
.legend li{margin:0}
.quotes li+li{margin-top:.1rem}
}
`;
