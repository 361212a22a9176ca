import { type ReactNode, useState } from 'react';
import type {
  TAnswerAssessment,
  TEvaluation,
  TQuote,
  TRedFlag,
  TRequirementAssessment,
  TRequirementStatus,
} from '../api/types';
import type { TMarkRequest } from '../lib/highlight';
import {
  RECOMMENDATION_TONES,
  SEVERITY_TONES,
  STATUS_SYMBOLS,
  STATUS_TONES,
  VERDICT_TONES,
} from '../lib/labels';
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
  SECTION_HEADINGS,
  SEVERITY_LABELS,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  STATUS_ORDER,
  VERDICT_LABELS,
} from '../lib/report-words';
import { HighlightedText } from './highlighted-text';
import { Badge } from './ui';

/** How far the evidence for a requirement goes, in filled steps of three (as the HTML report draws it). */
export const STATUS_STEPS: Record<TRequirementStatus, number> = { gap: 0, unverified: 1, partial: 2, met: 3 };

const SECTION_IDS = {
  summary: 'report-summary',
  alignment: 'report-alignment',
  technical: 'report-technical',
  communication: 'report-communication',
  redFlags: 'report-red-flags',
  answers: 'report-answers',
  recommendation: 'report-recommendation',
  evidenceMatrix: 'report-evidence-matrix',
  notes: 'report-notes',
} as const satisfies Record<keyof typeof SECTION_HEADINGS, string>;

/** The anchor of an answer in section 6, which quotes from the transcript link to. */
export function answerAnchor(turn: number): string {
  return `answer-${turn}`;
}

/** For each turn, the red-flag quotes to mark inside its answer. */
export function flagMarksByTurn(redFlags: readonly TRedFlag[]): Map<number, TMarkRequest[]> {
  const marks = new Map<number, TMarkRequest[]>();
  for (const flag of redFlags) {
    for (const quote of flag.evidence) {
      if (quote.source !== 'transcript' || quote.turn === undefined) continue;
      const list = marks.get(quote.turn) ?? [];
      list.push({ quote: quote.text, label: RED_FLAG_KIND_LABELS[flag.kind] });
      marks.set(quote.turn, list);
    }
  }
  return marks;
}

/**
 * The Candidate Evaluation Report as the recruiter reads it: the recommendation first, the seven
 * sections of the seed report, a coverage chart per requirement, the evidence matrix, and every
 * red-flag quote marked in the answer it came from. Words come from the shared report text.
 */
export function ReportView({ evaluation, actions }: { evaluation: TEvaluation; actions?: ReactNode }) {
  const marks = flagMarksByTurn(evaluation.redFlags);
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-header">
        <h2 id="report-title" className="report-title">
          Candidate Evaluation Report
        </h2>
        <RecommendationBanner evaluation={evaluation} />
        <Glance evaluation={evaluation} />
        {actions}
      </header>
      <div className="report-layout">
        <nav className="report-toc" aria-label="Report sections">
          <ol>
            {(Object.keys(SECTION_IDS) as (keyof typeof SECTION_IDS)[]).map((key) => (
              <li key={key}>
                <a href={`#${SECTION_IDS[key]}`}>{SECTION_HEADINGS[key].replace(/^Appendix: /, '')}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="report-body">
          <ReportSection id={SECTION_IDS.summary} heading={SECTION_HEADINGS.summary}>
            <Prose text={evaluation.summary} />
          </ReportSection>
          <ReportSection id={SECTION_IDS.alignment} heading={SECTION_HEADINGS.alignment}>
            <Prose text={evaluation.alignment.overview} />
            <CoverageChart requirements={evaluation.requirements} />
            <h4>{ALIGNMENT_HEADINGS.strengths}</h4>
            <AlignmentList entries={evaluation.alignment.strengths} tone="good" />
            <h4>{ALIGNMENT_HEADINGS.gaps}</h4>
            <AlignmentList entries={evaluation.alignment.gaps} tone="bad" />
          </ReportSection>
          <ReportSection id={SECTION_IDS.technical} heading={SECTION_HEADINGS.technical}>
            <Prose text={evaluation.technicalSkills.summary} />
            <QuoteFigures quotes={evaluation.technicalSkills.evidence} />
          </ReportSection>
          <ReportSection id={SECTION_IDS.communication} heading={SECTION_HEADINGS.communication}>
            <Prose text={evaluation.communication.summary} />
            <QuoteFigures quotes={evaluation.communication.evidence} />
          </ReportSection>
          <ReportSection id={SECTION_IDS.redFlags} heading={SECTION_HEADINGS.redFlags}>
            <RedFlags redFlags={evaluation.redFlags} />
          </ReportSection>
          <ReportSection id={SECTION_IDS.answers} heading={SECTION_HEADINGS.answers}>
            {evaluation.answers.length === 0 ? (
              <p className="muted">The transcript holds no answers.</p>
            ) : null}
            {evaluation.answers.some((answer) => marks.has(answer.turn)) ? (
              <p className="muted legend-line">
                <mark className="flag-mark">Marked text</mark> is quoted by a red flag in section 5.
              </p>
            ) : null}
            {evaluation.answers.map((answer) => (
              <AnswerCard
                key={answer.turnId}
                answer={answer}
                marks={marks.get(answer.turn) ?? []}
                quotedParts={quotedPartsOfAnswer(evaluation, answer.turn, answer.answer.trim())}
              />
            ))}
          </ReportSection>
          <ReportSection id={SECTION_IDS.recommendation} heading={SECTION_HEADINGS.recommendation}>
            <FinalRecommendation evaluation={evaluation} />
          </ReportSection>
          <ReportSection id={SECTION_IDS.evidenceMatrix} heading={SECTION_HEADINGS.evidenceMatrix}>
            <EvidenceMatrix requirements={evaluation.requirements} />
          </ReportSection>
          <ReportSection id={SECTION_IDS.notes} heading={SECTION_HEADINGS.notes}>
            <ul className="points">
              <li>Engine: {describeEngine(evaluation.engine)}</li>
              <li>Report schema version: {evaluation.schemaVersion}</li>
              {evaluation.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </ReportSection>
        </div>
      </div>
    </article>
  );
}

function ReportSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="report-section" id={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {children}
    </section>
  );
}

export function RecommendationBanner({ evaluation }: { evaluation: TEvaluation }) {
  const tone = RECOMMENDATION_TONES[evaluation.recommendation];
  const modelRecommendation = evaluation.policy.override?.modelRecommendation;
  return (
    <div className={`recommendation-banner tone-${tone}`} data-testid="recommendation">
      <span className="banner-label">AI recommendation</span>
      <strong className="banner-value">{evaluation.recommendation}</strong>
      {modelRecommendation !== undefined ? (
        <span className="banner-note">
          The model recommended {modelRecommendation}; the policy lowered it (see section 7).
        </span>
      ) : null}
      <span className="banner-note">
        A signal for your decision, not the decision. {describeEngine(evaluation.engine)}.
      </span>
    </div>
  );
}

function Glance({ evaluation }: { evaluation: TEvaluation }) {
  const mustHaves = evaluation.requirements.filter((requirement) => requirement.priority === 'must');
  const counts = countStatuses(mustHaves);
  const high = evaluation.redFlags.filter((flag) => flag.severity === 'high').length;
  // Closing questions are not scored, so they are not counted.
  const scored = evaluation.answers.filter((answer) => answer.scored);
  const verdicts = (['strong', 'adequate', 'weak', 'non_answer'] as const)
    .map((verdict) => ({ verdict, count: scored.filter((answer) => answer.verdict === verdict).length }))
    .filter((entry) => entry.count > 0);
  return (
    <dl className="glance">
      {mustHaves.length > 0 ? (
        <div>
          <dt>Must-haves</dt>
          <dd>
            <StackedBar counts={counts} total={mustHaves.length} />
            <span>
              {STATUS_ORDER.map((status) =>
                status === 'gap'
                  ? plural(counts.gap, 'gap')
                  : `${counts[status]} ${STATUS_LABELS[status].toLowerCase()}`,
              ).join(' · ')}
            </span>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Red flags</dt>
        <dd>
          {evaluation.redFlags.length === 0 ? 'None' : evaluation.redFlags.length}
          {high > 0 ? ` (${high} high severity)` : ''}
        </dd>
      </div>
      {verdicts.length > 0 ? (
        <div>
          <dt>Scored answers</dt>
          <dd>
            {verdicts
              .map((entry) => `${entry.count} ${VERDICT_LABELS[entry.verdict].toLowerCase()}`)
              .join(' · ')}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function StackedBar({ counts, total }: { counts: Record<TRequirementStatus, number>; total: number }) {
  return (
    <span className="stacked-bar" aria-hidden="true">
      {STATUS_ORDER.map((status) =>
        counts[status] === 0 ? null : (
          <span
            key={status}
            className={`stacked-bar-part status-${status}`}
            style={{ width: `${(counts[status] / total) * 100}%` }}
          />
        ),
      )}
    </span>
  );
}

/** One row per requirement: how far the evidence goes (gap → unverified → partial → met). */
export function CoverageChart({ requirements }: { requirements: readonly TRequirementAssessment[] }) {
  if (requirements.length === 0) return null;
  const groups = (['must', 'nice'] as const)
    .map((priority) => ({
      priority,
      items: requirements.filter((requirement) => requirement.priority === priority),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <figure className="coverage-chart" aria-labelledby="coverage-caption">
      <figcaption id="coverage-caption">
        <strong>Requirement coverage.</strong>{' '}
        {[describeCoverage(requirements, 'must'), describeCoverage(requirements, 'nice')]
          .filter(Boolean)
          .join(' ')}
      </figcaption>
      {groups.map((group) => (
        <div key={group.priority} className="coverage-group">
          <p className="coverage-group-title">{group.priority === 'must' ? 'Must-have' : 'Nice-to-have'}</p>
          <ul className="coverage-rows">
            {group.items.map((requirement) => (
              <li key={requirement.requirementId} className="coverage-row">
                <span className="coverage-label">
                  <span className="requirement-id">{requirement.requirementId}</span>{' '}
                  {requirement.requirement}
                </span>
                <span className="coverage-meter">
                  <span className={`meter meter-${requirement.status}`} aria-hidden="true">
                    {[1, 2, 3].map((step) => (
                      <span
                        key={step}
                        className={step <= STATUS_STEPS[requirement.status] ? 'is-filled' : ''}
                      />
                    ))}
                  </span>
                  <StatusBadge status={requirement.status} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <StatusLegend />
    </figure>
  );
}

export function StatusBadge({ status }: { status: TRequirementStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

function StatusLegend() {
  return (
    <ul className="legend">
      {STATUS_ORDER.map((status) => (
        <li key={status}>
          <StatusBadge status={status} /> {STATUS_DESCRIPTIONS[status]}
        </li>
      ))}
    </ul>
  );
}

function AlignmentList({
  entries,
  tone,
}: {
  entries: TEvaluation['alignment']['strengths'];
  tone: 'good' | 'bad';
}) {
  if (entries.length === 0) return <p className="muted">None identified.</p>;
  return (
    <ul className={`alignment-list alignment-${tone}`}>
      {entries.map((entry) => (
        <li key={`${entry.requirementId}-${entry.title}`}>
          <strong>{entry.title}:</strong> <InlineProse text={entry.text} />
        </li>
      ))}
    </ul>
  );
}

function RedFlags({ redFlags }: { redFlags: readonly TRedFlag[] }) {
  if (redFlags.length === 0) return <p>{NO_RED_FLAGS}</p>;
  return (
    <>
      <p className="muted">{RED_FLAGS_PREFACE}</p>
      {redFlags.map((flag, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: flags are listed in report order and never reordered.
        <article key={index} className={`card flag flag-${flag.severity}`}>
          <h4>
            {RED_FLAG_KIND_LABELS[flag.kind]}{' '}
            <Badge tone={SEVERITY_TONES[flag.severity]}>{SEVERITY_LABELS[flag.severity]}</Badge>
          </h4>
          <Prose text={flag.summary} />
          <QuoteFigures quotes={flag.evidence} isFlag />
        </article>
      ))}
    </>
  );
}

function AnswerCard({
  answer,
  marks,
  quotedParts,
}: {
  answer: TAnswerAssessment;
  marks: readonly TMarkRequest[];
  /** The parts of the answer the report quotes: what a long answer shows until it is expanded. */
  quotedParts: readonly string[];
}) {
  const text = answer.answer.trim();
  const isLong = text.length > LONG_ANSWER_CHARACTERS;
  const [isExpanded, setIsExpanded] = useState(false);
  const length = text.length.toLocaleString('en');
  return (
    <article
      className="card answer"
      id={answerAnchor(answer.turn)}
      tabIndex={-1}
      aria-labelledby={`question-${answer.turn}`}
    >
      <div className="answer-head">
        <h4 id={`question-${answer.turn}`}>
          Question {answer.turn} <span className="tag">{answer.type}</span>
        </h4>
        {answer.scored ? (
          <Badge tone={VERDICT_TONES[answer.verdict]}>Verdict: {VERDICT_LABELS[answer.verdict]}</Badge>
        ) : (
          <Badge tone="neutral">Not scored</Badge>
        )}
      </div>
      <p className="question">{answer.question}</p>
      <figure className="quote answer-quote">
        <figcaption>Candidate’s answer</figcaption>
        {text === '' ? (
          <p className="muted">No answer given.</p>
        ) : isLong && !isExpanded ? (
          <>
            <p className="collapsed-note">
              A long answer ({length} characters):{' '}
              {quotedParts.length > 0
                ? 'the parts quoted in this report are shown.'
                : 'its opening is shown.'}
            </p>
            {quotedParts.length > 0 ? (
              <ul className="quoted-parts">
                {quotedParts.map((part) => (
                  <li key={part}>
                    <blockquote className="verbatim">
                      <HighlightedText text={part} marks={marks} />
                    </blockquote>
                  </li>
                ))}
              </ul>
            ) : (
              <blockquote className="verbatim">
                <HighlightedText text={`${text.slice(0, 600).trimEnd()}…`} marks={marks} />
              </blockquote>
            )}
          </>
        ) : (
          <blockquote className="verbatim">
            <HighlightedText text={text} marks={marks} />
          </blockquote>
        )}
        {isLong ? (
          <button
            type="button"
            className="button button-small button-quiet whole-answer-toggle"
            aria-expanded={isExpanded}
            onClick={() => setIsExpanded((value) => !value)}
          >
            {isExpanded ? 'Show only the quoted parts' : `Show the whole answer (${length} characters)`}
          </button>
        ) : null}
      </figure>
      <dl className="assessment">
        <dt>Evaluation</dt>
        <dd>
          <InlineProse text={answer.evaluation} />
        </dd>
        <dt>Justification</dt>
        <dd>
          <InlineProse text={answer.justification} />
        </dd>
        {answer.requirementIds.length > 0 ? (
          <>
            <dt>Tests requirements</dt>
            <dd>{answer.requirementIds.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}

function FinalRecommendation({ evaluation }: { evaluation: TEvaluation }) {
  const override = describeOverride(evaluation);
  return (
    <>
      <p className="recommendation-line">
        <strong>Recommendation:</strong>{' '}
        <Badge tone={RECOMMENDATION_TONES[evaluation.recommendation]} size="large">
          {evaluation.recommendation}
        </Badge>
      </p>
      <h4>Justification</h4>
      <Prose text={evaluation.justification} />
      <h4>Policy</h4>
      <p>{describeCeiling(evaluation.policy)}</p>
      {evaluation.policy.reasons.length > 0 ? (
        <ul className="points">
          {evaluation.policy.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {override !== undefined ? (
        <p className="callout">
          <strong>Override:</strong> {override}
        </p>
      ) : null}
      {evaluation.stability !== undefined ? (
        <>
          <h4>Stability</h4>
          <p>{describeStability(evaluation.stability)}</p>
        </>
      ) : null}
    </>
  );
}

function EvidenceMatrix({ requirements }: { requirements: readonly TRequirementAssessment[] }) {
  if (requirements.length === 0) return <p className="muted">No requirements were assessed.</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table matrix">
          <caption>Each job requirement, its status, and the evidence quoted for it</caption>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Requirement</th>
              <th scope="col">Status</th>
              <th scope="col">Resume evidence</th>
              <th scope="col">Interview evidence</th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((requirement) => (
              <tr key={requirement.requirementId} className={`priority-${requirement.priority}`}>
                <th scope="row">{requirement.requirementId}</th>
                <td className="matrix-requirement">
                  <span className="matrix-requirement-text">{requirement.requirement}</span>
                  <span className="priority-label">{PRIORITY_LABELS[requirement.priority]}</span>
                  {requirement.note.trim() === '' ? null : (
                    <span className="matrix-note">
                      <InlineProse text={requirement.note} />
                    </span>
                  )}
                </td>
                <td className="nowrap">
                  <StatusBadge status={requirement.status} />
                </td>
                <td>
                  <QuoteList quotes={requirement.resumeEvidence} />
                </td>
                <td>
                  <QuoteList quotes={requirement.interviewEvidence} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StatusLegend />
    </>
  );
}

/** Quotes of the same words from several places, once, with every place it comes from. */
export function groupQuotes(quotes: readonly TQuote[]): { text: string; sources: TQuote[] }[] {
  const groups: { text: string; sources: TQuote[] }[] = [];
  for (const quote of quotes) {
    const text = quote.text.replace(/\s+/g, ' ').trim();
    const group = groups.find((candidate) => candidate.text === text);
    if (group === undefined) groups.push({ text, sources: [quote] });
    else if (!group.sources.some((source) => source.source === quote.source && source.turn === quote.turn)) {
      group.sources.push(quote);
    }
  }
  return groups;
}

/** "turn 1", "turns 1, 3, 4" (each a link to its answer), "resume". */
function QuoteSources({ sources }: { sources: readonly TQuote[] }) {
  const turns = sources.filter((quote) => quote.source === 'transcript' && quote.turn !== undefined);
  const others = [...new Set(sources.filter((quote) => !turns.includes(quote)).map(describeQuoteSource))];
  return (
    <span className="source">
      {others.join(', ')}
      {others.length > 0 && turns.length > 0 ? ', ' : ''}
      {turns.length > 0 ? (turns.length === 1 ? 'turn ' : 'turns ') : ''}
      {turns.map((quote, index) => (
        <span key={quote.turn}>
          {index > 0 ? ', ' : ''}
          <a href={`#${answerAnchor(quote.turn!)}`} aria-label={`turn ${quote.turn}`}>
            {quote.turn}
          </a>
        </span>
      ))}
    </span>
  );
}

function QuoteFigures({ quotes, isFlag }: { quotes: readonly TQuote[]; isFlag?: boolean }) {
  if (quotes.length === 0) return null;
  return (
    <div className="quotes-block">
      {groupQuotes(quotes).map((group) => (
        <figure key={group.text} className={`quote${isFlag ? ' quote-flag' : ''}`}>
          <blockquote className="verbatim">{group.text}</blockquote>
          <figcaption>
            <QuoteSources sources={group.sources} />
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

function QuoteList({ quotes }: { quotes: readonly TQuote[] }) {
  if (quotes.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="quotes">
      {groupQuotes(quotes).map((group) => (
        <li key={group.text}>
          <q>{group.text}</q> (<QuoteSources sources={group.sources} />)
        </li>
      ))}
    </ul>
  );
}

/** Prose as paragraphs: blank lines separate paragraphs, single newlines become line breaks. */
export function Prose({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) return <p className="muted">Not provided.</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional.
        <p key={index}>
          <InlineProse text={paragraph} />
        </p>
      ))}
    </>
  );
}

/** A line that starts a list item keeps its line break; any other single line break is a wrap of the text before. */
const LIST_ITEM = /^([-*•]|\d+[.)])\s/;

function InlineProse({ text }: { text: string }) {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\s*\n\s*/);
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional.
        <span key={index}>
          {index === 0 ? null : LIST_ITEM.test(line) ? <br /> : ' '}
          {line}
        </span>
      ))}
    </>
  );
}
