import { useState } from 'react';
import { fetchCandidate, reportUrl, retryEvaluation, type TReportFormat } from '../api/candor-api';
import type { TCandidateDetail, TClaim, TClaimKind } from '../api/types';
import { HiddenText } from '../components/hidden-text';
import { InterviewLinkControl, needsInterviewLink } from '../components/interview-link';
import { ReportView } from '../components/report-view';
import { Badge, ErrorMessage, Loading, PageHeading } from '../components/ui';
import { useDocumentTitle, usePolling, useResource } from '../components/use-resource';
import {
  CANDIDATE_STATUS_TONES,
  candidateName,
  DECISION_LABELS,
  DECISION_TONES,
  describeCandidateStatus,
} from '../lib/labels';
import { Link } from '../router';
import { CandidateDataPanel } from './candidate-data-panel';
import { DecisionPanel } from './decision-panel';
import { POLL_INTERVAL_MS } from './job-candidates';

const FORMATS: readonly { format: TReportFormat; label: string; extension: string }[] = [
  { format: 'markdown', label: 'Markdown', extension: 'md' },
  { format: 'json', label: 'JSON', extension: 'json' },
  { format: 'html', label: 'HTML', extension: 'html' },
  { format: 'pdf', label: 'PDF', extension: 'pdf' },
];

const CLAIM_GROUPS: readonly { kind: TClaimKind; label: string }[] = [
  { kind: 'experience_years', label: 'Experience' },
  { kind: 'role', label: 'Roles' },
  { kind: 'education', label: 'Education' },
  { kind: 'skill', label: 'Skills and tools' },
  { kind: 'certification', label: 'Certifications' },
  { kind: 'achievement', label: 'Achievements' },
];

/** A candidate: interview link and live status, the report, the decision, and what the resume claims. */
export function CandidatePage({ candidateId }: { candidateId: string }) {
  const candidate = useResource(() => fetchCandidate(candidateId), candidateId);
  const isSettled = candidate.data?.status === 'evaluated' || candidate.data?.status === 'failed';
  usePolling(
    () => void candidate.reload({ quiet: true }),
    POLL_INTERVAL_MS,
    candidate.data !== undefined && !isSettled,
  );
  const name = candidate.data ? candidateName(candidate.data) : undefined;
  useDocumentTitle(name ?? 'Candidate');

  if (candidate.data === undefined) {
    return (
      <>
        {candidate.isLoading ? <Loading label="Loading the candidate…" /> : null}
        <ErrorMessage error={candidate.error} />
      </>
    );
  }
  const detail = candidate.data;
  const jobHref = `/jobs/${encodeURIComponent(detail.jobId)}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true"> › </span>
        <Link to={jobHref}>{detail.jobTitle}</Link>
      </nav>
      <div className="page-head">
        <div>
          <PageHeading>{name}</PageHeading>
          <p className="page-meta">
            <Badge tone={CANDIDATE_STATUS_TONES[detail.status]}>{describeCandidateStatus(detail)}</Badge>
            <span>{detail.fileName}</span>
            {detail.decision !== null ? (
              <span>
                Decision:{' '}
                <Badge tone={DECISION_TONES[detail.decision.decision]}>
                  {DECISION_LABELS[detail.decision.decision]}
                </Badge>
                {detail.decision.isOverride ? <span className="override-marker">Override</span> : null}
              </span>
            ) : null}
          </p>
        </div>
        <div className="actions">
          <a href="#decision" className="button button-secondary">
            Decide
          </a>
          <Link to={`${jobHref}/compare`} className="button button-quiet">
            Compare with others
          </Link>
        </div>
      </div>

      {needsInterviewLink(detail) ? (
        <section className="panel" aria-labelledby="link-heading">
          <h2 id="link-heading">Interview link</h2>
          <p className="muted">
            Send this link to the candidate. It opens the interview room; it expires, and you can revoke it at
            any time.
          </p>
          <InterviewLinkControl
            candidate={detail}
            layout="full"
            onChange={() => void candidate.reload({ quiet: true })}
          />
        </section>
      ) : null}

      {detail.report !== null ? (
        <ReportView
          evaluation={detail.report}
          actions={<Downloads candidateId={detail.id} name={name ?? 'candidate'} />}
        />
      ) : (
        <ReportPending detail={detail} onRetried={() => void candidate.reload({ quiet: true })} />
      )}

      <DecisionPanel
        candidateId={detail.id}
        recommendation={detail.recommendation}
        onDecided={() => void candidate.reload({ quiet: true })}
      />
      <AskedQuestions detail={detail} />
      <ResumeClaims detail={detail} />
      <CandidateDataPanel candidateId={detail.id} name={name ?? 'this candidate'} jobId={detail.jobId} />
    </>
  );
}

function Downloads({ candidateId, name }: { candidateId: string; name: string }) {
  const base = `candor-report-${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'candidate'
  }`;
  return (
    <div className="downloads">
      <span className="downloads-label">Download the report</span>
      {FORMATS.map((entry) => (
        <a
          key={entry.format}
          className="button button-secondary button-small"
          href={reportUrl(candidateId, entry.format)}
          download={`${base}.${entry.extension}`}
        >
          {entry.label}
        </a>
      ))}
    </div>
  );
}

/** Why the evaluation failed (with a button to run it again), or that it is taking too long. */
function EvaluationProblem({ detail, onRetried }: { detail: TCandidateDetail; onRetried: () => void }) {
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const { evaluation } = detail;
  if (evaluation === null) return null;
  async function retry() {
    setIsBusy(true);
    setError(undefined);
    try {
      await retryEvaluation(detail.id);
      onRetried();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }
  if (evaluation.status === 'failed') {
    return (
      <div className="evaluation-problem">
        <p>
          <strong>Why it failed:</strong> {evaluation.lastError ?? 'no reason was recorded.'}
        </p>
        <button type="button" className="button" disabled={isBusy} onClick={() => void retry()}>
          {isBusy ? 'Queueing…' : 'Run the evaluation again'}
        </button>
        <ErrorMessage error={error} />
      </div>
    );
  }
  if (evaluation.status === 'done') return null;
  return (
    <>
      {evaluation.isDelayed ? (
        <p role="alert">
          The evaluation is delayed: it has waited since {new Date(evaluation.queuedAt).toLocaleString()},
          longer than usual. It keeps being tried until its deadline.
        </p>
      ) : null}
      {evaluation.lastError !== null ? (
        <p>
          Attempt {evaluation.attempts} of {evaluation.maxAttempts} failed ({evaluation.lastError}); it will
          be tried again.
        </p>
      ) : null}
    </>
  );
}

/** The questions this candidate actually got, follow-ups included, why each was asked, and each answer's language. */
function AskedQuestions({ detail }: { detail: TCandidateDetail }) {
  const asked = detail.askedQuestions ?? [];
  if (asked.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="asked-questions-heading">
      <details>
        <summary>
          <h2 id="asked-questions-heading">Questions asked ({asked.length})</h2>
        </summary>
        <ol className="transcript">
          {asked.map((turn) => (
            <li key={turn.turnId}>
              <p className="question">
                {turn.type === 'Follow-up' ? '↳ ' : ''}
                {turn.question}
              </p>
              <p className="hint">{turn.why}</p>
              {turn.answer !== undefined ? (
                <>
                  <blockquote className="verbatim" lang={turn.answerLanguage?.code}>
                    {turn.answer === '' ? '(no answer)' : turn.answer}
                  </blockquote>
                  <p className="hint">
                    {turn.answerLanguage === undefined ? '' : `Answered in ${turn.answerLanguage.name}. `}
                    {turn.afterAnswer ?? ''}
                  </p>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function ReportPending({ detail, onRetried }: { detail: TCandidateDetail; onRetried: () => void }) {
  const turns = (detail.transcript?.turns ?? []) as { id?: string; question?: string; answer?: string }[];
  const answered = turns.filter((turn) => typeof turn.answer === 'string');
  const message: Record<TCandidateDetail['status'], string> = {
    new: 'The report appears here once the candidate has been interviewed. Create an interview link to start.',
    invited: 'The candidate has a link and has not started yet. This page updates by itself.',
    in_progress: 'The interview is under way. This page updates by itself.',
    completed: 'The interview is complete; the evaluation starts shortly.',
    evaluating: 'Candor is writing the report…',
    evaluated: 'The report is ready.',
    failed: 'The evaluation failed. The transcript is kept; you can run the evaluation again.',
    human_requested:
      'The candidate asked for an interview with a person instead. The AI interview ended there and is not evaluated: arrange a conversation with them.',
  };
  return (
    <section className="panel" aria-labelledby="report-pending-heading">
      <h2 id="report-pending-heading">Evaluation report</h2>
      <p role="status">{message[detail.status]}</p>
      <EvaluationProblem detail={detail} onRetried={onRetried} />
      {detail.status === 'in_progress' && detail.progress !== null ? (
        <p>
          <progress
            max={Math.max(detail.progress.planned, 1)}
            value={detail.progress.answered}
            className="wide-progress"
          />{' '}
          {detail.progress.answered} of {detail.progress.planned} planned questions answered
        </p>
      ) : null}
      {answered.length > 0 ? (
        <details>
          <summary>Transcript so far ({answered.length} answers)</summary>
          <ol className="transcript">
            {answered.map((turn, index) => (
              <li key={turn.id ?? index}>
                <p className="question">{turn.question}</p>
                <blockquote className="verbatim">
                  {turn.answer === '' ? '(no answer)' : turn.answer}
                </blockquote>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function ResumeClaims({ detail }: { detail: TCandidateDetail }) {
  const { resume } = detail;
  const contact = resume.contact;
  const groups = CLAIM_GROUPS.map((group) => ({
    ...group,
    claims: resume.claims.filter((claim) => claim.kind === group.kind),
  })).filter((group) => group.claims.length > 0);
  return (
    <section className="panel" aria-labelledby="resume-heading" id="resume">
      <div className="panel-head">
        <h2 id="resume-heading">Resume</h2>
        <p className="panel-meta">{resume.claims.length} claims extracted</p>
      </div>
      <p className="muted">
        What the resume claims, as Candor read it. The interview probes the claims that matter to the job; the
        report marks those it could not verify.
      </p>
      {contact.emails.length + contact.phones.length + contact.urls.length > 0 ? (
        <p className="contact">
          {[...contact.emails, ...contact.phones, ...contact.urls].map((item) => (
            <span key={item}>{item}</span>
          ))}
        </p>
      ) : null}
      {groups.length === 0 ? <p className="muted">No claims were found in this resume.</p> : null}
      <div className="claim-groups">
        {groups.map((group) => (
          <div key={group.kind} className="claim-group">
            <h3>{group.label}</h3>
            <ul className={group.kind === 'skill' ? 'claim-chips' : 'claim-list'}>
              {group.claims.map((claim) => (
                <li key={claim.id} title={claim.id}>
                  {describeClaim(claim)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <HiddenText spans={resume.hiddenSpans} />
      <details>
        <summary>Show the resume text</summary>
        <pre className="document-text">{resume.text}</pre>
      </details>
    </section>
  );
}

function describeClaim(claim: TClaim): string {
  if (claim.kind === 'skill' && typeof claim.details.skill === 'string') return claim.details.skill;
  return claim.text;
}
